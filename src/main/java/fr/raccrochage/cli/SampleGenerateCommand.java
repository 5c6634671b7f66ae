package fr.raccrochage.cli;

import fr.raccrochage.core.text.FrenchFormat;
import static fr.raccrochage.core.text.FrenchFormat.number;

import fr.raccrochage.sample.SampleReport;
import fr.raccrochage.sample.SampleRequest;
import fr.raccrochage.sample.SieiSampleGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@DatabaseAccess(DatabaseAccess.Mode.READS_ONLY)
@Command(name = "generer", mixinStandardHelpOptions = true,
        description = "Génère des listes SIEI synthétiques réalistes (aucune donnée réelle), identiques pour une même "
                + "graine : siei-en.csv (UTF-8 avec BOM, « ; »), siei-cfa.csv (Windows-1252, « , »), connus.csv "
                + "(cas déjà connus), et les fichiers de vérité (verite.csv : quels enregistrements sont la même personne).",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class SampleGenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--personnes", required = true, paramLabel = "<n>", description = "Nombre de jeunes distincts.")
    int persons;

    @Option(names = "--graine", required = true, paramLabel = "<s>", description = "Graine du tirage aléatoire.")
    long seed;

    @Option(names = "--sortie", required = true, paramLabel = "<dossier>", description = "Dossier où écrire les fichiers.")
    Path output;

    @Option(names = "--date-reference", paramLabel = "<AAAA-MM-JJ>", description = "Date à laquelle les âges sont tirés (défaut : ${DEFAULT-VALUE}).")
    LocalDate referenceDate = LocalDate.of(2026, 9, 1);

    @Option(names = "--sans-identifiant", description = "Variante sans identifiant : noms, date de naissance et "
            + "adresse libre seulement (ni INE, ni téléphone, ni courriel, ni responsables), adresses abrégées ou "
            + "avec fautes, jusqu'à cinq enregistrements par jeune, homonymes plus nombreux.")
    boolean withoutIdentifiers;

    @Override
    public Integer call() throws IOException {
        if (persons < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--personnes doit être au moins 1.");
        }
        SampleReport report = new SieiSampleGenerator().generate(new SampleRequest(persons, seed, output, referenceDate,
                withoutIdentifiers));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s jeunes, %s enregistrements (dont %s doublons et %s lignes invalides) écrits dans %s :%n",
                number(report.persons()), number(report.records()), number(report.duplicateRecords()),
                number(report.badLines()), output);
        report.files().forEach(file -> out.printf("  %s%n", file.getFileName()));
        return ExitCodes.OK;
    }
}
