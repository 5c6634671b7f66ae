package fr.raccrochage.cli;

import picocli.CommandLine.Option;

/** {@code --feuille}: which sheet of an {@code .xlsx} workbook to read, for every import command. */
class SheetOption {

    @Option(names = "--feuille", paramLabel = "<nom>",
            description = "Feuille à lire dans un classeur .xlsx qui en a plusieurs (par défaut : sa seule feuille).")
    String sheet;

    String sheet() {
        return sheet;
    }
}
