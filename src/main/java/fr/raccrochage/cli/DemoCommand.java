package fr.raccrochage.cli;

import fr.raccrochage.core.text.FrenchFormat;
import fr.raccrochage.calls.CallPlanningService;
import fr.raccrochage.calls.CallResultImportService;
import fr.raccrochage.sample.CallResultSimulator;
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
                + "d'un prestataire SMS synthétique, résultats d'appels simulés "
                + "pour chaque jour de la période d'appels, clôture et orientation vers les partenaires, exports, "
                + "retours synthétiques et bilan, puis le rapport de la vague. Relancer la démonstration n'ajoute rien.",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class DemoCommand implements Callable<Integer> {

    static final String DEMO_WAVE = "DEMO-2026-1";
    static final List<String> SIEI_FILES = List.of("siei-en.csv", "siei-cfa.csv");
    static final String KNOWN_FILE = "connus.csv";
    /** Fixed, so that the demo gives the same figures whenever it runs (11 November is a holiday). */
    static final CallingPeriod DEMO_PERIOD = new CallingPeriod(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 27));
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
            out.printf("%n6. Toute la période d'appels : chaque jour, la liste du jour, les résultats d'un centre "
                    + "d'appels simulé, leur import et la replanification%n");
            int days = 0;
            for (LocalDate day = DEMO_PERIOD.debut(); !day.isAfter(DEMO_PERIOD.fin()); day = day.plusDays(1)) {
                days += callDay(out, day) ? 1 : 0;
            }
            out.printf("%s d'appels simulés du %s au %s.%n", FrenchFormat.count(days, "jour", "jours"),
                    WavePlanCommand.FRENCH_DATE.format(DEMO_PERIOD.debut()), WavePlanCommand.FRENCH_DATE.format(DEMO_PERIOD.fin()));
            CallResultImportCommand.print(out, DEMO_WAVE, results.status(DEMO_WAVE));
            out.printf("%n7. Fin de la période d'appels%n");
            partners.run(out, DEMO_WAVE, DEMO_PERIOD.fin().plusDays(1));
            out.printf("%nRapport de la vague%n");
            ReportCommand.print(out, "Vague " + DEMO_WAVE, reports.writeWave(DEMO_WAVE, LocalDate.now()));
        }
        return ExitCodes.OK;
    }

    /**
     * One calling day: its due list, the simulated call centre's results, their import (taken the
     * evening of that day). Returns false for a day without attempts (Sunday, holiday).
     */
    private boolean callDay(PrintWriter out, LocalDate day) {
        Path calls = results(day);
        if (!Files.exists(calls)) {
            // Simulated once: a re-run imports the same file again, which adds nothing.
            List<CallSheets.DueFile> due = sheets.writeDue(day, DEMO_WAVE);
            if (due.isEmpty() || due.get(0).attempts() == 0) {
                return false;
            }
            new CallResultSimulator(SIMULATION_SEED).simulate(due.get(0).file(), calls);
        }
        CallResultImportService.Intake evening = new CallResultImportService.Intake(day.atTime(21, 0), false);
        CallResultImportCommand.print(out, results.importFile(DEMO_WAVE, results.inspect(calls), evening));
        return true;
    }

    private Path results(LocalDate day) {
        return properties.waveOutputDirectory(DEMO_WAVE).resolve("resultats-simules").resolve("resultats-" + day + ".csv");
    }
}
