package fr.raccrochage.scheduling;

import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.privacy.OperatorJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases the personal data of waves whose calling period ended more than the retention period
 * ago ({@code raccrochage.nuit.conservation-mois}); what the figures need stays: cases, their
 * outcomes, routing, feedback, the commune of residence and the year of birth.
 * <p>
 * A young person who objected keeps name, first name, birth date and INE: without them a later
 * list could not be matched to the opposition, and the young person would be called again.
 * <p>
 * The operator journal is kept {@value OperatorJournal#RETENTION_MONTHS} months.
 */
@Service
public class PersonalDataPurge {

    /**
     * @param waves the waves purged this time; the counts are rows made anonymous
     * @param journalEntries operator journal entries older than the journal's retention, deleted
     */
    public record PurgeSummary(List<String> waves, int records, int numbers, int oppositionsKept,
            int knownCases, int filesDeleted, int journalEntries) {
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
    private final TransactionTemplate transaction;
    private final NightlyProperties nightly;
    private final RaccrochageProperties properties;
    private final OperatorJournal journal;

    public PersonalDataPurge(JdbcTemplate jdbc, TransactionTemplate transaction, NightlyProperties nightly,
            RaccrochageProperties properties, OperatorJournal journal) {
        this.journal = journal;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.nightly = nightly;
        this.properties = properties;
    }

    public LocalDate cutoff(LocalDate night) {
        return night.minusMonths(nightly.conservationMois());
    }

    public PurgeSummary purge(LocalDate night) {
        LocalDate cutoff = cutoff(night);
        List<String> waves = wavesEndedBefore(cutoff);
        int[] counts = new int[3];
        for (String wave : waves) {
            int[] c = transaction.execute(status -> purgeWave(wave));
            for (int i = 0; i < 3; i++) {
                counts[i] += c[i];
            }
        }
        int knownCases = transaction.execute(status -> purgeKnownCases(cutoff));
        // Files go after the rows, for every purged wave, so that a run killed in between
        // deletes them next time.
        int files = 0;
        for (String wave : jdbc.queryForList("SELECT vague_id FROM purge_vague ORDER BY vague_id", String.class)) {
            files += deleteOutputFiles(properties.waveOutputDirectory(wave));
        }
        files += deleteArchivesBefore(cutoff);
        files += deleteExportRunsBefore(cutoff);
        int journalEntries = transaction.execute(status -> journal.purgeBefore(
                night.minusMonths(OperatorJournal.RETENTION_MONTHS).atStartOfDay()));
        return new PurgeSummary(waves, counts[0], counts[1], counts[2], knownCases, files, journalEntries);
    }

    private List<String> wavesEndedBefore(LocalDate cutoff) {
        return jdbc.queryForList("""
                SELECT v.id FROM vague v
                WHERE NOT EXISTS (SELECT 1 FROM purge_vague p WHERE p.vague_id = v.id)
                  AND COALESCE((SELECT MAX(d.fin) FROM dossier_appel d WHERE d.vague_id = v.id),
                               CAST(v.cree_le AS DATE)) < ?
                ORDER BY v.id""", String.class, cutoff);
    }

    private int[] purgeWave(String wave) {
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
                VALUES (?, ?, ?, ?, ?)""", wave, Timestamp.valueOf(LocalDateTime.now()), records, numbers, kept);
        return new int[] {records, numbers, kept};
    }

    /** Follow-up and "in a solution" lines older than the retention; oppositions are kept. */
    private int purgeKnownCases(LocalDate cutoff) {
        int lines = jdbc.update("""
                UPDATE cas_connu SET ine = NULL, nom = '', prenom = '',
                       date_naissance = CAST(DATE_TRUNC('YEAR', date_naissance) AS DATE)
                WHERE statut <> 'OPPOSITION' AND date_statut < ? AND nom <> ''""", cutoff);
        jdbc.update("""
                UPDATE ligne_rejetee SET contenu = '' WHERE contenu <> ''
                  AND fichier_id IN (SELECT id FROM fichier_recu WHERE type = 'CAS_CONNUS' AND debut < ?)""",
                Timestamp.valueOf(cutoff.atStartOfDay()));
        jdbc.update("""
                UPDATE ligne_rejetee SET contenu = '' WHERE contenu <> ''
                  AND fichier_id IN (SELECT id FROM fichier_recu WHERE type = 'RETOURS_PARTENAIRES' AND debut < ?)""",
                Timestamp.valueOf(cutoff.atStartOfDay()));
        return lines;
    }

    /** Call sheets, daily lists, exports and reject files of the wave; its report (figures only) stays. */
    private static int deleteOutputFiles(Path waveFolder) {
        if (!Files.isDirectory(waveFolder)) {
            return 0;
        }
        List<Path> doomed = new ArrayList<>();
        try (Stream<Path> tree = Files.walk(waveFolder)) {
            tree.filter(Files::isRegularFile)
                    .filter(p -> !waveFolder.relativize(p).startsWith("rapport"))
                    .forEach(doomed::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        doomed.forEach(PersonalDataPurge::delete);
        return doomed.size();
    }

    /** Archived inbox files are kept as received, dated by night: whole nights past the cutoff go. */
    private int deleteArchivesBefore(LocalDate cutoff) {
        List<Path> nights = new ArrayList<>();
        for (Path kindFolder : children(nightly.archives())) {
            for (Path folder : "refuses".equals(kindFolder.getFileName().toString())
                    ? children(kindFolder).stream().flatMap(k -> children(k).stream()).toList()
                    : children(kindFolder)) {
                if (isNightBefore(folder, cutoff)) {
                    nights.add(folder);
                }
            }
        }
        int deleted = 0;
        for (Path night : nights) {
            deleted += deleteTree(night);
        }
        return deleted;
    }

    /** Partner export runs ({@code sorties/exports/AAAAMMJJ-HHMMSS/}) older than the cutoff. */
    private int deleteExportRunsBefore(LocalDate cutoff) {
        int deleted = 0;
        for (Path run : children(properties.dossierSorties().resolve("exports"))) {
            String name = run.getFileName().toString();
            if (name.length() >= 8 && name.substring(0, 8).chars().allMatch(Character::isDigit)
                    && LocalDate.parse(name.substring(0, 8), java.time.format.DateTimeFormatter.BASIC_ISO_DATE).isBefore(cutoff)) {
                deleted += deleteTree(run);
            }
        }
        return deleted;
    }

    private static int deleteTree(Path root) {
        try (Stream<Path> tree = Files.walk(root)) {
            List<Path> all = tree.sorted(Comparator.reverseOrder()).toList();
            int files = (int) all.stream().filter(Files::isRegularFile).count();
            all.forEach(PersonalDataPurge::delete);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isNightBefore(Path folder, LocalDate cutoff) {
        try {
            return LocalDate.parse(folder.getFileName().toString()).isBefore(cutoff);
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static List<Path> children(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
