package fr.raccrochage.cli;

import picocli.CommandLine.Command;

@Command(name = "exemple", mixinStandardHelpOptions = true, description = "Données d'exemple synthétiques.",
        synopsisHeading = "Usage : ", commandListHeading = "%nCommandes :%n", footer = ExitCodes.FOOTER,
        subcommands = SampleGenerateCommand.class)
class SampleCommand {
}
