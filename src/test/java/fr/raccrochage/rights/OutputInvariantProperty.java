package fr.raccrochage.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fr.raccrochage.calls.CallPlanningService;
import fr.raccrochage.calls.CallResultImportService;
import fr.raccrochage.calls.CallSheets;
import fr.raccrochage.calls.CallingPeriod;
import fr.raccrochage.calls.CallNumber;
import fr.raccrochage.core.privacy.OppositionSource;
import fr.raccrochage.core.privacy.Oppositions;
import fr.raccrochage.identity.IdentityService;
import fr.raccrochage.ingestion.SieiFiles;
import fr.raccrochage.ingestion.SieiImportService;
import fr.raccrochage.ingestion.WaveExtract;
import fr.raccrochage.partners.ExportRun;
import fr.raccrochage.partners.ExportedFile;
import fr.raccrochage.partners.PartnerDirectoryService;
import fr.raccrochage.partners.PartnerExportService;
import fr.raccrochage.partners.WaveClosingService;
import fr.raccrochage.partners.WithdrawalFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The invariant of issue 18 as a property: after any sequence of imports, call results, objections,
 * corrections, erasures and directory changes (Saint-Denis, where everyone lives, moved between two
 * missions locales and back), every output regenerated at once (call sheet, daily lists, partner
 * exports new and re-sent, withdrawal files, the Region's list) holds no young person who objected
 * or was erased (a withdrawal names them by ID_APPEL alone), no number withdrawn from a young
 * person, and every number added to an open case; a young person routed to a mission locale goes,
 * in the next export, to the one the directory gives their commune now, and the one that had them
 * is sent their withdrawal. The model below is the test's own account of what it did, not the database's.
 */
final class OutputInvariantProperty {

    private static final CallingPeriod PERIOD = new CallingPeriod(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 27));
    private static final String[] LAST = {"Aubert", "Barreau", "Carpentier", "Delorme", "Estienne", "Fauvel", "Guerin",
        "Hervieu", "Isnard", "Jourdan", "Kieffer", "Lemaitre"};
    private static final String[] FIRST = {"Anouk", "Basile", "Capucine", "Darius", "Eloise", "Faustin", "Gaspard",
        "Hortense", "Ilian", "Josephine", "Kylian", "Leonie"};
    private static final List<String> OUTCOMES = List.of("NRP", "MESSAGERIE", "FAUX_NUMERO", "NRP", "ORIENTE_ML", "REFUS",
            "OPPOSITION", "DEMENAGE", "NRP");
    private static final Path SAMPLE_DIRECTORY = Path.of("sample-data", "partenaires-idf-exemple.csv");
    private static final String SAINT_DENIS = "93066";
    private static final String PLAINE_COMMUNE = "ML-200057867";
    private static final String EST_ENSEMBLE = "ML-200057875";
    private static final String REROUTED = "l'annuaire confie désormais sa commune à ce partenaire";

    /** One young person of the model: who they are, what the test did to them. */
    private static final class Young {
        final int index;
        final String ine;
        final Set<String> withdrawn = new HashSet<>();
        final Set<String> added = new HashSet<>();
        final Set<String> phones = new HashSet<>();
        boolean opposed;
        boolean erased;
        Long person;
        /** The closing gave them to a mission locale (the routing stage's word: its rules are tested there). */
        boolean routedToMl;
        /** The mission locale that received them last and was not told to drop them since. */
        String mlHolder;

        Young(int index) {
            this.index = index;
            this.ine = "%010dK".formatted(5_000_000_000L + index);
        }

        String last() {
            return LAST[index];
        }

        String first() {
            return FIRST[index];
        }
    }

    private final Random random;
    private final String wave;
    private final Path files;
    private final Path outputs;
    private final JdbcTemplate jdbc;
    private final SieiImportService imports;
    private final IdentityService identity;
    private final CallPlanningService planning;
    private final CallResultImportService results;
    private final CallSheets sheets;
    private final WaveClosingService closing;
    private final PartnerExportService exports;
    private final Oppositions oppositions;
    private final YoungPersonRights rights;
    private final List<Young> young = new ArrayList<>();
    private final Map<Long, Young> byPerson = new HashMap<>();
    private int lists;
    private int phoneSequence = 100;
    private boolean closed;
    private boolean closedNow;
    private LocalDateTime exportClock = LocalDateTime.of(2026, 11, 28, 8, 0);
    private final PartnerDirectoryService directory;
    private final WaveExtract extract;
    /** The mission locale the test's own directory gives Saint-Denis, where every young person lives. */
    private String saintDenisMl = PLAINE_COMMUNE;
    private int directories;

    OutputInvariantProperty(long seed, Path files, Path outputs, JdbcTemplate jdbc, SieiImportService imports,
            IdentityService identity, CallPlanningService planning, CallResultImportService results, CallSheets sheets,
            WaveClosingService closing, PartnerExportService exports, Oppositions oppositions, YoungPersonRights rights,
            PartnerDirectoryService directory, WaveExtract extract) {
        this.random = new Random(seed);
        this.wave = "PROP" + seed;
        this.files = files;
        this.outputs = outputs;
        this.jdbc = jdbc;
        this.imports = imports;
        this.identity = identity;
        this.planning = planning;
        this.results = results;
        this.sheets = sheets;
        this.closing = closing;
        this.exports = exports;
        this.oppositions = oppositions;
        this.rights = rights;
        this.directory = directory;
        this.extract = extract;
    }

    void run(int steps) {
        importDirectory(PLAINE_COMMUNE);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < LAST.length; i++) {
            Young y = new Young(i);
            young.add(y);
            rows.add(row(y, newPhone(y)));
        }
        importList(rows);
        for (Young y : young) {
            y.person = jdbc.queryForObject("""
                    SELECT l.personne_id FROM siei_lien_personne l JOIN siei_enregistrement e
                    ON e.fichier_id = l.fichier_id AND e.ligne = l.ligne WHERE e.ine = ? AND l.vague_id = ?""", Long.class,
                    y.ine, wave);
            byPerson.put(y.person, y);
        }
        List<String> done = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            if (!closed && step == steps * 2 / 3) {
                closing.close(wave, PERIOD.fin().plusDays(1));
                closed = true;
                closedNow = true;
                done.add("clôture");
            } else {
                done.add(randomStep());
            }
            try {
                regenerateAndCheck();
            } catch (AssertionError e) {
                fail("Après les étapes " + done + " : " + e.getMessage(), e);
            }
        }
    }

    private String randomStep() {
        int pick = random.nextInt(closed ? 5 : 7);
        Young y = young.get(random.nextInt(young.size()));
        switch (pick) {
            case 0 -> {
                if (y.erased) {
                    return "rien";
                }
                if (random.nextBoolean()) {
                    oppositions.oppose(y.person, OppositionSource.PARTENAIRE, "liste connus p.csv ligne " + y.index);
                } else {
                    rights.oppose(y.person, OppositionSource.JEUNE, null, YoungPersonRightsTests.AGENT);
                }
                y.opposed = true;
                return "opposition " + y.index;
            }
            case 1 -> {
                if (y.erased) {
                    return "rien";
                }
                String phone = newPhone(y);
                rights.correct(y.person, new YoungPersonRights.Correction(List.of(phone), CallNumber.Owner.JEUNE,
                        List.of(), null, null, null), YoungPersonRightsTests.AGENT);
                y.added.add(phone);
                y.withdrawn.remove(phone);
                return "ajout " + y.index;
            }
            case 2 -> {
                if (y.erased || y.phones.isEmpty()) {
                    return "rien";
                }
                String phone = new ArrayList<>(y.phones).get(random.nextInt(y.phones.size()));
                rights.correct(y.person, new YoungPersonRights.Correction(List.of(), CallNumber.Owner.JEUNE,
                        List.of(phone), null, null, null), YoungPersonRightsTests.AGENT);
                y.phones.remove(phone);
                y.added.remove(phone);
                y.withdrawn.add(phone);
                return "retrait " + y.index;
            }
            case 3 -> {
                if (y.erased) {
                    return "rien";
                }
                boolean open = !jdbc.queryForList("SELECT id_appel FROM dossier_appel WHERE personne_id = ? AND statut = "
                        + "'A_APPELER'", String.class, y.person).isEmpty();
                try {
                    rights.erase(y.person, "demande", YoungPersonRightsTests.AGENT);
                    assertThat(open).as("effacement accepté avec un dossier ouvert").isFalse();
                    y.erased = true;
                    return "effacement " + y.index;
                } catch (RightsException refused) {
                    assertThat(open).as(refused.getMessage()).isTrue();
                    return "effacement refusé " + y.index;
                }
            }
            case 4 -> {
                return "annuaire (crochet)" + directoryChange();
            }
            case 5 -> {
                // A later list of the wave: a new number for them (an erased young person comes back as someone new).
                String phone = newPhone(y);
                if (y.erased) {
                    y.phones.remove(phone);
                }
                importList(List.of(row(y, phone)));
                return "liste " + y.index;
            }
            default -> {
                return callResult(y);
            }
        }
    }

    /** A new directory gives Saint-Denis to the other mission locale (back and forth). */
    private String directoryChange() {
        String next = saintDenisMl.equals(PLAINE_COMMUNE) ? EST_ENSEMBLE : PLAINE_COMMUNE;
        importDirectory(next);
        return " : Saint-Denis à " + next;
    }

    /** The sample directory, with Saint-Denis's mission locale line given to this one. */
    private void importDirectory(String ml) {
        try {
            String names = ml.equals(PLAINE_COMMUNE) ? "Mission locale Plaine Commune" : "Mission locale Est Ensemble";
            List<String> lines = Files.readAllLines(SAMPLE_DIRECTORY, StandardCharsets.UTF_8).stream()
                    .map(l -> l.equals(PLAINE_COMMUNE + ";MISSION_LOCALE;Mission locale Plaine Commune;93;" + SAINT_DENIS)
                            ? ml + ";MISSION_LOCALE;" + names + ";93;" + SAINT_DENIS : l)
                    .toList();
            Path file = files.resolve("annuaire-" + (++directories) + ".csv");
            Files.write(file, lines, StandardCharsets.UTF_8);
            directory.importFile(file);
            saintDenisMl = ml;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String callResult(Young y) {
        List<Map<String, Object>> next = jdbc.queryForList("""
                SELECT t.id_appel, t.tentative, t.prevue_le, t.numero FROM tentative_prevue t
                JOIN dossier_appel d ON d.id_appel = t.id_appel WHERE d.personne_id = ? AND d.statut = 'A_APPELER'
                ORDER BY t.tentative""", y.person);
        if (next.isEmpty()) {
            return "rien";
        }
        Map<String, Object> attempt = lower(next.get(0));
        String outcome = OUTCOMES.get(random.nextInt(OUTCOMES.size()));
        LocalDateTime at = ((java.sql.Timestamp) attempt.get("prevue_le")).toLocalDateTime();
        String number = (String) attempt.get("numero");
        Path file = write("resultats-" + (++lists) + ".csv", "ID_APPEL;TENTATIVE;DATE_APPEL;NUMERO;RESULTAT\n"
                + attempt.get("id_appel") + ";" + attempt.get("tentative") + ";" + at + ";" + number + ";" + outcome + "\n");
        results.importFile(wave, results.inspect(file));
        if ("OPPOSITION".equals(outcome)) {
            y.opposed = true;
        }
        return "résultat " + outcome + " " + y.index;
    }

    private static Map<String, Object> lower(Map<String, Object> row) {
        Map<String, Object> lower = new LinkedHashMap<>();
        row.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return lower;
    }

    private String newPhone(Young y) {
        String phone = "+3376100%04d".formatted(phoneSequence++);
        y.phones.add(phone);
        return phone;
    }

    private String row(Young y, String phone) {
        return "%s;%s;%s;%02d/04/2008;F;%s;;3 rue de Paris;93200;SAINT DENIS;93066;;;;;;;;;;;EN".formatted(y.ine, y.last(),
                y.first(), y.index + 1, phone);
    }

    private void importList(List<String> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(SieiFiles.HEADER);
        lines.addAll(rows);
        Path file = SieiFiles.utf8WithBom(files.resolve("liste-" + (++lists) + ".csv"), lines.toArray(String[]::new));
        imports.importFile(wave, imports.inspect(file), LocalDate.of(2026, 9, 1));
        identity.resolve(wave);
        planning.plan(wave, PERIOD);
    }

    private Path write(String name, String content) {
        try {
            return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- regenerate every output, then check it

    private void regenerateAndCheck() {
        List<Path> written = new ArrayList<>();
        sheets.writeSheet(wave);
        written.add(outputs.resolve("vague-" + wave).resolve("feuille-appels.csv"));
        Path waveExtract = outputs.resolve("vague-" + wave).resolve("extrait-vague.csv");
        extract.write(wave, waveExtract);
        written.add(waveExtract);
        for (LocalDate day = PERIOD.debut(); day.isBefore(PERIOD.debut().plusDays(4)); day = day.plusDays(1)) {
            sheets.writeDue(day, wave).forEach(f -> written.add(f.file()));
        }
        List<ExportRun> runs = new ArrayList<>();
        if (closed) {
            exportClock = exportClock.plusMinutes(1);
            runs.add(exports.export(wave, List.of(), exportClock));
            List<String> partners = jdbc.queryForList("SELECT DISTINCT partenaire_id FROM export_ligne ORDER BY 1",
                    String.class);
            if (!partners.isEmpty()) {
                exportClock = exportClock.plusMinutes(1);
                runs.add(exports.export(wave, partners, exportClock));
            }
            runs.forEach(r -> addRun(r, written));
        }
        if (closedNow) {
            written.add(outputs.resolve("vague-" + wave).resolve("orientation-region.csv"));
            closedNow = false;
        }
        Map<Long, List<String>> casesByPerson = new HashMap<>();
        jdbc.query("SELECT personne_id, id_appel FROM dossier_appel", rs -> {
            casesByPerson.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        Set<Path> withdrawalFiles = new HashSet<>();
        runs.forEach(r -> r.withdrawals().forEach(w -> withdrawalFiles.add(w.file())));
        for (Path file : written) {
            if (withdrawalFiles.contains(file)) {
                continue;
            }
            List<String> lines = lines(file);
            for (Young y : young) {
                checkLines(file, lines, y, casesFor(y, casesByPerson));
            }
        }
        for (Young y : young) {
            if (y.erased) {
                checkNowhere(y, casesFor(y, casesByPerson));
            }
            checkAddedNumbersOnTheSheet(y, casesByPerson.getOrDefault(y.person, List.of()));
            if (closed) {
                checkMissionLocale(y, casesFor(y, casesByPerson), runs);
            }
        }
    }

    /**
     * Whatever the directory changes: a young person routed to a mission locale goes, in the export
     * that follows, to the one the directory gives Saint-Denis now (with the reason when another had
     * them), never to another; the one that had them is sent their withdrawal; an opposed or erased
     * young person is sent to nobody, and their withdrawal carries the ID_APPEL alone.
     */
    private void checkMissionLocale(Young y, List<String> cases, List<ExportRun> runs) {
        y.routedToMl = y.routedToMl || cases.stream().anyMatch(c -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM orientation WHERE id_appel = ? AND partenaire_id LIKE 'ML-%'", Integer.class, c) > 0);
        if (!y.routedToMl) {
            return;
        }
        boolean barred = y.opposed || y.erased;
        List<String> sentNow = new ArrayList<>();
        for (ExportRun run : runs) {
            boolean next = run == runs.get(0);
            for (ExportedFile f : run.files()) {
                List<String> theirs = theirLines(lines(f.file()), y, cases);
                if (f.partnerId().startsWith("ML-") && !theirs.isEmpty()) {
                    assertThat(f.partnerId()).as("%s : le jeune %d va à %s, l'annuaire donne Saint-Denis à %s",
                            f.file().getFileName(), y.index, f.partnerId(), saintDenisMl).isEqualTo(saintDenisMl);
                    if (next) {
                        sentNow.addAll(theirs);
                    }
                }
            }
        }
        List<String> withdrawals = new ArrayList<>();
        for (ExportRun run : runs) {
            for (WithdrawalFile w : run.withdrawals()) {
                List<String> theirs = theirLines(lines(w.file()), y, cases);
                for (String line : theirs) {
                    assertThat(w.partnerId()).as("%s : retrait du jeune %d, que seul %s a", w.file().getFileName(),
                            y.index, y.mlHolder).isEqualTo(y.mlHolder);
                    if (barred) {
                        assertThat(nameless(line)).as("%s : retrait du jeune opposé ou effacé %d avec son identité : %s",
                                w.file().getFileName(), y.index, line).isTrue();
                    } else {
                        assertThat(line).as("%s : retrait du jeune %d", w.file().getFileName(), y.index)
                                .contains(y.last() + ";" + y.first());
                    }
                }
                withdrawals.addAll(theirs);
            }
        }
        boolean moved = y.mlHolder != null && !y.mlHolder.equals(saintDenisMl);
        if (moved && !y.erased) {
            assertThat(withdrawals).as("retrait du jeune %d pour %s, Saint-Denis étant à %s", y.index, y.mlHolder,
                    saintDenisMl).isNotEmpty();
        }
        if (barred) {
            y.mlHolder = moved ? null : y.mlHolder;
            return;
        }
        if (!saintDenisMl.equals(y.mlHolder)) {
            assertThat(sentNow).as("le jeune %d, orienté vers la mission locale, absent de l'export à %s", y.index,
                    saintDenisMl).isNotEmpty();
            if (moved) {
                assertThat(sentNow.get(0)).as("motif de réorientation du jeune %d", y.index).contains(REROUTED);
            }
            y.mlHolder = saintDenisMl;
        }
    }

    /** A withdrawal line by ID_APPEL alone: what a partner is told of someone who objected or was erased. */
    private static boolean nameless(String line) {
        String[] cells = line.split(";", -1);
        return cells.length > 4 && (cells[2] + cells[3] + cells[4]).isEmpty();
    }

    private static List<String> theirLines(List<String> lines, Young y, List<String> cases) {
        return lines.stream().filter(line -> cases.stream().anyMatch(line::contains) || line.contains(y.ine)
                || line.contains(y.last() + ";" + y.first())).toList();
    }

    /** Every case of the young person, and those of a later record that brought an erased young person back. */
    private List<String> casesFor(Young y, Map<Long, List<String>> casesByPerson) {
        List<String> cases = new ArrayList<>(casesByPerson.getOrDefault(y.person, List.of()));
        if (y.erased) {
            jdbc.query("""
                    SELECT d.id_appel FROM dossier_appel d JOIN siei_lien_personne l ON l.personne_id = d.personne_id
                    AND l.vague_id = d.vague_id JOIN siei_enregistrement e ON e.fichier_id = l.fichier_id AND e.ligne = l.ligne
                    WHERE e.ine = ?""", rs -> {
                        cases.add(rs.getString(1));
                    }, y.ine);
        }
        return cases;
    }

    private void checkLines(Path file, List<String> lines, Young y, List<String> cases) {
        for (String line : lines) {
            boolean theirs = cases.stream().anyMatch(line::contains) || line.contains(y.ine)
                    || line.contains(y.last() + ";" + y.first());
            if (!theirs) {
                continue;
            }
            assertThat(y.opposed || y.erased).as("%s : le jeune %d (%s) est opposé ou effacé : %s", file.getFileName(),
                    y.index, y.last(), line).isFalse();
            for (String withdrawn : y.withdrawn) {
                assertThat(line).as("%s : numéro retiré au jeune %d", file.getFileName(), y.index)
                        .doesNotContain(withdrawn).doesNotContain(display(withdrawn));
            }
        }
    }

    private void checkNowhere(Young y, List<String> cases) {
        try (Stream<Path> tree = Files.walk(outputs)) {
            for (Path file : tree.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".csv")).toList()) {
                boolean withdrawal = file.getFileName().toString().contains("_retraits_");
                for (String line : lines(file)) {
                    if (withdrawal && nameless(line)) {
                        continue;
                    }
                    assertThat(cases.stream().anyMatch(line::contains) || line.contains(y.ine)
                            || line.contains(y.last() + ";" + y.first())).as("%s garde le jeune effacé %d : %s", file,
                            y.index, line).isFalse();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkAddedNumbersOnTheSheet(Young y, List<String> cases) {
        if (y.erased || y.opposed) {
            return;
        }
        List<String> open = jdbc.queryForList("SELECT id_appel FROM dossier_appel WHERE personne_id = ? AND statut = "
                + "'A_APPELER'", String.class, y.person);
        if (open.isEmpty()) {
            return;
        }
        String sheetLine = lines(outputs.resolve("vague-" + wave).resolve("feuille-appels.csv")).stream()
                .filter(l -> l.startsWith(open.get(0) + ";")).findFirst().orElseThrow(() -> new AssertionError(
                        "dossier ouvert " + open.get(0) + " absent de la feuille"));
        for (String added : y.added) {
            assertThat(sheetLine).as("numéro ajouté au jeune %d", y.index).contains(display(added));
        }
    }

    private static void addRun(ExportRun run, List<Path> written) {
        run.files().forEach(f -> written.add(f.file()));
        run.withdrawals().forEach(w -> written.add(w.file()));
    }

    private static String display(String e164) {
        String national = "0" + e164.substring(3);
        return national.replaceAll("(\\d{2})(?=\\d)", "$1 ");
    }

    private static List<String> lines(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
