package fr.raccrochage.ingestion.normalize;

/** What the phone library says a number is; the call planning prefers mobiles. */
public enum PhoneType {
    MOBILE, FIXE, AUTRE
}
