package fr.raccrochage.sample;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Deterministic generator of synthetic SIEI lists (no real personal data): same request, byte-identical files.
 * It streams: memory does not grow with the number of persons.
 *
 * <p>Files written in the output directory:
 * <ul>
 * <li>{@value #EN_FILE}: Éducation nationale source, UTF-8 with BOM, {@code ;}, CRLF, the canonical headers
 * ({@link #EN_HEADERS}, i.e. {@link SieiColumn#header()}), ~75 % of the records.</li>
 * <li>{@value #CFA_FILE}: apprenticeship and farming source, Windows-1252, {@code ,}, LF, RFC 4180 quoting
 * (fields with commas, doubled quotes, an address with a line break inside quotes), columns in another order
 * under other names, plus an unknown extra column ({@value #CFA_EXTRA_HEADER}): {@link #CFA_HEADERS}.</li>
 * <li>{@value #TRUTH_FILE}: {@code fichier;ligne;personne_id;nature;famille_id;details}, one row per data record,
 * EN rows then CFA rows in line order; {@code ligne} is the physical line the record starts on (header = 1);
 * {@code nature} is ORIGINAL, DOUBLON (a noisy copy of {@code personne_id}) or LIGNE_INVALIDE (no
 * {@code personne_id}); {@code famille_id} is shared by siblings and twins; {@code details} are '|'-separated
 * tags: of the person for ORIGINAL (FRATRIE, JUMEAU, HOMONYME, ANCIENNE_COMMUNE, HORS_REGION,
 * COMMUNE_INCONNUE, ADRESSE_RESP_SEULE, TEL_INVALIDE, TEL_ABSENT), of the noise for DOUBLON (INE_AUTRE,
 * {@link DuplicateMaker.Noise} names), of the defect for LIGNE_INVALIDE (NOM_ABSENT, PRENOM_ABSENT,
 * DATE_ABSENTE, DATE_IMPOSSIBLE, DATE_ILLISIBLE).</li>
 * <li>{@value #KNOWN_FILE}: partners' known cases ({@code INE;NOM;PRENOM;DATE_NAISSANCE;PARTENAIRE_ID;STATUT;DATE},
 * UTF-8), and {@value #KNOWN_TRUTH_FILE}: {@code ligne;personne_id;statut} for each of its rows.</li>
 * </ul>
 *
 * <p>Header variants of the CFA file, in the order written (canonical name → header):
 * NOM → "Nom", PRENOM → "Prénom(s)", DATE_NAISSANCE → "Date de naissance", SEXE → "Sexe", INE → "N° INE",
 * TEL_JEUNE → "Tél. jeune", EMAIL_JEUNE → "Courriel", ADRESSE → "Adresse", CODE_POSTAL → "Code postal",
 * COMMUNE → "Commune", CODE_COMMUNE → "Code INSEE", UAI → "Code UAI", ETABLISSEMENT → "Établissement",
 * FORMATION → "Formation", DATE_SORTIE → "Date de sortie", SOURCE → "Origine",
 * RESP1_NOM → "Nom resp. 1", RESP1_PRENOM → "Prénom resp. 1", RESP1_TEL → "Tél. resp. 1",
 * RESP1_EMAIL → "Courriel resp. 1", RESP1_ADRESSE → "Adresse resp. 1", RESP1_CODE_POSTAL → "CP resp. 1",
 * RESP1_COMMUNE → "Commune resp. 1", RESP1_CODE_COMMUNE → "Code INSEE resp. 1", the same with "2" for RESP2_…,
 * then the unknown column "Observation".
 *
 * <p>Duplicates: a person and its duplicates are generated together, then every record goes through a
 * per-file streaming shuffle buffer ({@link ShuffleBuffer}, {@value #SHUFFLE_BUFFER} records): the records of one
 * person end up near each other in the stream (typically within a few thousand lines) but in random order and
 * never adjacent; a duplicate can also land in the other file.
 */
public final class SieiSampleGenerator {

    public static final String EN_FILE = "siei-en.csv";
    public static final String CFA_FILE = "siei-cfa.csv";
    public static final String TRUTH_FILE = "verite.csv";
    public static final String KNOWN_FILE = "connus.csv";
    public static final String KNOWN_TRUTH_FILE = "verite-connus.csv";

    public static final Charset CFA_CHARSET = Charset.forName("windows-1252");
    public static final String CFA_EXTRA_HEADER = "Observation";

    /** Canonical headers, in the EN file's order. */
    public static final List<String> EN_HEADERS;
    /** The CFA file's columns, in its order (without the extra column). */
    public static final List<SieiColumn> CFA_COLUMN_ORDER;
    /** The CFA file's header line, in its order, extra column last. */
    public static final List<String> CFA_HEADERS;
    public static final List<String> TRUTH_HEADERS =
            List.of("fichier", "ligne", "personne_id", "nature", "famille_id", "details");

    public static final String ORIGINAL = "ORIGINAL";
    public static final String DOUBLON = "DOUBLON";
    public static final String LIGNE_INVALIDE = "LIGNE_INVALIDE";

    static final int SHUFFLE_BUFFER = 1024;

    static {
        List<String> en = new ArrayList<>();
        for (SieiColumn column : SieiColumn.values()) {
            en.add(column.header());
        }
        EN_HEADERS = Collections.unmodifiableList(en);
        List<SieiColumn> order = new ArrayList<>(List.of(SieiColumn.NOM, SieiColumn.PRENOM,
                SieiColumn.DATE_NAISSANCE, SieiColumn.SEXE, SieiColumn.INE, SieiColumn.TEL_JEUNE,
                SieiColumn.EMAIL_JEUNE, SieiColumn.ADRESSE, SieiColumn.CODE_POSTAL, SieiColumn.COMMUNE,
                SieiColumn.CODE_COMMUNE, SieiColumn.UAI, SieiColumn.ETABLISSEMENT, SieiColumn.FORMATION,
                SieiColumn.DATE_SORTIE, SieiColumn.SOURCE));
        for (SieiColumn column : SieiColumn.values()) {
            if (column.name().startsWith("RESP")) {
                order.add(column);
            }
        }
        CFA_COLUMN_ORDER = Collections.unmodifiableList(order);
        List<String> cfa = new ArrayList<>();
        for (SieiColumn column : order) {
            cfa.add(column.cfaHeader());
        }
        cfa.add(CFA_EXTRA_HEADER);
        CFA_HEADERS = Collections.unmodifiableList(cfa);
    }

    /** Immutable reference data, read once. */
    private static final class Reference {
        static final Geography GEOGRAPHY = Geography.load();
        static final Names NAMES = Names.load();
    }

    public SampleReport generate(SampleRequest request) throws IOException {
        return new SampleRun(request, Reference.GEOGRAPHY, Reference.NAMES).run();
    }
}
