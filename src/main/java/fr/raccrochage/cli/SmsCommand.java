package fr.raccrochage.cli;

import picocli.CommandLine.Command;

@Command(name = "sms", mixinStandardHelpOptions = true,
        description = "SMS aux jeunes avant les appels : préparation du fichier pour le prestataire, retours "
                + "(accusés de réception, réponses STOP), vérification des modèles.",
        synopsisHeading = "Usage : ", commandListHeading = "%nCommandes :%n", footer = ExitCodes.FOOTER,
        subcommands = {SmsPrepareCommand.class, SmsImportCommand.class, SmsCheckCommand.class})
class SmsCommand {
}
