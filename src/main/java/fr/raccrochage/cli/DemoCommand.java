package fr.raccrochage.cli;

import fr.raccrochage.core.text.FrenchFormat;
import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.RunLock;
import fr.raccrochage.identity.IdentityService;
import fr.raccrochage.identity.KnownCaseImportService;
import fr.raccrochage.ingestion.SieiFileFormat;
import fr.raccrochage.ingestion.SieiImportService;
import fr.raccrochage.ingestion.WaveExtract;
import fr.raccrochage.reporting.ReportService;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Déroule toute la chaîne disponible sur les données d'exemple (sample-data/) dans la vague "
                + "DEMO-2026-1 : import des listes SIEI, rattachement des enregistrements aux jeunes (doublons), "
                + "import des jeunes déjà connus (connus.csv), extraction de ce qui a été enregistré, clôture et "
                + "orientation vers les partenaires, exports, retours synthétiques et bilan ; termine par le rapport "
                + "de la vague. Relancer la "
                + "démonstration n'ajoute rien.",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class DemoCommand implements Callable<Integer> {

    static final String DEMO_WAVE = "DEMO-2026-1";
    static final List<String> SIEI_FILES = List.of("siei-en.csv", "siei-cfa.csv");
    static final String KNOWN_FILE = "connus.csv";

    @Spec
    CommandSpec spec;

    @Option(names = "--donnees-exemple", paramLabel = "<dossier>", description = "Dossier des données d'exemple (défaut : ${DEFAULT-VALUE}).")
    Path sampleData = Path.of("sample-data", "vague-exemple");

    private final SieiImportService imports;
    private final IdentityService identity;
    private final WaveExtract extract;
    private final RunLock lock;
    private final RaccrochageProperties properties;
    private final ReportService reports;
    private final PartnersDemoSteps partners;
    private final KnownCaseImportService knownCases;

    DemoCommand(SieiImportService imports, IdentityService identity, WaveExtract extract, RunLock lock,
            RaccrochageProperties properties, KnownCaseImportService knownCases, PartnersDemoSteps partners,
            ReportService reports) {
        this.knownCases = knownCases;
        this.partners = partners;
        this.reports = reports;
        this.imports = imports;
        this.identity = identity;
        this.extract = extract;
        this.lock = lock;
        this.properties = properties;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Démonstration sur %s, vague %s%n%n1. Import des listes SIEI%n", sampleData, DEMO_WAVE);
        try (RunLock.Held held = lock.acquire()) {
            for (String name : SIEI_FILES) {
                SieiFileFormat format = imports.inspect(sampleData.resolve(name));
                SieiImportCommand.print(out, imports.importFile(DEMO_WAVE, format, LocalDate.now()), format);
            }
            out.printf("%n2. Rattachement aux jeunes (doublons)%n");
            DuplicateResolveCommand.print(out, DEMO_WAVE, identity.resolve(DEMO_WAVE));
            Path known = sampleData.resolve(KNOWN_FILE);
            if (Files.isRegularFile(known)) {
                out.printf("%n3. Jeunes déjà connus (listes des partenaires, oppositions)%n");
                KnownCaseImportCommand.print(out, knownCases.importFile(known));
            }
            Path extraction = properties.waveOutputDirectory(DEMO_WAVE).resolve("extraction.csv");
            int rows = extract.write(DEMO_WAVE, extraction);
            out.printf("%n4. Extraction de la vague%n%s enregistrements écrits dans %s%n", FrenchFormat.number(rows), extraction);
            partners.run(out, DEMO_WAVE);
            // Last step of the demo, whatever steps come before it: the wave's report.
            out.printf("%nRapport de la vague%n");
            ReportCommand.print(out, "Vague " + DEMO_WAVE, reports.writeWave(DEMO_WAVE, LocalDate.now()));
        }
        return ExitCodes.OK;
    }
}
