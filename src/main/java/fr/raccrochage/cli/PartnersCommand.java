package fr.raccrochage.cli;

import picocli.CommandLine.Command;

@Command(name = "partenaires", mixinStandardHelpOptions = true,
        description = "Annuaire des partenaires (missions locales, CIO, groupes PRIJ) et exports vers chacun d'eux.",
        synopsisHeading = "Usage : ", commandListHeading = "%nCommandes :%n", footer = ExitCodes.FOOTER,
        subcommands = {PartnerImportCommand.class, PartnerExportCommand.class, PartnerSecretCommand.class})
class PartnersCommand {
}
