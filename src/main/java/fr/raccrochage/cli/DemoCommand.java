package fr.raccrochage.cli;

import fr.raccrochage.core.text.FrenchFormat;
import fr.raccrochage.calls.CallPlanningService;
import fr.raccrochage.calls.CallResultImportService;
import fr.raccrochage.calls.CallResultSimulator;
import fr.raccrochage.calls.CallSheets;
import fr.raccrochage.calls.CallingPeriod;
import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.RunLock;
import fr.raccrochage.identity.IdentityService;
import fr.raccrochage.identity.KnownCaseImportService;
import fr.raccrochage.reporting.ReportService;
import fr.raccrochage.ingestion.SieiFileFormat;
import fr.raccrochage.ingestion.SieiImportService;
import fr.raccrochage.ingestion.WaveExtract;
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
                + "jeunes déjà connus (connus.csv), extraction, planification des appels, SMS avant les appels et retours "
                + "d'un prestataire SMS synthétique, trois jours de résultats "
                + "d'appels simulés, appels du jour suivant, clôture et orientation vers les partenaires, exports, "
                + "retours synthétiques et bilan, puis le rapport de la vague. Relancer la démonstration n'ajoute rien.",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class DemoCommand implements Callable<Integer> {

    static final String DEMO_WAVE = "DEMO-2026-1";
    static final List<String> SIEI_FILES = List.of("siei-en.csv", "siei-cfa.csv");
    static final String KNOWN_FILE = "connus.csv";
    /** Fixed, so that the demo gives the same figures whenever it runs (11 November is a holiday). */
    static final CallingPeriod DEMO_PERIOD = new CallingPeriod(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 27));
    static final int SIMULATED_DAYS = 3;
    static final long SIMULATION_SEED = 2026;

    @Spec
    CommandSpec spec;

    @Option(names = "--donnees-exemple", paramLabel = "<dossier>", description = "Dossier des données d'exemple (défaut : ${DEFAULT-VALUE}).")
    Path sampleData = Path.of("sample-data", "vague-exemple");

    private final SieiImportService imports;
    private final IdentityService identity;
    private final WaveExtract extract;
    private final RunLock lock;
    private final RaccrochageProperties properties;
    private final CallPlanningService planning;
    private final CallResultImportService results;
    private final CallSheets sheets;
    private final KnownCaseImportService knownCases;
    private final PartnersDemoSteps partners;
    private final ReportService reports;
    private final SmsDemoStep sms;

    DemoCommand(SieiImportService imports, IdentityService identity, WaveExtract extract, RunLock lock,
            RaccrochageProperties properties, CallPlanningService planning, CallResultImportService results,
            CallSheets sheets, KnownCaseImportService knownCases, PartnersDemoSteps partners, ReportService reports,
            SmsDemoStep sms) {
        this.sms = sms;
        this.knownCases = knownCases;
        this.partners = partners;
        this.reports = reports;
        this.planning = planning;
        this.results = results;
        this.sheets = sheets;
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
            out.printf("%n3. Jeunes déjà connus (listes des partenaires, oppositions)%n");
            KnownCaseImportCommand.print(out, knownCases.importFile(sampleData.resolve(KNOWN_FILE)));
            Path extraction = properties.waveOutputDirectory(DEMO_WAVE).resolve("extraction.csv");
            int rows = extract.write(DEMO_WAVE, extraction);
            out.printf("%n4. Extraction de la vague%n%s enregistrements écrits dans %s%n", FrenchFormat.number(rows), extraction);
            out.printf("%n5. Planification des appels%n");
            WavePlanCommand.print(out, DEMO_WAVE, planning.plan(DEMO_WAVE, DEMO_PERIOD));
            sms.run(out, DEMO_WAVE, DEMO_PERIOD);
            out.printf("%n6. Résultats d'appels simulés (centre d'appels synthétique)%n");
            LocalDate day = DEMO_PERIOD.debut();
            for (int i = 0; i < SIMULATED_DAYS; i++, day = day.plusDays(1)) {
                Path calls = results(day);
                if (!Files.exists(calls)) {
                    // Simulated once: a re-run imports the same file again, which adds nothing.
                    CallSheets.DueFile due = sheets.writeDue(day, DEMO_WAVE).get(0);
                    new CallResultSimulator(SIMULATION_SEED).simulate(due.file(), calls);
                }
                CallResultImportCommand.print(out, results.importFile(DEMO_WAVE, results.inspect(calls)));
            }
            CallResultImportCommand.print(out, DEMO_WAVE, results.status(DEMO_WAVE));
            out.printf("%n7. Appels du jour suivant%n");
            CallSheets.DueFile next = sheets.writeDue(day, DEMO_WAVE).get(0);
            out.printf("%s prévues le %s, écrites dans %s%n", FrenchFormat.count(next.attempts(), "tentative", "tentatives"),
                    WavePlanCommand.FRENCH_DATE.format(day), next.file());
            partners.run(out, DEMO_WAVE);
            out.printf("%nRapport de la vague%n");
            ReportCommand.print(out, "Vague " + DEMO_WAVE, reports.writeWave(DEMO_WAVE, LocalDate.now()));
        }
        return ExitCodes.OK;
    }

    private Path results(LocalDate day) {
        return properties.waveOutputDirectory(DEMO_WAVE).resolve("resultats-simules").resolve("resultats-" + day + ".csv");
    }
}
