package fr.raccrochage.sample;

/**
 * The canonical SIEI columns ({@code shared/formats/siei.md}), in the order of the EN file, with the header
 * variant the generated CFA file uses for each ({@link #cfaHeader()}); a reader can take these variants as
 * aliases of the canonical names.
 */
public enum SieiColumn {
    INE("N° INE"),
    NOM("Nom"),
    PRENOM("Prénom(s)"),
    DATE_NAISSANCE("Date de naissance"),
    SEXE("Sexe"),
    TEL_JEUNE("Tél. jeune"),
    EMAIL_JEUNE("Courriel"),
    ADRESSE("Adresse"),
    CODE_POSTAL("Code postal"),
    COMMUNE("Commune"),
    CODE_COMMUNE("Code INSEE"),
    RESP1_NOM("Nom resp. 1"),
    RESP1_PRENOM("Prénom resp. 1"),
    RESP1_TEL("Tél. resp. 1"),
    RESP1_EMAIL("Courriel resp. 1"),
    RESP1_ADRESSE("Adresse resp. 1"),
    RESP1_CODE_POSTAL("CP resp. 1"),
    RESP1_COMMUNE("Commune resp. 1"),
    RESP1_CODE_COMMUNE("Code INSEE resp. 1"),
    RESP2_NOM("Nom resp. 2"),
    RESP2_PRENOM("Prénom resp. 2"),
    RESP2_TEL("Tél. resp. 2"),
    RESP2_EMAIL("Courriel resp. 2"),
    RESP2_ADRESSE("Adresse resp. 2"),
    RESP2_CODE_POSTAL("CP resp. 2"),
    RESP2_COMMUNE("Commune resp. 2"),
    RESP2_CODE_COMMUNE("Code INSEE resp. 2"),
    UAI("Code UAI"),
    ETABLISSEMENT("Établissement"),
    FORMATION("Formation"),
    DATE_SORTIE("Date de sortie"),
    SOURCE("Origine");

    private final String cfaHeader;

    SieiColumn(String cfaHeader) {
        this.cfaHeader = cfaHeader;
    }

    /** The canonical header, as written in the EN file ("DATE_NAISSANCE"). */
    public String header() {
        return name();
    }

    /** The header of this column in the generated CFA file ("Date de naissance"). */
    public String cfaHeader() {
        return cfaHeader;
    }
}
