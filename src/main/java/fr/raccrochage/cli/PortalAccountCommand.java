package fr.raccrochage.cli;

import picocli.CommandLine.Command;

@Command(name = "compte", mixinStandardHelpOptions = true,
        description = "Comptes du portail : PARTENAIRE (un ou plusieurs par partenaire), REGION (lecture seule, tous les "
                + "partenaires), ADMIN. Chaque compte s'active par un code à usage unique, puis mot de passe et code TOTP.",
        synopsisHeading = "Usage : ", commandListHeading = "%nCommandes :%n", footer = ExitCodes.FOOTER,
        subcommands = {PortalAccountCreateCommand.class, PortalAccountCodeCommand.class, PortalAccountDeactivateCommand.class,
            PortalAccountListCommand.class})
class PortalAccountCommand {
}
