package fr.raccrochage.cli;

import picocli.CommandLine.Command;

@Command(name = "vague", mixinStandardHelpOptions = true, description = "Vagues d'appels (campagnes).",
        synopsisHeading = "Usage : ", commandListHeading = "%nCommandes :%n", footer = ExitCodes.FOOTER,
        subcommands = {WaveCreateCommand.class, WaveExtractCommand.class, WavePlanCommand.class, WaveCloseCommand.class,
            WaveStatusCommand.class, WaveListCommand.class})
class WaveCommand {
}
