package fr.raccrochage.ingestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small SIEI files for tests, in the encodings sources use. */
public final class SieiFiles {

    public static final String HEADER = "INE;NOM;PRENOM;DATE_NAISSANCE;SEXE;TEL_JEUNE;EMAIL_JEUNE;ADRESSE;CODE_POSTAL;COMMUNE;"
            + "CODE_COMMUNE;RESP1_NOM;RESP1_PRENOM;RESP1_TEL;RESP1_CODE_POSTAL;RESP1_COMMUNE;RESP2_NOM;RESP2_TEL;"
            + "RESP2_CODE_POSTAL;RESP2_COMMUNE;UAI;SOURCE";

    private SieiFiles() {
    }

    public static Path utf8WithBom(Path path, String... lines) {
        return write(path, StandardCharsets.UTF_8, true, lines);
    }

    public static Path write(Path path, Charset charset, boolean bom, String... lines) {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            String text = (bom ? "\uFEFF" : "") + String.join("\r\n", lines) + "\r\n";
            Files.write(path, text.getBytes(charset));
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A small wave with one case per rule: line numbers are those of the file (header = 1; the
     * record on line 4 spans lines 4-5).
     */
    public static Path sampleWave(Path path) {
        return utf8WithBom(path,
                HEADER,
                // 2: a complete record, commune by INSEE code
                "123456789AB;Martin;Hélène;12/03/2008;F;06 12 34 56 78;Helene.Martin@Example.org;3 rue de Paris;93200;ST DENIS;93066;"
                        + "MARTIN;Paul;01 48 20 30 40;93200;SAINT DENIS;;;;;0930123A;EN",
                // 3: no address of their own: the first guardian's commune, Paris arrondissement kept
                "1234567890C;Dupont;Jean-Baptiste;2007-01-31;M;+33 7 61 22 33 44;;;;;;DUPONT;Marie;0033612345679;75011;PARIS 11;;;;;;CFA",
                // 4-5: a quoted address spanning two lines, commune déléguée by its old name
                "1234A56789D;N'Diaye;Aminata;05/05/2009;2;0612345680;;\"Bât. B\n12, allée des Lilas\";77250;ECUELLES;;;;;;;;;;;;AGRI",
                // 6: no last name: rejected
                ";;Lucas;01/01/2008;M;0612345681;;;93800;EPINAY SUR SEINE;;;;;;;;;;;;",
                // 7: impossible date: rejected
                ";Bernard;Léa;31/02/2008;F;0612345682;;;93800;EPINAY SUR SEINE;;;;;;;;;;;;",
                // 8: out of the region, invalid phone, bad INE, too old
                "XX12;Petit;Noé;01/01/1990;H;06 12;;;69001;LYON 1ER;;;;;;;;;;;;",
                // 9: unknown commune, no phone at all
                ";Roux;Inès;15/06/2008;F;;;;99999;NULLEPART;;;;;;;;;;;;",
                // 10: residence from the second guardian
                ";Garcia;Sofia;15/06/2008;F;;;;;;;GARCIA;;;;;GARCIA;01 30 40 50 60;95000;CERGY;;");
    }
}
