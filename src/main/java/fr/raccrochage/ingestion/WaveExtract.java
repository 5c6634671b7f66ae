package fr.raccrochage.ingestion;

import static fr.raccrochage.core.SpreadsheetCells.safe;

import fr.raccrochage.core.FrenchCsvFile;
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
 */
@Service
public class WaveExtract {

    static final String[] HEADER = {"ligne", "fichier", "statut", "ine", "nom", "prenom", "date_naissance", "sexe",
        "telephones", "code_insee_residence", "commune_residence", "source_residence", "drapeaux", "motif_rejet"};

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcSieiRecordDao records;

    WaveExtract(JdbcSieiRecordDao records) {
        this.records = records;
    }

    /** @return the number of data rows written */
    public int write(String waveId, Path target) {
        return FrenchCsvFile.write(target, HEADER, csv -> {
            int[] rows = {0};
            records.forEachWaveLine(waveId, rs -> {
                csv.writeNext(row(rs), false);
                rows[0]++;
            });
            return rows[0];
        });
    }

    private static String[] row(ResultSet rs) throws SQLException {
        Date birth = rs.getDate("date_naissance");
        return new String[] {
            rs.getString("ligne"), rs.getString("fichier"), rs.getString("statut"), rs.getString("ine"),
            safe(rs.getString("nom")), safe(rs.getString("prenom")),
            birth == null ? null : birth.toLocalDate().format(FRENCH_DATE), rs.getString("sexe"),
            phones(rs.getString("tel_jeune"), rs.getString("resp1_tel"), rs.getString("resp2_tel")),
            rs.getString("code_insee_residence"), rs.getString("commune_residence"), rs.getString("source_residence"),
            rs.getString("drapeaux"), safe(rs.getString("motif_rejet"))
        };
    }

    private static String phones(String... numbers) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String number : numbers) {
            if (number != null) {
                distinct.add(number);
            }
        }
        return String.join("|", distinct);
    }
}
