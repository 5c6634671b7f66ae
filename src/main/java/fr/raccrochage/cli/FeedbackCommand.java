package fr.raccrochage.cli;

import picocli.CommandLine.Command;

@Command(name = "retours", mixinStandardHelpOptions = true,
        description = "Retours des partenaires sur les jeunes reçus : import, bilan par partenaire et par vague, "
                + "orientations en retard.",
        synopsisHeading = "Usage : ", commandListHeading = "%nCommandes :%n", footer = ExitCodes.FOOTER,
        subcommands = {FeedbackImportCommand.class, FeedbackReportCommand.class, FeedbackOverdueCommand.class,
            FeedbackSampleCommand.class})
class FeedbackCommand {
}
