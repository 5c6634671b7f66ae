package fr.raccrochage.rights;

import fr.raccrochage.core.inbound.InboundKind;
import fr.raccrochage.core.person.IdentityFields;
import fr.raccrochage.core.person.RecordKey;
import fr.raccrochage.core.privacy.Oppositions;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rights' SQL over every stage's tables: what is held about one young person, their
 * objection and erasure, the keyed hashes. A young person's SIEI records are reached through their
 * links, then each by its {@link RecordKey}.
 */
@Repository
class JdbcRightsDao {

    private static final int CHUNK = 1000;

    /** The identity one record (SIEI or known case) gives a young person. */
    record RecordIdentity(long personId, IdentityFields identity) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    JdbcRightsDao(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    // --- who -------------------------------------------------------------------------------------

    boolean personExists(long personId) {
        return count("SELECT COUNT(*) FROM personne WHERE id = ?", personId) > 0;
    }

    Optional<Long> personOfCase(String idAppel) {
        return jdbc.queryForList("SELECT personne_id FROM dossier_appel WHERE id_appel = ?", Long.class, idAppel)
                .stream().findFirst();
    }

    boolean isErased(long personId) {
        return count("SELECT COUNT(*) FROM effacement WHERE personne_id = ?", personId) > 0;
    }

    boolean isOpposed(long personId) {
        return count("SELECT COUNT(*) FROM opposition WHERE personne_id = ?", personId) > 0;
    }

    /** The persons among these who objected or were erased. */
    Set<Long> opposedOrErased(Collection<Long> personIds) {
        Set<Long> found = new HashSet<>();
        forChunks(personIds, chunk -> {
            MapSqlParameterSource ids = new MapSqlParameterSource("ids", chunk);
            found.addAll(named.queryForList("SELECT personne_id FROM opposition WHERE personne_id IN (:ids)", ids,
                    Long.class));
            found.addAll(named.queryForList("SELECT personne_id FROM effacement WHERE personne_id IN (:ids)", ids,
                    Long.class));
        });
        return found;
    }

    List<RecordKey> records(long personId) {
        return jdbc.query("SELECT fichier_id, ligne FROM siei_lien_personne WHERE personne_id = ? ORDER BY fichier_id, ligne",
                (rs, i) -> new RecordKey(rs.getLong(1), rs.getInt(2)), personId);
    }

    /** Identity fields of every record of these persons: SIEI records (file order), then known-case lines. */
    List<RecordIdentity> identities(Collection<Long> personIds) {
        List<RecordIdentity> identities = new ArrayList<>();
        forChunks(personIds, chunk -> {
            MapSqlParameterSource ids = new MapSqlParameterSource("ids", chunk);
            named.query("SELECT l.personne_id, " + IdentityFields.columns("e") + " FROM siei_lien_personne l"
                    + " JOIN siei_enregistrement e ON " + RecordKey.joins("e", "l")
                    + " WHERE l.personne_id IN (:ids) ORDER BY l.fichier_id, l.ligne", ids, rs -> {
                        identities.add(new RecordIdentity(rs.getLong(1), IdentityFields.of(rs)));
                    });
            named.query("SELECT personne_id, " + KNOWN_CASE_IDENTITY + " FROM cas_connu WHERE personne_id IN (:ids)",
                    ids, rs -> {
                        identities.add(knownCase(rs));
                    });
        });
        return identities;
    }

    /**
     * The wave's records tied to a young person who objected, was erased or had a number
     * withdrawn, with that person.
     */
    Map<RecordKey, Long> waveRecordsWithFacts(String waveId) {
        Map<RecordKey, Long> records = new HashMap<>();
        jdbc.query("""
                SELECT l.fichier_id, l.ligne, l.personne_id FROM siei_lien_personne l
                JOIN (SELECT personne_id FROM opposition UNION SELECT personne_id FROM effacement
                      UNION SELECT personne_id FROM telephone_retire) p ON p.personne_id = l.personne_id
                WHERE l.vague_id = ?""", rs -> {
                    records.put(new RecordKey(rs.getLong(1), rs.getInt(2)), rs.getLong(3));
                }, waveId);
        return records;
    }

    /** Every SIEI record of the wave with its identity fields and its person (null before deduplication). */
    void forEachWaveRecordIdentity(String waveId, WaveRecordIdentity record) {
        jdbc.query("SELECT e.fichier_id, e.ligne, l.personne_id, " + IdentityFields.columns("e")
                + " FROM siei_enregistrement e LEFT JOIN siei_lien_personne l ON l.fichier_id = e.fichier_id"
                + " AND l.ligne = e.ligne WHERE e.vague_id = ?", rs -> {
                    long person = rs.getLong("personne_id");
                    record.accept(new RecordKey(rs.getLong("fichier_id"), rs.getInt("ligne")),
                            rs.wasNull() ? null : person, IdentityFields.of(rs));
                }, waveId);
    }

    @FunctionalInterface
    interface WaveRecordIdentity {
        void accept(RecordKey record, Long personId, IdentityFields identity);
    }

    /** The wave's records of these persons. */
    List<RecordKey> waveRecordsOf(String waveId, Collection<Long> personIds) {
        List<RecordKey> records = new ArrayList<>();
        forChunks(personIds, chunk -> records.addAll(named.query(
                "SELECT fichier_id, ligne FROM siei_lien_personne WHERE vague_id = :wave AND personne_id IN (:ids)",
                new MapSqlParameterSource("ids", chunk).addValue("wave", waveId),
                (rs, i) -> new RecordKey(rs.getLong(1), rs.getInt(2)))));
        return records;
    }

    /** A known-case line's identity columns: the lists carry no sex. */
    private static final String KNOWN_CASE_IDENTITY = "ine, nom, prenom, date_naissance, CAST(NULL AS VARCHAR(1)) AS sexe";

    private static RecordIdentity knownCase(ResultSet rs) throws SQLException {
        return new RecordIdentity(rs.getLong("personne_id"), IdentityFields.of(rs));
    }

    // --- search ----------------------------------------------------------------------------------

    /** Every SIEI record's identity with its person (optionally of one birth date), in one pass. */
    void scanRecords(LocalDate born, Consumer<RecordIdentity> each) {
        Map<Long, Map<Integer, Long>> links = new HashMap<>();
        String where = born == null ? "" : " WHERE e.date_naissance = ?";
        Object[] args = born == null ? new Object[0] : new Object[] {Date.valueOf(born)};
        List<Object[]> hits = new ArrayList<>();
        jdbc.query("SELECT e.fichier_id, e.ligne, " + IdentityFields.COLUMNS + " FROM siei_enregistrement e" + where, rs -> {
            hits.add(new Object[] {rs.getLong(1), rs.getInt(2), IdentityFields.of(rs)});
        }, args);
        if (hits.isEmpty()) {
            return;
        }
        jdbc.query("SELECT fichier_id, ligne, personne_id FROM siei_lien_personne", rs -> {
            links.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getLong(3));
        });
        for (Object[] h : hits) {
            Long person = links.getOrDefault((Long) h[0], Map.of()).get((Integer) h[1]);
            if (person != null) {
                each.accept(new RecordIdentity(person, (IdentityFields) h[2]));
            }
        }
    }

    void scanKnownCases(LocalDate born, Consumer<RecordIdentity> each) {
        String where = born == null ? "" : " WHERE date_naissance = ?";
        Object[] args = born == null ? new Object[0] : new Object[] {Date.valueOf(born)};
        jdbc.query("SELECT personne_id, " + KNOWN_CASE_IDENTITY + " FROM cas_connu" + where, rs -> {
            each.accept(knownCase(rs));
        }, args);
    }

    Set<Long> personsWithPhone(String e164) {
        Set<Long> persons = new LinkedHashSet<>(jdbc.queryForList("""
                SELECT DISTINCT d.personne_id FROM numero_appel n JOIN dossier_appel d ON d.id_appel = n.id_appel
                WHERE n.numero = ?""", Long.class, e164));
        persons.addAll(jdbc.queryForList("SELECT personne_id FROM telephone_ajoute WHERE numero = ?", Long.class, e164));
        List<RecordKey> keys = jdbc.query("""
                SELECT fichier_id, ligne FROM siei_enregistrement WHERE tel_jeune = ? OR resp1_tel = ? OR resp2_tel = ?""",
                (rs, i) -> new RecordKey(rs.getLong(1), rs.getInt(2)), e164, e164, e164);
        for (RecordKey k : keys) {
            persons.addAll(jdbc.queryForList("SELECT personne_id FROM siei_lien_personne WHERE fichier_id = ? AND ligne = ?",
                    Long.class, k.fileId(), k.line()));
        }
        return persons;
    }

    Set<Long> personsWithIne(String ine) {
        Set<Long> persons = new LinkedHashSet<>(jdbc.queryForList(
                "SELECT DISTINCT personne_id FROM cas_connu WHERE ine = ?", Long.class, ine));
        List<RecordKey> keys = jdbc.query("SELECT fichier_id, ligne FROM siei_enregistrement WHERE ine = ?",
                (rs, i) -> new RecordKey(rs.getLong(1), rs.getInt(2)), ine);
        for (RecordKey k : keys) {
            persons.addAll(jdbc.queryForList("SELECT personne_id FROM siei_lien_personne WHERE fichier_id = ? AND ligne = ?",
                    Long.class, k.fileId(), k.line()));
        }
        return persons;
    }

    /** The waves a young person was listed or called in. */
    List<String> waves(long personId) {
        Set<String> waves = new java.util.TreeSet<>(jdbc.queryForList(
                "SELECT DISTINCT vague_id FROM siei_lien_personne WHERE personne_id = ?", String.class, personId));
        waves.addAll(jdbc.queryForList("SELECT DISTINCT vague_id FROM dossier_appel WHERE personne_id = ?", String.class,
                personId));
        return List.copyOf(waves);
    }

    /** The latest case: ID_APPEL and status (EXCLU with its reason). */
    Optional<String[]> latestCase(long personId) {
        return jdbc.query("""
                SELECT id_appel, statut, exclusion FROM dossier_appel WHERE personne_id = ? ORDER BY cree_le DESC, id_appel DESC""",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(3) == null ? rs.getString(2)
                    : rs.getString(2) + " (" + rs.getString(3) + ")"}, personId).stream().findFirst();
    }

    /** Cases still being called. */
    List<String> openCases(long personId) {
        return jdbc.queryForList("SELECT id_appel FROM dossier_appel WHERE personne_id = ? AND statut = 'A_APPELER' ORDER BY id_appel",
                String.class, personId);
    }

    List<String> caseIds(long personId) {
        return jdbc.queryForList("SELECT id_appel FROM dossier_appel WHERE personne_id = ? ORDER BY id_appel", String.class,
                personId);
    }

    /**
     * The numbers the system held or used for the person, E.164: their SIEI records' (theirs and their
     * guardians') and those their SMS went to, which a provider's returns quote back.
     */
    Set<String> phoneNumbers(long personId) {
        Set<String> numbers = new LinkedHashSet<>();
        for (RecordKey k : records(personId)) {
            jdbc.query("SELECT tel_jeune, resp1_tel, resp2_tel FROM siei_enregistrement WHERE " + RecordKey.BY_KEY,
                    rs -> {
                        for (int column = 1; column <= 3; column++) {
                            if (rs.getString(column) != null) {
                                numbers.add(rs.getString(column));
                            }
                        }
                    }, k.value());
        }
        numbers.addAll(jdbc.queryForList("""
                SELECT s.numero FROM sms_message s JOIN dossier_appel d ON d.id_appel = s.id_appel
                WHERE d.personne_id = ? AND s.numero <> ''""", String.class, personId));
        return numbers;
    }

    // --- objection -------------------------------------------------------------------------------

    /** Records the objection unless one is there (the first stays); true when recorded now. */
    boolean insertOpposition(long personId, LocalDate since, String source, String origin, Oppositions.Kind kind) {
        if (kind == Oppositions.Kind.REELLE && jdbc.update("""
                UPDATE opposition SET depuis = ?, origine = ?, source = ?, nature = 'REELLE'
                WHERE personne_id = ? AND nature = 'PRECAUTION'""",
                Date.valueOf(since), cut(origin, 200), source, personId) > 0) {
            return true; // the precaution becomes the real objection: nothing can lift it any more
        }
        return jdbc.update("""
                INSERT INTO opposition (personne_id, depuis, origine, source, nature)
                SELECT ?, ?, ?, ?, ? FROM (VALUES (1)) AS one (x)
                WHERE NOT EXISTS (SELECT 1 FROM opposition WHERE personne_id = ?)""",
                personId, Date.valueOf(since), cut(origin, 200), source, kind.name(), personId) > 0;
    }

    Optional<Oppositions.Kind> oppositionKind(long personId) {
        return jdbc.queryForList("SELECT nature FROM opposition WHERE personne_id = ?", String.class, personId)
                .stream().findFirst().map(Oppositions.Kind::valueOf);
    }

    /** Removes the person's opposition only if it is a precaution. */
    boolean deletePrecaution(long personId) {
        return jdbc.update("DELETE FROM opposition WHERE personne_id = ? AND nature = 'PRECAUTION'", personId) > 0;
    }

    /** Referrals of the young person not yet sent to their partner: held by the gate from now on. */
    int pendingReferrals(long personId) {
        return count("""
                SELECT COUNT(*) FROM orientation o JOIN dossier_appel d ON d.id_appel = o.id_appel
                WHERE d.personne_id = ? AND NOT EXISTS (SELECT 1 FROM export_ligne l
                    WHERE l.id_appel = o.id_appel AND l.partenaire_id = o.partenaire_id)""", personId);
    }

    /** Partners that received this young person in an export file. */
    List<String> partnersSent(long personId) {
        return jdbc.queryForList("""
                SELECT DISTINCT l.partenaire_id FROM export_ligne l JOIN dossier_appel d ON d.id_appel = l.id_appel
                WHERE d.personne_id = ? ORDER BY l.partenaire_id""", String.class, personId);
    }

    // --- keyed hashes ----------------------------------------------------------------------------

    Optional<String> secret(String name) {
        return jdbc.queryForList("SELECT valeur FROM cle_secrete WHERE nom = ?", String.class, name).stream().findFirst();
    }

    void insertSecret(String name, String value) {
        jdbc.update("INSERT INTO cle_secrete (nom, valeur) VALUES (?, ?)", name, value);
    }

    boolean anySuppression() {
        return count("SELECT COUNT(*) FROM suppression") > 0;
    }

    Set<String> suppressionPrints() {
        return new HashSet<>(jdbc.queryForList("SELECT empreinte FROM suppression", String.class));
    }

    void insertSuppression(String print, String type, long personId) {
        jdbc.update("""
                INSERT INTO suppression (empreinte, type, personne_id, cree_le)
                SELECT ?, ?, ?, ? FROM (VALUES (1)) AS one (x)
                WHERE NOT EXISTS (SELECT 1 FROM suppression WHERE empreinte = ?)""",
                print, type, personId, Timestamp.valueOf(LocalDateTime.now()), print);
    }

    Map<Long, Set<String>> withdrawnPrints(Collection<Long> personIds) {
        Map<Long, Set<String>> prints = new HashMap<>();
        if (count("SELECT COUNT(*) FROM telephone_retire") == 0) {
            return prints;
        }
        forChunks(personIds, chunk -> named.query(
                "SELECT personne_id, empreinte FROM telephone_retire WHERE personne_id IN (:ids)",
                new MapSqlParameterSource("ids", chunk), rs -> {
                    prints.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                }));
        return prints;
    }

    // --- rectification ---------------------------------------------------------------------------

    /** Every number held for the young person: their records', their cases', those added. */
    Set<String> numbersHeld(long personId) {
        Set<String> numbers = new HashSet<>(jdbc.queryForList("""
                SELECT n.numero FROM numero_appel n JOIN dossier_appel d ON d.id_appel = n.id_appel WHERE d.personne_id = ?""",
                String.class, personId));
        numbers.addAll(jdbc.queryForList("SELECT numero FROM telephone_ajoute WHERE personne_id = ?", String.class, personId));
        for (RecordKey k : records(personId)) {
            jdbc.query("SELECT tel_jeune, resp1_tel, resp2_tel FROM siei_enregistrement WHERE " + RecordKey.BY_KEY,
                    rs -> {
                        for (int i = 1; i <= 3; i++) {
                            if (rs.getString(i) != null) {
                                numbers.add(rs.getString(i));
                            }
                        }
                    }, k.value());
        }
        return numbers;
    }

    void insertAddedNumber(long personId, String number, String owner, String type) {
        jdbc.update("DELETE FROM telephone_ajoute WHERE personne_id = ? AND numero = ?", personId, number);
        jdbc.update("""
                INSERT INTO telephone_ajoute (personne_id, numero, titulaire, type, ajoute_le) VALUES (?, ?, ?, ?, ?)""",
                personId, number, owner, type, Timestamp.valueOf(LocalDateTime.now()));
    }

    void deleteWithdrawn(long personId, String print) {
        jdbc.update("DELETE FROM telephone_retire WHERE personne_id = ? AND empreinte = ?", personId, print);
    }

    void insertWithdrawn(long personId, String print, String ground) {
        deleteWithdrawn(personId, print);
        jdbc.update("INSERT INTO telephone_retire (personne_id, empreinte, retire_le, motif) VALUES (?, ?, ?, ?)",
                personId, print, Timestamp.valueOf(LocalDateTime.now()), cut(ground, 500));
    }

    void deleteAddedNumber(long personId, String number) {
        jdbc.update("DELETE FROM telephone_ajoute WHERE personne_id = ? AND numero = ?", personId, number);
    }

    /** Takes the number out of the young person's SIEI records (the young person's or a guardian's). */
    void clearRecordNumber(long personId, String number) {
        for (RecordKey k : records(personId)) {
            for (String column : List.of("tel_jeune", "resp1_tel", "resp2_tel")) {
                jdbc.update("UPDATE siei_enregistrement SET " + column + " = NULL, " + column + "_type = NULL "
                        + "WHERE " + RecordKey.BY_KEY + " AND " + column + " = ?", k.value(), number);
            }
        }
    }

    /** The corrected address on every SIEI record of the young person: the next export sends it. */
    void updateAddress(long personId, String address, String postalCode, String communeName, String inseeCode) {
        for (RecordKey k : records(personId)) {
            jdbc.update("""
                    UPDATE siei_enregistrement SET adresse = ?, code_postal = ?, commune = ?, code_commune = ?,
                        code_insee_residence = ?, source_residence = 'JEUNE' WHERE\s""" + RecordKey.BY_KEY,
                    cut(address, 300), postalCode, cut(communeName, 200), inseeCode, inseeCode, k.value());
        }
    }

    // --- erasure ---------------------------------------------------------------------------------

    private static final String WIPED_RECORD = """
            ine = NULL, nom = '', prenom = '', commune = NULL, code_commune = NULL,
            date_naissance = CAST(DATE_TRUNC('YEAR', date_naissance) AS DATE),
            tel_jeune = NULL, tel_jeune_type = NULL, email_jeune = NULL, adresse = NULL, code_postal = NULL,
            resp1_nom = NULL, resp1_prenom = NULL, resp1_tel = NULL, resp1_tel_type = NULL, resp1_email = NULL,
            resp2_nom = NULL, resp2_prenom = NULL, resp2_tel = NULL, resp2_tel_type = NULL, resp2_email = NULL,
            autres_colonnes = NULL""";

    /** Removes the personal data as the purge does: what the figures need stays. Returns rows changed. */
    int wipe(long personId) {
        int rows = 0;
        for (RecordKey k : records(personId)) {
            rows += jdbc.update("UPDATE siei_enregistrement SET " + WIPED_RECORD + " WHERE " + RecordKey.BY_KEY,
                    k.value());
        }
        rows += jdbc.update("""
                UPDATE cas_connu SET ine = NULL, nom = '', prenom = '',
                    date_naissance = CAST(DATE_TRUNC('YEAR', date_naissance) AS DATE) WHERE personne_id = ?""", personId);
        String cases = "(SELECT id_appel FROM dossier_appel WHERE personne_id = ?)";
        rows += jdbc.update("DELETE FROM tentative_prevue WHERE id_appel IN " + cases, personId);
        rows += jdbc.update("DELETE FROM numero_appel WHERE id_appel IN " + cases, personId);
        rows += jdbc.update("UPDATE resultat_appel SET numero = '', commentaire = NULL, agent = NULL WHERE id_appel IN "
                + cases, personId);
        rows += jdbc.update("DELETE FROM telephone_ajoute WHERE personne_id = ?", personId);
        rows += jdbc.update("DELETE FROM telephone_retire WHERE personne_id = ?", personId);
        return rows;
    }

    void insertErasure(long personId, String operator, String ground) {
        jdbc.update("INSERT INTO effacement (personne_id, efface_le, operateur, motif) VALUES (?, ?, ?, ?)", personId,
                Timestamp.valueOf(LocalDateTime.now()), cut(operator, 200), cut(ground, 500));
    }

    /** Empties the content of these rejected lines (table, file id, line). */
    /** Blanks the content of rejected lines (file ids are unique across every kind of received file). */
    void clearRejects(List<long[]> lines) {
        for (long[] l : lines) {
            jdbc.update("UPDATE ligne_rejetee SET contenu = '' WHERE fichier_id = ? AND ligne = ?", l[0], (int) l[1]);
        }
    }

    // --- the file: one method per part, each a query --------------------------------------------

    Section person(long personId) {
        return section("Jeune (registre)", """
                SELECT p.id AS numero_jeune, p.vague_creation AS cree_par, p.creee AS cree_le FROM personne p WHERE p.id = ?""",
                personId);
    }

    /** Every SIEI record, every field, with its file and the identity decision that linked it. */
    Section sieiRecords(long personId) {
        List<Section> parts = new ArrayList<>();
        for (RecordKey k : records(personId)) {
            parts.add(section("", """
                    SELECT f.nom AS fichier, l.decision AS rattachement, l.motif AS motif_rattachement, e.*
                    FROM siei_enregistrement e JOIN fichier_recu f ON f.id = e.fichier_id AND f.type = 'SIEI'
                    JOIN siei_lien_personne l ON l.fichier_id = e.fichier_id AND l.ligne = e.ligne
                    WHERE e.""" + RecordKey.BY_KEY, k.value()));
        }
        return merge("Enregistrements SIEI (toutes vagues, tous les champs)", parts);
    }

    /**
     * The lines of one kind of received file rejected at import, as stored (file id, line, file, wave,
     * reason, content): the caller keeps those that are this young person's.
     */
    List<String[]> rejects(InboundKind kind) {
        return jdbc.query("""
                SELECT r.fichier_id, r.ligne, f.nom, COALESCE(f.vague_id, ''), r.motif, r.contenu FROM ligne_rejetee r
                JOIN fichier_recu f ON f.id = r.fichier_id AND f.type = ? WHERE r.contenu <> ''""",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6)}, kind.name());
    }

    Section knownCases(long personId) {
        return section("Listes de jeunes connus (partenaires, oppositions)", """
                SELECT f.nom AS fichier, c.ligne, c.ine, c.nom, c.prenom, c.date_naissance, c.partenaire_id, c.statut,
                    c.date_statut, c.decision AS rattachement, c.motif FROM cas_connu c JOIN fichier_recu f ON f.id = c.fichier_id AND f.type = 'CAS_CONNUS'
                WHERE c.personne_id = ? ORDER BY f.debut, c.ligne""", personId);
    }

    Section cases(long personId) {
        return section("Dossiers d'appel", """
                SELECT id_appel, vague_id AS vague, statut, solution, date_statut, date_rappel, exclusion,
                    exclusion_partenaire_id, exclusion_details, debut, fin, cree_le FROM dossier_appel
                WHERE personne_id = ? ORDER BY id_appel""", personId);
    }

    Section numbers(long personId) {
        return section("Numéros des dossiers", """
                SELECT n.id_appel, n.numero, n.titulaire, n.type, n.retire_motif FROM numero_appel n
                JOIN dossier_appel d ON d.id_appel = n.id_appel WHERE d.personne_id = ? ORDER BY n.id_appel, n.numero""",
                personId);
    }

    Section plannedAttempts(long personId) {
        return section("Tentatives prévues", """
                SELECT t.id_appel, t.tentative, t.prevue_le, t.creneau, t.numero FROM tentative_prevue t
                JOIN dossier_appel d ON d.id_appel = t.id_appel WHERE d.personne_id = ? ORDER BY t.id_appel, t.tentative""",
                personId);
    }

    Section results(long personId) {
        return section("Résultats d'appels", """
                SELECT r.id_appel, r.tentative, r.date_appel, r.numero, r.resultat, r.date_rappel, r.solution,
                    r.commentaire, r.agent, f.nom AS fichier, r.ligne FROM resultat_appel r
                JOIN dossier_appel d ON d.id_appel = r.id_appel JOIN fichier_recu f ON f.id = r.fichier_id AND f.type = 'RESULTATS_APPELS'
                WHERE d.personne_id = ? ORDER BY r.id_appel, r.tentative""", personId);
    }

    Section routings(long personId) {
        List<Section> parts = List.of(section("", """
                SELECT o.id_appel, o.partenaire_id AS destinataire, o.motif, o.date_orientation, o.date_limite_rappel,
                    o.code_insee FROM orientation o JOIN dossier_appel d ON d.id_appel = o.id_appel
                WHERE d.personne_id = ? ORDER BY o.id_appel, o.partenaire_id""", personId), section("", """
                SELECT r.id_appel, 'REGION' AS destinataire, r.motif, NULL AS date_orientation, NULL AS date_limite_rappel,
                    r.details AS code_insee FROM orientation_region r JOIN dossier_appel d ON d.id_appel = r.id_appel
                WHERE d.personne_id = ? ORDER BY r.id_appel""", personId));
        return merge("Orientations (partenaires et liste de la Région)", parts);
    }

    Section closings(long personId) {
        return section("Clôtures de vague", """
                SELECT c.id_appel, c.vague_id AS vague, c.statut_avant, c.ferme, c.decision, c.code_insee, c.source
                FROM cloture_dossier c JOIN dossier_appel d ON d.id_appel = c.id_appel WHERE d.personne_id = ?
                ORDER BY c.id_appel""", personId);
    }

    /** Every export that carried them: partner, date, file, the file's SHA-256 as in the manifest. */
    Section exports(long personId) {
        return section("Envois aux partenaires", """
                SELECT l.id_appel, x.partenaire_id, x.exporte_le, x.fichier, x.empreinte AS sha256_manifeste, x.renvoi
                FROM export_ligne l JOIN export_partenaire x ON x.id = l.export_id
                JOIN dossier_appel d ON d.id_appel = l.id_appel WHERE d.personne_id = ? ORDER BY x.exporte_le, l.id_appel""",
                personId);
    }

    Section feedback(long personId) {
        return section("Retours des partenaires", """
                SELECT r.id_appel, r.partenaire_id, r.statut, r.date_statut, f.nom AS fichier, r.ligne FROM retour_partenaire r
                JOIN dossier_appel d ON d.id_appel = r.id_appel JOIN fichier_recu f ON f.id = r.fichier_id AND f.type = 'RETOURS_PARTENAIRES'
                WHERE d.personne_id = ? ORDER BY r.date_statut, r.id_appel""", personId);
    }

    Section oppositions(long personId) {
        return section("Opposition", "SELECT depuis, source, origine FROM opposition WHERE personne_id = ?", personId);
    }

    Section erasure(long personId) {
        return section("Effacement", "SELECT efface_le, operateur, motif FROM effacement WHERE personne_id = ?", personId);
    }

    Section corrections(long personId) {
        return merge("Rectifications des numéros", List.of(section("", """
                SELECT 'AJOUTE' AS changement, numero, titulaire, ajoute_le AS le, NULL AS motif FROM telephone_ajoute
                WHERE personne_id = ?""", personId), section("", """
                SELECT 'RETIRE' AS changement, '(empreinte) ' || SUBSTRING(empreinte, 1, 12) AS numero, NULL AS titulaire,
                    retire_le AS le, motif FROM telephone_retire WHERE personne_id = ?""", personId)));
    }

    /** The operator journal's entries about this young person, or about one of their cases. */
    Section journal(long personId) {
        return section("Actions des opérateurs (journal)", """
                SELECT horodatage, operateur, canal, action, cible, motif FROM journal_operateur WHERE personne_id = ?
                ORDER BY horodatage, id""", personId);
    }

    Section section(String title, String sql, Object... args) {
        List<String> columns = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        jdbc.query(sql, rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            if (columns.isEmpty()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT));
                }
            }
            List<String> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                Object value = rs.getObject(i);
                row.add(value == null ? "" : value.toString());
            }
            rows.add(row);
        }, args);
        return new Section(title, columns, rows);
    }

    private static Section merge(String title, List<Section> parts) {
        List<String> columns = parts.stream().filter(p -> !p.columns().isEmpty()).findFirst().map(Section::columns)
                .orElse(List.of());
        List<List<String>> rows = new ArrayList<>();
        parts.forEach(p -> rows.addAll(p.rows()));
        return new Section(title, columns, rows);
    }

    // ---------------------------------------------------------------------------------------------

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    private static void forChunks(Collection<Long> ids, Consumer<List<Long>> each) {
        List<Long> all = new ArrayList<>(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += CHUNK) {
            each.accept(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
