package fr.raccrochage.identity;

import fr.raccrochage.core.FrenchCsvFile;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.springframework.stereotype.Service;

/**
 * {@code doublons extraire}: one row per SIEI record of the wave with its person and why, in file
 * and line order. The file appears whole or not at all.
 */
@Service
public class DuplicateExtract {

    static final String[] HEADER = {"ligne", "fichier", "personne_id", "decision", "score", "motif", "points"};

    private final JdbcIdentityDao links;
    private final PairReview review;

    public DuplicateExtract(JdbcIdentityDao links, PairReview review) {
        this.links = links;
        this.review = review;
    }

    /**
     * What was written, in the words the console uses.
     *
     * @param rows the data rows, one per record
     * @param flagged the rows whose decision is DOUBLON_POSSIBLE (records)
     * @param pendingPairs the wave's possible duplicates, in pairs of young people ({@link PairReview#pendingDuplicates})
     */
    public record Written(int rows, int flagged, int pendingPairs) {
    }

    /** Writes the extract and counts its DOUBLON_POSSIBLE lines next to the pairs they belong to. */
    public Written writeCounted(String waveId, Path target) {
        int[] flagged = {0};
        int rows = write(waveId, target, flagged);
        return new Written(rows, flagged[0], review.pendingDuplicates(waveId));
    }

    /** @return the number of data rows written */
    public int write(String waveId, Path target) {
        return write(waveId, target, new int[1]);
    }

    private int write(String waveId, Path target, int[] flagged) {
        return FrenchCsvFile.write(target, HEADER, csv -> {
            int[] rows = {0};
            links.forEachLinkOfWave(waveId, rs -> {
                if (Decision.DOUBLON_POSSIBLE.name().equals(rs.getString("decision"))) {
                    flagged[0]++;
                }
                BigDecimal score = rs.getBigDecimal("score");
                csv.writeNext(new String[] {rs.getString("ligne"), rs.getString("fichier"),
                    rs.getString("personne_id"), rs.getString("decision"),
                    score == null ? "" : score.toPlainString().replace('.', ','), rs.getString("motif"),
                    Contributions.waterfall(rs.getString("detail"))}, false);
                rows[0]++;
            });
            return rows[0];
        });
    }
}
