package fr.raccrochage.cli;

import picocli.CommandLine.Command;

@Command(name = "doublons", mixinStandardHelpOptions = true,
        description = "Reconnaissance d'un même jeune d'un enregistrement, d'un fichier et d'une vague à l'autre.",
        synopsisHeading = "Usage : ", commandListHeading = "%nCommandes :%n", footer = ExitCodes.FOOTER,
        subcommands = {DuplicateResolveCommand.class, DuplicateExtractCommand.class, DuplicateReviewListCommand.class,
            DuplicateDecideCommand.class, DuplicateWeightsCommand.class, DuplicateEvaluateCommand.class})
class DuplicatesCommand {
}
