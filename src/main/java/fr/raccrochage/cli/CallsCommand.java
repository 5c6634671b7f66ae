package fr.raccrochage.cli;

import picocli.CommandLine.Command;

@Command(name = "appels", mixinStandardHelpOptions = true,
        description = "Résultats d'appels du centre d'appels et tentatives du jour.",
        synopsisHeading = "Usage : ", commandListHeading = "%nCommandes :%n", footer = ExitCodes.FOOTER,
        subcommands = {CallResultImportCommand.class, CallsDueCommand.class})
class CallsCommand {
}
