package fr.raccrochage.ingestion;

/** What an accepted record carries that later stages (and operators) must know. */
public enum RecordFlag {
    /** The commune of residence is outside the Region: kept, with the real commune. */
    HORS_REGION,
    /** No address of the record resolves to a commune. */
    COMMUNE_INCONNUE,
    /** Age at the reference date outside the configured range. */
    HORS_AGE,
    /** No usable phone number at all. */
    SANS_TELEPHONE,
    /** At least one phone number was given but is not a valid number (dropped). */
    TELEPHONE_INVALIDE,
    /** The INE given matches none of the three formats (dropped). */
    INE_INVALIDE,
    /** An e-mail given is not an address (dropped). */
    EMAIL_INVALIDE,
    /** The sex given is none of the known codes (dropped). */
    SEXE_INVALIDE,
    /** Another optional field (postal code, leaving date, UAI) was unusable (dropped). */
    CHAMP_INVALIDE
}
