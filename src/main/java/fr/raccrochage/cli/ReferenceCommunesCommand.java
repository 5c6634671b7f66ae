package fr.raccrochage.cli;

import picocli.CommandLine.Command;

@Command(name = "communes", mixinStandardHelpOptions = true,
        description = "Répertoire des communes (code officiel géographique de l'INSEE et codes postaux de La Poste).",
        synopsisHeading = "Usage : ", commandListHeading = "%nCommandes :%n", footer = ExitCodes.FOOTER,
        subcommands = {ReferenceCommunesImportCommand.class})
class ReferenceCommunesCommand {
}
