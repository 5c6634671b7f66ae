package fr.raccrochage.scheduling;

import fr.raccrochage.core.inbound.InboundKind;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The night's SQL for erasing personal data past its retention ({@link PersonalDataPurge}): the
 * waves' records, numbers, results and SMS, the known cases, and the rejected lines of their files.
 */
@Repository
class JdbcPurgeDao {

    /** What purging one wave made anonymous or deleted. */
    record WavePurge(int records, int numbers, int oppositionsKept) {
    }

    private static final String OPPOSED = """
            EXISTS (SELECT 1 FROM siei_lien_personne l JOIN opposition o ON o.personne_id = l.personne_id
                    WHERE l.fichier_id = siei_enregistrement.fichier_id AND l.ligne = siei_enregistrement.ligne)""";

    private static final String CONTACT_DETAILS = """
            tel_jeune = NULL, tel_jeune_type = NULL, email_jeune = NULL, adresse = NULL, code_postal = NULL,
            resp1_nom = NULL, resp1_prenom = NULL, resp1_tel = NULL, resp1_tel_type = NULL, resp1_email = NULL,
            resp2_nom = NULL, resp2_prenom = NULL, resp2_tel = NULL, resp2_tel_type = NULL, resp2_email = NULL,
            autres_colonnes = NULL""";

    private final JdbcTemplate jdbc;

    JdbcPurgeDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The waves not purged yet whose calls ended (or, never planned, that were created) before the cutoff. */
    List<String> wavesEndedBefore(LocalDate cutoff) {
        return jdbc.queryForList("""
                SELECT v.id FROM vague v
                WHERE NOT EXISTS (SELECT 1 FROM purge_vague p WHERE p.vague_id = v.id)
                  AND COALESCE((SELECT MAX(d.fin) FROM dossier_appel d WHERE d.vague_id = v.id),
                               CAST(v.cree_le AS DATE)) < ?
                ORDER BY v.id""", String.class, cutoff);
    }

    /** Every wave purged so far, in order. */
    List<String> purgedWaves() {
        return jdbc.queryForList("SELECT vague_id FROM purge_vague ORDER BY vague_id", String.class);
    }

    /**
     * Erases the wave's personal data (a young person who objected keeps what matches a later list
     * to the opposition) and records the wave as purged.
     */
    WavePurge purgeWave(String wave, LocalDateTime at) {
        int kept = jdbc.update("UPDATE siei_enregistrement SET " + CONTACT_DETAILS + " WHERE vague_id = ? AND "
                + OPPOSED, wave);
        int records = jdbc.update("UPDATE siei_enregistrement SET " + CONTACT_DETAILS + """
                , ine = NULL, nom = '', prenom = '', commune = NULL,
                  date_naissance = CAST(DATE_TRUNC('YEAR', date_naissance) AS DATE)
                WHERE vague_id = ? AND nom <> '' AND NOT\s""" + OPPOSED, wave);
        jdbc.update("""
                UPDATE ligne_rejetee SET contenu = ''
                WHERE fichier_id IN (SELECT id FROM fichier_recu WHERE type = 'SIEI' AND vague_id = ?)""", wave);
        String cases = "(SELECT id_appel FROM dossier_appel WHERE vague_id = ?)";
        int numbers = jdbc.update("DELETE FROM numero_appel WHERE id_appel IN " + cases, wave);
        jdbc.update("DELETE FROM tentative_prevue WHERE id_appel IN " + cases, wave);
        jdbc.update("UPDATE resultat_appel SET numero = '', commentaire = NULL WHERE id_appel IN " + cases, wave);
        // The SMS sent (number, text with the first name); a number that answered STOP stays in sms_stop.
        jdbc.update("UPDATE sms_message SET numero = '', texte = '' WHERE vague_id = ?", wave);
        jdbc.update("""
                UPDATE ligne_rejetee SET contenu = ''
                WHERE fichier_id IN (SELECT id FROM fichier_recu WHERE type = 'RESULTATS_APPELS' AND vague_id = ?)""", wave);
        jdbc.update("""
                INSERT INTO purge_vague (vague_id, purgee_le, enregistrements, numeros, oppositions_gardees)
                VALUES (?, ?, ?, ?, ?)""", wave, Timestamp.valueOf(at), records, numbers, kept);
        return new WavePurge(records, numbers, kept);
    }

    /**
     * Follow-up and "in a solution" lines older than the cutoff (oppositions are kept), and the rejected lines
     * of the files of no wave received before it. Returns the known-case lines.
     */
    int purgeKnownCases(LocalDate cutoff) {
        int lines = jdbc.update("""
                UPDATE cas_connu SET ine = NULL, nom = '', prenom = '',
                       date_naissance = CAST(DATE_TRUNC('YEAR', date_naissance) AS DATE)
                WHERE statut <> 'OPPOSITION' AND date_statut < ? AND nom <> ''""", cutoff);
        // Files of no wave: their rejected lines (names, numbers) go with the date they were received.
        for (InboundKind kind : List.of(InboundKind.CAS_CONNUS, InboundKind.RETOURS_PARTENAIRES, InboundKind.SMS_RETOURS)) {
            jdbc.update("""
                    UPDATE ligne_rejetee SET contenu = '' WHERE contenu <> ''
                      AND fichier_id IN (SELECT id FROM fichier_recu WHERE type = ? AND debut < ?)""",
                    kind.name(), Timestamp.valueOf(cutoff.atStartOfDay()));
        }
        return lines;
    }
}
