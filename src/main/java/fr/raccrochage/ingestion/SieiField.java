package fr.raccrochage.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SIEI list's columns (contract: shared/formats/siei.md) with the header names the known
 * sources use. Header names are compared as {@link HeaderKeys#of keys}; operators add their own
 * through {@code raccrochage.alias-entetes.<FIELD>}.
 */
public enum SieiField {
    INE(false, "INE", "NINE", "NUMEROINE", "IDENTIFIANTNATIONALELEVE"),
    NOM(true, "NOM", "NOMJEUNE", "NOMDEFAMILLE", "NOMELEVE", "NOMNAISSANCE"),
    PRENOM(true, "PRENOM", "PRENOMS", "PRENOMJEUNE", "PRENOMELEVE"),
    DATE_NAISSANCE(true, "DATENAISSANCE", "DATEDENAISSANCE", "NELE", "NAISSANCE", "DTNAISSANCE"),
    SEXE(false, "SEXE", "GENRE"),
    TEL_JEUNE(false, withPrefixes(List.of("JEUNE", ""), "TEL", "TELEPHONE", "PORTABLE", "TELPORTABLE", "MOBILE")),
    EMAIL_JEUNE(false, withPrefixes(List.of("JEUNE", ""), "EMAIL", "MAIL", "COURRIEL", "MEL", "ADRESSEMAIL")),
    ADRESSE(false, "ADRESSE", "ADRESSEJEUNE", "ADRESSEPOSTALE", "VOIE"),
    CODE_POSTAL(false, "CODEPOSTAL", "CP", "CODEPOSTALJEUNE"),
    COMMUNE(false, "COMMUNE", "VILLE", "COMMUNEJEUNE", "LOCALITE"),
    CODE_COMMUNE(false, "CODECOMMUNE", "CODEINSEE", "INSEE", "CODEINSEECOMMUNE", "COG"),
    RESP1_NOM(false, guardian(1, "NOM")),
    RESP1_PRENOM(false, guardian(1, "PRENOM")),
    RESP1_TEL(false, guardian(1, "TEL", "TELEPHONE", "PORTABLE")),
    RESP1_EMAIL(false, guardian(1, "EMAIL", "MAIL", "COURRIEL")),
    RESP1_ADRESSE(false, guardian(1, "ADRESSE")),
    RESP1_CODE_POSTAL(false, guardian(1, "CODEPOSTAL", "CP")),
    RESP1_COMMUNE(false, guardian(1, "COMMUNE", "VILLE")),
    RESP1_CODE_COMMUNE(false, guardian(1, "CODECOMMUNE", "CODEINSEE", "INSEE")),
    RESP2_NOM(false, guardian(2, "NOM")),
    RESP2_PRENOM(false, guardian(2, "PRENOM")),
    RESP2_TEL(false, guardian(2, "TEL", "TELEPHONE", "PORTABLE")),
    RESP2_EMAIL(false, guardian(2, "EMAIL", "MAIL", "COURRIEL")),
    RESP2_ADRESSE(false, guardian(2, "ADRESSE")),
    RESP2_CODE_POSTAL(false, guardian(2, "CODEPOSTAL", "CP")),
    RESP2_COMMUNE(false, guardian(2, "COMMUNE", "VILLE")),
    RESP2_CODE_COMMUNE(false, guardian(2, "CODECOMMUNE", "CODEINSEE", "INSEE")),
    UAI(false, "UAI", "CODEUAI", "RNE", "UAIETABLISSEMENT"),
    ETABLISSEMENT(false, "ETABLISSEMENT", "NOMETABLISSEMENT", "LIBELLEETABLISSEMENT"),
    FORMATION(false, "FORMATION", "LIBELLEFORMATION", "DERNIEREFORMATION"),
    DATE_SORTIE(false, "DATESORTIE", "DATEDESORTIE", "SORTIELE"),
    SOURCE(false, "SOURCE", "ORIGINE", "MINISTERE");

    private final boolean required;
    private final List<String> aliases;

    SieiField(boolean required, String... aliases) {
        this.required = required;
        this.aliases = List.of(aliases);
    }

    public boolean required() {
        return required;
    }

    /** Built-in header keys that name this field. */
    public List<String> aliases() {
        return aliases;
    }

    private static String[] withPrefixes(List<String> suffixes, String... bases) {
        return Stream.of(bases)
                .flatMap(base -> suffixes.stream().flatMap(s -> Stream.of(base + s, s + base)))
                .distinct().toArray(String[]::new);
    }

    /** "RESP1NOM", "NOMRESP1", "NOMRESPONSABLE1", "NOMREPRESENTANTLEGAL1", "NOMRL1"… */
    private static String[] guardian(int rank, String... bases) {
        List<String> keys = new ArrayList<>();
        for (String who : List.of("RESP", "RESPONSABLE", "RESPONSABLELEGAL", "REPRESENTANTLEGAL", "RL")) {
            for (String base : bases) {
                keys.add(who + rank + base);
                keys.add(base + who + rank);
            }
        }
        return keys.toArray(String[]::new);
    }
}
