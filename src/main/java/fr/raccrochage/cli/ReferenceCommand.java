package fr.raccrochage.cli;

import picocli.CommandLine.Command;

@Command(name = "referentiel", mixinStandardHelpOptions = true,
        description = "Données de référence : code officiel géographique (communes, historique, codes postaux) en vigueur.",
        synopsisHeading = "Usage : ", commandListHeading = "%nCommandes :%n", footer = ExitCodes.FOOTER,
        subcommands = {ReferenceCommunesCommand.class, ReferenceStateCommand.class})
class ReferenceCommand {
}
