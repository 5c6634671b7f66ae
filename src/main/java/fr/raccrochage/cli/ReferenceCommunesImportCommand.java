package fr.raccrochage.cli;

import static fr.raccrochage.core.text.FrenchFormat.count;

import fr.raccrochage.core.commune.CommuneDisappearance;
import fr.raccrochage.core.reference.CommuneReferenceService;
import fr.raccrochage.core.reference.CommuneReferenceService.CogImport;
import fr.raccrochage.partners.PartnerDirectoryService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "importer", mixinStandardHelpOptions = true,
        description = "Remplace le répertoire des communes par le code officiel géographique d'une année, tel que "
                + "l'INSEE et La Poste le publient, tous trois dans le dossier : v_commune_AAAA.csv (communes), "
                + "v_mvt_commune_AAAA.csv (historique : fusions, communes nouvelles, changements de code) et la base "
                + "officielle des codes postaux (019HexaSmal.csv ou laposte_hexasmal.csv). Un fichier manquant, illisible "
                + "ou une ligne erronée : rien n'est chargé. Un code d'une commune fusionnée depuis mène ensuite à la "
                + "commune d'aujourd'hui ; les lignes de l'annuaire des partenaires dont la commune a disparu sont listées "
                + "(code de sortie 6).",
        synopsisHeading = "Usage : ", parameterListHeading = "%nParamètres :%n", optionListHeading = "%nOptions :%n",
        footer = ExitCodes.FOOTER)
class ReferenceCommunesImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<dossier>", description = "Dossier contenant les trois fichiers publiés.")
    Path folder;

    private final CommuneReferenceService reference;
    private final PartnerDirectoryService partners;

    ReferenceCommunesImportCommand(CommuneReferenceService reference, PartnerDirectoryService partners) {
        this.reference = reference;
        this.partners = partners;
    }

    @Override
    public Integer call() {
        CogImport result = reference.importFolder(folder);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Code officiel géographique %d importé : %s, %s ; codes postaux : %s.%n", result.version().cogYear(),
                count(result.version().communes(), "commune", "communes"),
                count(result.version().movements(), "mouvement", "mouvements"), result.version().postalEdition());
        if (!result.added().isEmpty()) {
            out.printf("%s : %s.%n", count(result.added().size(), "code apparu", "codes apparus"),
                    shortList(result.added()));
        }
        for (CommuneDisappearance gone : result.merged()) {
            out.printf("Commune %s (%s) %s : ses adresses y mènent désormais.%n", gone.code(), gone.name(), gone.describe());
        }
        if (!result.removedWithoutSuccessor().isEmpty()) {
            out.printf("%s sans successeur dans l'historique : %s.%n",
                    count(result.removedWithoutSuccessor().size(), "code disparu", "codes disparus"),
                    shortList(result.removedWithoutSuccessor()));
        }
        if (!result.postalCodesForUnknownCommunes().isEmpty()) {
            out.printf("La base des codes postaux cite %s absent(s) du code officiel géographique, ignoré(s) : %s.%n",
                    count(result.postalCodesForUnknownCommunes().size(), "code commune", "codes commune"),
                    shortList(result.postalCodesForUnknownCommunes()));
        }
        List<String> vanished = partners.vanishedCommunes(result.directory());
        out.flush();
        return printVanished(out, vanished) ? ExitCodes.NEEDS_OPERATOR : ExitCodes.OK;
    }

    /** The first codes, then "…": a first import from the shipped COG may change thousands. */
    private static String shortList(Collection<String> codes) {
        return String.join(", ", codes.stream().limit(10).toList()) + (codes.size() > 10 ? ", …" : "");
    }

    /** The directory rows whose commune disappeared; true when there are some (the operator updates the directory). */
    static boolean printVanished(PrintWriter out, List<String> vanished) {
        if (vanished.isEmpty()) {
            return false;
        }
        out.printf("Annuaire des partenaires : %s désigne(nt) une commune disparue du code officiel géographique ; "
                + "elles couvrent la commune qu'elle est devenue, mettez l'annuaire à jour (partenaires importer) :%n",
                count(vanished.size(), "ligne", "lignes"));
        vanished.forEach(line -> out.printf("  %s%n", line));
        out.flush();
        return true;
    }
}
