package fr.raccrochage.cli;

import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "raccrochage", mixinStandardHelpOptions = true, resourceBundle = "fr.raccrochage.cli.messages", version = "raccrochage 0.1.0",
        description = "Campagnes d'appels aux décrocheurs présumés : import des listes SIEI, "
                + "dédoublonnage, fiches d'appels, orientation vers les partenaires, exports et bilans.",
        commandListHeading = "%nCommandes :%n",
        synopsisHeading = "Usage : ",
        optionListHeading = "%nOptions :%n",
        footer = {"%nAide d'une commande : raccrochage aide <commande>", ExitCodes.FOOTER})
class RaccrochageCommand {

    /**
     * The top-level commands, in the help's order. Not in {@code @Command(subcommands)}: picocli
     * would build them all for every line; {@link CommandTree} builds what a line needs.
     */
    static final List<Class<?>> COMMANDS = List.of(SieiCommand.class, WaveCommand.class, DuplicatesCommand.class,
            KnownCasesCommand.class, CallsCommand.class, PartnersCommand.class, FeedbackCommand.class,
            YoungPersonCommand.class, ReportCommand.class, ReferenceCommand.class, NightCommand.class, SmsCommand.class, SampleCommand.class,
            PortalCommand.class, DemoCommand.class, HelpSubcommand.class);
}
