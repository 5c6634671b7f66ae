package fr.raccrochage.ingestion;

import static fr.raccrochage.core.SpreadsheetCells.safe;

import fr.raccrochage.core.FrenchCsvFile;
import fr.raccrochage.core.privacy.OutputGate;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * {@code vague extraire}: what was stored for a wave, one row per SIEI data record (accepted or
 * rejected), in file and line order. Streams from the database; the file appears whole or not at all.
 *
 * <p>It asks the {@link OutputGate} last, like every output: the line of a young person who
 * objected or was erased stays (the figures still add up) but says {@value #SET_ASIDE} and carries
 * nothing of them, and a number withdrawn by a rectification is left out.
 */
@Service
public class WaveExtract {

    static final String[] HEADER = {"ligne", "fichier", "statut", "ine", "nom", "prenom", "date_naissance", "sexe",
        "telephones", "code_insee_residence", "commune_residence", "source_residence", "drapeaux", "motif_rejet"};
    static final String SET_ASIDE = "ECARTE";
    static final String SET_ASIDE_REASON = "opposition ou effacement enregistré : données non reproduites";

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcSieiRecordDao records;
    private final OutputGate gate;

    WaveExtract(JdbcSieiRecordDao records, OutputGate gate) {
        this.records = records;
        this.gate = gate;
    }

    /** @return the number of data rows written */
    public int write(String waveId, Path target) {
        OutputGate.WaveRecords facts = gate.waveRecords(waveId);
        return FrenchCsvFile.write(target, HEADER, csv -> {
            int[] rows = {0};
            records.forEachWaveLine(waveId, rs -> {
                long fileId = rs.getLong("fichier_id");
                int line = rs.getInt("ligne");
                csv.writeNext(facts.barred(fileId, line) ? setAside(rs) : row(rs, fileId, line, facts), false);
                rows[0]++;
            });
            return rows[0];
        });
    }

    private static String[] row(ResultSet rs, long fileId, int line, OutputGate.WaveRecords facts) throws SQLException {
        Date birth = rs.getDate("date_naissance");
        return new String[] {
            rs.getString("ligne"), rs.getString("fichier"), rs.getString("statut"), rs.getString("ine"),
            safe(rs.getString("nom")), safe(rs.getString("prenom")),
            birth == null ? null : birth.toLocalDate().format(FRENCH_DATE), rs.getString("sexe"),
            phones(fileId, line, facts, rs.getString("tel_jeune"), rs.getString("resp1_tel"), rs.getString("resp2_tel")),
            rs.getString("code_insee_residence"), rs.getString("commune_residence"), rs.getString("source_residence"),
            rs.getString("drapeaux"), safe(rs.getString("motif_rejet"))
        };
    }

    private static String[] setAside(ResultSet rs) throws SQLException {
        return new String[] {rs.getString("ligne"), rs.getString("fichier"), SET_ASIDE, null, null, null, null, null,
            null, null, null, null, null, SET_ASIDE_REASON};
    }

    private static String phones(long fileId, int line, OutputGate.WaveRecords facts, String... numbers) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String number : numbers) {
            if (number != null && !facts.withdrawn(fileId, line, number)) {
                distinct.add(number);
            }
        }
        return String.join("|", distinct);
    }
}
