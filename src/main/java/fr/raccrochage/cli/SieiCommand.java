package fr.raccrochage.cli;

import picocli.CommandLine.Command;

@Command(name = "siei", mixinStandardHelpOptions = true, description = "Listes SIEI des décrocheurs présumés.",
        synopsisHeading = "Usage : ", commandListHeading = "%nCommandes :%n", footer = ExitCodes.FOOTER,
        subcommands = SieiImportCommand.class)
class SieiCommand {
}
