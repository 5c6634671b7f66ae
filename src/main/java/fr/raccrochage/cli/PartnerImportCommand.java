package fr.raccrochage.cli;

import fr.raccrochage.core.text.FrenchFormat;
import static fr.raccrochage.core.text.FrenchFormat.count;

import fr.raccrochage.core.RunLock;
import fr.raccrochage.partners.PartnerDirectoryService;
import fr.raccrochage.partners.PartnerDirectoryService.DirectoryImport;
import fr.raccrochage.partners.Rerouting;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "importer", mixinStandardHelpOptions = true,
        description = "Remplace l'annuaire des partenaires par celui du fichier (partenaire_id;type;nom;departement;"
                + "code_insee, type MISSION_LOCALE, CIO ou PRIJ). Un code commune inconnu, une commune hors région, une "
                + "commune revendiquée par deux missions locales (ou deux CIO, deux groupes PRIJ) sont des erreurs, "
                + "listées avec leur numéro de ligne : si le fichier en contient, rien n'est chargé. Le code d'une commune "
                + "disparue depuis (fusionnée) vaut pour la commune qu'elle est devenue ; ces lignes sont signalées (code de "
                + "sortie 6).",
        synopsisHeading = "Usage : ", parameterListHeading = "%nParamètres :%n", optionListHeading = "%nOptions :%n",
        footer = ExitCodes.FOOTER)
class PartnerImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<fichier>", description = "Fichier CSV de l'annuaire (« ; », UTF-8).")
    Path file;

    private final PartnerDirectoryService directory;
    private final RunLock lock;

    PartnerImportCommand(PartnerDirectoryService directory, RunLock lock) {
        this.directory = directory;
        this.lock = lock;
    }

    @Override
    public Integer call() {
        try (RunLock.Held held = lock.acquire()) {
            DirectoryImport result = directory.importFile(file);
            spec.commandLine().getOut().printf("%s : %s, %s ; l'annuaire précédent (%s) est remplacé.%n", result.fileName(),
                    count(result.lines(), "ligne chargée", "lignes chargées"),
                    count(result.partners(), "partenaire", "partenaires"),
                    count(result.replaced(), "ligne", "lignes"));
            printRerouting(spec.commandLine().getOut(), result.rerouting());
            if (ReferenceCommunesImportCommand.printVanished(spec.commandLine().getOut(), result.vanished())) {
                return ExitCodes.NEEDS_OPERATOR;
            }
        }
        return ExitCodes.OK;
    }

    static void printRerouting(PrintWriter out, Rerouting rerouting) {
        if (rerouting.moved() > 0) {
            out.printf("Annuaire modifié : %s vers le partenaire qui couvre désormais leur commune (envoi au prochain "
                    + "export, avec la raison) ; %s.%n", count(rerouting.moved(), "orientation réorientée", "orientations réorientées"),
                    rerouting.withdrawalsDue() == 0 ? "aucun ancien partenaire ne les avait reçues"
                            : count(rerouting.withdrawalsDue(), "retrait sera envoyé", "retraits seront envoyés")
                                    + " aux anciens partenaires qui les avaient reçues");
            rerouting.movedByChange().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> out.printf("  %s : %s%n", e.getKey(), count(e.getValue(), "jeune", "jeunes")));
        }
        if (rerouting.withoutPartner() > 0) {
            out.printf("%s sans partenaire du même type dans le nouvel annuaire pour leur commune : %s à l'ancien partenaire "
                    + "mais %s pas envoyées (à traiter par la Région).%n",
                    count(rerouting.withoutPartner(), "orientation", "orientations"),
                    rerouting.withoutPartner() > 1 ? "elles restent" : "elle reste",
                    rerouting.withoutPartner() > 1 ? "ne sont" : "n'est");
        }
        out.flush();
    }
}
