package fr.raccrochage.cli;

import picocli.CommandLine.Command;

@Command(name = "connus", mixinStandardHelpOptions = true,
        description = "Jeunes déjà connus : listes de suivi des partenaires, jeunes en solution, oppositions.",
        synopsisHeading = "Usage : ", commandListHeading = "%nCommandes :%n", footer = ExitCodes.FOOTER,
        subcommands = {KnownCaseImportCommand.class, KnownCaseEvaluateCommand.class})
class KnownCasesCommand {
}
