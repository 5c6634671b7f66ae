package fr.raccrochage.cli;

import static fr.raccrochage.core.text.FrenchFormat.count;

import fr.raccrochage.core.reference.CommuneReferenceService;
import fr.raccrochage.core.reference.ReferenceFile;
import fr.raccrochage.core.reference.ReferenceVersion;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@DatabaseAccess(DatabaseAccess.Mode.READS_ONLY)
@Command(name = "etat", mixinStandardHelpOptions = true,
        description = "Version en vigueur du répertoire des communes : millésime du code officiel géographique, édition "
                + "des codes postaux, date d'import, fichiers et leurs empreintes SHA-256. Ne modifie rien.",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class ReferenceStateCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    @Spec
    CommandSpec spec;

    private final CommuneReferenceService reference;

    ReferenceStateCommand(CommuneReferenceService reference) {
        this.reference = reference;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ReferenceVersion version = reference.current().orElseThrow(() -> new IllegalStateException("no referentiel_version row"));
        out.printf("Code officiel géographique en vigueur : millésime %d, %s, %s.%n", version.cogYear(),
                count(version.communes(), "commune", "communes"), count(version.movements(), "mouvement", "mouvements"));
        out.printf("Codes postaux : %s.%n", version.postalEdition());
        if (version.shipped()) {
            out.printf("Origine : %s ; aucun import (raccrochage referentiel communes importer <dossier>).%n", version.origin());
        } else {
            out.printf("Importé le %s depuis %s.%n", version.importedAt().format(WHEN), version.origin());
            for (ReferenceFile file : version.files()) {
                out.printf("  %s : %s, %s, %s, SHA-256 %s%n", file.role().label(), file.name(), file.encoding(),
                        count(file.lines(), "ligne", "lignes"), file.sha256());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
