package fr.raccrochage.core.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small excerpt of a COG update in the files' published formats: INSEE's {@code v_commune_2027.csv}
 * and {@code v_mvt_commune_2027.csv} (UTF-8, {@code ,}, every field quoted, as INSEE publishes them) and
 * La Poste's base officielle des codes postaux (the older Latin-1 edition with its {@code #} header, or
 * the newer UTF-8 one with lower-case headers). The communes are real (COG 2026); the 2027 change is
 * constructed, since no COG 2027 is published yet: Carnetin (77062) merged into Thorigny-sur-Marne
 * (77464) on 1 January 2027 by a fusion simple (MOD 31), its code gone from the COG.
 */
public final class CogExcerpt {

    public static final String MERGED = "77062";
    public static final String ABSORBING = "77464";

    static final String COMMUNES = """
            "TYPECOM","COM","REG","DEP","CTCD","ARR","TNCC","NCC","NCCENR","LIBELLE","CAN","COMPARENT"
            "COM","75056","11","75","75C","751","0","PARIS","Paris","Paris","7599",""
            "ARM","75101","11","75","75C","751","0","PARIS 1ER ARRONDISSEMENT","Paris 1er Arrondissement","Paris 1er Arrondissement","","75056"
            "ARM","75102","11","75","75C","751","0","PARIS 2E ARRONDISSEMENT","Paris 2e Arrondissement","Paris 2e Arrondissement","","75056"
            "COM","77155","11","77","77D","772","0","DAMPMART","Dampmart","Dampmart","7710",""
            "COM","77316","11","77","77D","773","0","MORET LOING ET ORVANNE","Moret-Loing-et-Orvanne","Moret-Loing-et-Orvanne","7715",""
            "COMD","77166","11","77","77D","773","1","ECUELLES","Écuelles","Écuelles","","77316"
            "COMD","77316","11","77","77D","773","0","MORET SUR LOING","Moret-sur-Loing","Moret-sur-Loing","","77316"
            "COM","77464","11","77","77D","772","0","THORIGNY SUR MARNE","Thorigny-sur-Marne","Thorigny-sur-Marne","7710",""
            "COM","93066","11","93","93D","932","0","SAINT DENIS","Saint-Denis","Saint-Denis","9399",""
            "COMD","93066","11","93","93D","932","0","SAINT DENIS","Saint-Denis","Saint-Denis","","93066"
            "COMD","93059","11","93","93D","932","0","PIERREFITTE SUR SEINE","Pierrefitte-sur-Seine","Pierrefitte-sur-Seine","","93066"
            """;

    static final String MOVEMENTS = """
            "MOD","DATE_EFF","TYPECOM_AV","COM_AV","TNCC_AV","NCC_AV","NCCENR_AV","LIBELLE_AV","TYPECOM_AP","COM_AP","TNCC_AP","NCC_AP","NCCENR_AP","LIBELLE_AP"
            "31","2027-01-01","COM","77062","0","CARNETIN","Carnetin","Carnetin","COM","77464","0","THORIGNY SUR MARNE","Thorigny-sur-Marne","Thorigny-sur-Marne"
            "31","2027-01-01","COM","77464","0","THORIGNY SUR MARNE","Thorigny-sur-Marne","Thorigny-sur-Marne","COM","77464","0","THORIGNY SUR MARNE","Thorigny-sur-Marne","Thorigny-sur-Marne"
            """;

    /** The older edition's header and rows, written in Latin-1 (Libellé_d_acheminement). */
    static final String POSTAL_LATIN1 = """
            #Code_commune_INSEE;Nom_de_la_commune;Code_postal;Libellé_d_acheminement;Ligne_5
            75101;PARIS 01;75001;PARIS;
            75102;PARIS 02;75002;PARIS;
            77155;DAMPMART;77400;DAMPMART;
            77316;MORET LOING ET ORVANNE;77250;MORET LOING ET ORVANNE;
            77316;MORET LOING ET ORVANNE;77250;MORET LOING ET ORVANNE;ECUELLES
            77464;THORIGNY SUR MARNE;77400;THORIGNY SUR MARNE;
            77464;THORIGNY SUR MARNE;77400;THORIGNY SUR MARNE;CARNETIN
            93066;ST DENIS;93200;ST DENIS;
            93066;ST DENIS;93210;ST DENIS;
            93066;ST DENIS;93380;PIERREFITTE SUR SEINE;PIERREFITTE SUR SEINE
            """;

    /** The newer edition: UTF-8, lower-case headers. */
    static final String POSTAL_UTF8 = POSTAL_LATIN1.replace("#Code_commune_INSEE;Nom_de_la_commune;Code_postal;Libellé_d_acheminement;Ligne_5",
            "code_commune_insee;nom_de_la_commune;code_postal;libelle_d_acheminement;ligne_5");

    private CogExcerpt() {
    }

    /** Writes the three files into {@code folder}, La Poste's in its older Latin-1 edition or its UTF-8 one. */
    public static Path write(Path folder, boolean latin1PostalCodes) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("v_commune_2027.csv"), COMMUNES.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("v_mvt_commune_2027.csv"), MOVEMENTS.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        if (latin1PostalCodes) {
            Files.writeString(folder.resolve("019HexaSmal.csv"), POSTAL_LATIN1, StandardCharsets.ISO_8859_1);
        } else {
            Files.writeString(folder.resolve("base-officielle-des-codes-postaux.csv"), POSTAL_UTF8, StandardCharsets.UTF_8);
        }
        return folder;
    }
}
