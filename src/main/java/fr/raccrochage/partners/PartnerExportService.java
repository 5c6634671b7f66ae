package fr.raccrochage.partners;

import static fr.raccrochage.core.SpreadsheetCells.safe;

import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.commune.Commune;
import fr.raccrochage.core.commune.CommuneDirectory;
import fr.raccrochage.core.privacy.OperatorJournal;
import fr.raccrochage.core.privacy.OutputGate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code partenaires exporter}: one file per partner per run with the young people routed to it
 * and not sent yet (or re-sent on request), a manifest, and the journal of every row sent.
 */
@Service
public class PartnerExportService {

    private static final Logger log = LoggerFactory.getLogger(PartnerExportService.class);

    /** The referrals an export picks from ({@code orientation} joined to its case). */
    record Pending(String idAppel, String partnerId, String motif, LocalDate date, LocalDate deadline, String codeInsee,
            String waveId, long personId, String source, boolean sent) {
    }

    /** Thrown for a --renvoyer value that names neither a partner nor a case. */
    public static class UnknownResendException extends IllegalArgumentException {
        public UnknownResendException(String value) {
            super("« " + value + " » n'est ni un partenaire de l'annuaire ni un ID_APPEL orienté.");
        }
    }

    /** One referral already sent to a partner, with the cells its export carries, as the data stands now. */
    public record SentRow(String idAppel, String waveId, long personId, List<String> cells) {
    }

    /** What a partner's export carries now, for the portal: its header and the referrals sent to it. */
    public record SentRows(List<String> header, List<SentRow> rows) {
    }

    static final String MANIFEST = ExportManifest.NAME;
    static final String[] MANIFEST_HEADER = ExportManifest.HEADER;
    private static final DateTimeFormatter RUN_FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcExportDao exports;
    private final JdbcYoungPeopleDao people;
    private final PartnerDirectoryService directories;
    private final CommuneDirectory communes;
    private final RaccrochageProperties properties;
    private final OutputGate gate;
    private final OperatorJournal journal;
    private final JdbcDirectoryChangeDao changes;
    private final Withdrawals withdrawals;
    private final PartnerArchives archives;

    public PartnerExportService(JdbcExportDao exports, JdbcYoungPeopleDao people, PartnerDirectoryService directories,
            CommuneDirectory communes, RaccrochageProperties properties, OutputGate gate, OperatorJournal journal,
            JdbcDirectoryChangeDao changes, Withdrawals withdrawals, PartnerArchives archives) {
        this.gate = gate;
        this.journal = journal;
        this.exports = exports;
        this.people = people;
        this.directories = directories;
        this.communes = communes;
        this.properties = properties;
        this.changes = changes;
        this.withdrawals = withdrawals;
        this.archives = archives;
    }

    /**
     * @param waveId only this wave's referrals, or null for every wave
     * @param resend partner ids or ID_APPEL whose referrals are sent again even if already sent
     */
    @Transactional
    public ExportRun export(String waveId, List<String> resend, LocalDateTime now) {
        return export(waveId, resend, now, OperatorJournal.osUser(), OperatorJournal.Channel.CLI);
    }

    /** The same, journaled under this operator and channel (one entry per file, one per case re-sent by id). */
    @Transactional
    public ExportRun export(String waveId, List<String> resend, LocalDateTime now, String operator,
            OperatorJournal.Channel channel) {
        PartnerDirectory directory = directories.current();
        List<Pending> pending = pending(waveId);
        checkResend(resend, pending, directory);
        // Asked last, at the row selection: an opposed or erased young person's referrals are held.
        Set<Long> barred = gate.barred(pending.stream().map(Pending::personId).toList());
        pending = pending.stream().filter(p -> !barred.contains(p.personId())).toList();
        Set<String> again = new LinkedHashSet<>(resend);
        Map<String, List<Pending>> byPartner = new LinkedHashMap<>();
        int withheld = 0;
        for (Pending p : pending) {
            boolean resent = again.contains(p.partnerId()) || again.contains(p.idAppel());
            if (p.sent() && !resent) {
                continue;
            }
            // The guard of "nobody else's": a row goes out only if the directory, as it stands, gives this partner.
            if (!directory.covers(p.partnerId(), p.codeInsee())) {
                withheld++;
                continue;
            }
            byPartner.computeIfAbsent(p.partnerId(), id -> new ArrayList<>()).add(p);
        }
        if (byPartner.isEmpty() && !withdrawals.pending(waveId)) {
            return new ExportRun(null, null, List.of(), withheld);
        }
        Path run = runDirectory(now);
        discardUnlessCommitted(run);
        List<ExportedFile> files = new ArrayList<>();
        Map<String, Map<Long, YoungPerson>> peopleByWave = new HashMap<>();
        Map<String, Map<String, List<String>>> phonesByWave = new HashMap<>();
        for (Map.Entry<String, List<Pending>> entry : byPartner.entrySet()) {
            Partner partner = directory.partner(entry.getKey()).orElseThrow();
            files.add(exportTo(partner, entry.getValue(), waveId, run, now, again, peopleByWave, phonesByWave));
        }
        List<WithdrawalFile> withdrawn = withdrawals.write(waveId, directory, run, now);
        Path manifest = ExportManifest.write(run, files, withdrawn);
        log.info("Export {} : {} fichiers, {} lignes, {} orientations retenues (hors communes du partenaire), {} retraits",
                run, files.size(), files.stream().mapToInt(ExportedFile::rows).sum(), withheld, withdrawn.size());
        journal(files, byPartner, again, operator, channel);
        return new ExportRun(run, manifest, files, withheld, withdrawn);
    }

    private ExportedFile exportTo(Partner partner, List<Pending> rows, String waveId, Path run, LocalDateTime now,
            Set<String> again, Map<String, Map<Long, YoungPerson>> peopleByWave,
            Map<String, Map<String, List<String>>> phonesByWave) {
        Set<String> waves = new LinkedHashSet<>();
        rows.forEach(r -> waves.add(r.waveId()));
        String waveLabel = waveId != null ? waveId : waves.size() == 1 ? waves.iterator().next() : "plusieurs";
        Path file = run.resolve("%s_vague-%s_%s.csv".formatted(fileSafe(partner.id()), fileSafe(waveLabel), now.toLocalDate()));
        List<String[]> lines = new ArrayList<>(rows.size());
        OutputGate.WithdrawnNumbers withdrawn = gate.withdrawnNumbers(rows.stream().map(Pending::personId).toList());
        Map<String, LocalDate> reroutedOn = changes.reroutedTo(partner.id());
        for (Pending p : rows) {
            YoungPerson person = peopleByWave.computeIfAbsent(p.waveId(), people::ofWave).get(p.personId());
            List<String> phones = phonesByWave.computeIfAbsent(p.waveId(), people::usablePhones).get(p.idAppel());
            if (person != null && phones == null) {
                phones = person.sieiPhones();
            }
            if (phones != null) {
                phones = phones.stream().filter(n -> !withdrawn.contains(p.personId(), n)).toList();
            }
            lines.add(row(partner.type(), p, person, phones, rerouteReason(reroutedOn.get(p.idAppel()))));
        }
        ExportFiles.write(file, ExportColumns.header(partner.type()), lines);
        String sha256 = ExportFiles.sha256(file);
        PartnerArchive archive = archives.archive(partner.id(), file).orElse(null);
        int resent = (int) rows.stream().filter(Pending::sent).count();
        int rerouted = (int) rows.stream().filter(r -> reroutedOn.containsKey(r.idAppel())).count();
        long exportId = journal(partner.id(), waveId != null ? waveId : waves.size() == 1 ? waveLabel : null, file,
                rows, sha256, resent > 0 || rows.stream().anyMatch(r -> again.contains(r.idAppel())), now, archive);
        return new ExportedFile(exportId, partner.id(), partner.type(), waveLabel, file, rows.size(), resent, sha256,
                rerouted, archive);
    }

    /** The reason a row is new to this partner although the young person was routed before: a directory change. */
    static String rerouteReason(LocalDate reroutedOn) {
        return reroutedOn == null ? null
                : "réorienté le " + french(reroutedOn) + " : l'annuaire confie désormais sa commune à ce partenaire";
    }

    private String[] row(PartnerType type, Pending p, YoungPerson person, List<String> usablePhones, String rerouted) {
        List<String> cells = new ArrayList<>(13);
        cells.add(p.idAppel());
        cells.add(p.motif());
        cells.add(french(p.deadline()));
        cells.add(person == null ? null : safe(person.identity().lastName()));
        cells.add(person == null ? null : safe(person.identity().firstNames()));
        cells.add(person == null ? null : french(person.identity().birthDate()));
        cells.add(WaveClosingService.phones(usablePhones, person));
        cells.add(p.codeInsee());
        cells.add(communes.current(p.codeInsee()).map(Commune::nom).map(name -> safe(name)).orElse(null));
        cells.add(french(p.date()));
        if (type == PartnerType.CIO) {
            cells.add(person == null ? null : safe(person.etablissement()));
            cells.add(person == null ? null : safe(person.formation()));
        } else {
            // The address is the young person's: sent only when the routing used their own commune.
            boolean ownCommune = person != null && "JEUNE".equals(p.source()) && p.codeInsee().equals(person.codeInseeResidence());
            cells.add(ownCommune ? safe(person.adresse()) : null);
            cells.add(ownCommune ? person.codePostal() : null);
            cells.add(person == null ? null : safe(person.responsables()));
        }
        cells.add(rerouted);
        return cells.toArray(String[]::new);
    }

    private long journal(String partnerId, String waveId, Path file, List<Pending> rows, String sha256, boolean resend,
            LocalDateTime now, PartnerArchive archive) {
        return exports.insertExport(partnerId, waveId, file, rows, sha256, resend, now, archive);
    }

    /** The operator journal: who sent which file; who re-sent which young person, by ID_APPEL. */
    private void journal(List<ExportedFile> files, Map<String, List<Pending>> byPartner, Set<String> again,
            String operator, OperatorJournal.Channel channel) {
        for (ExportedFile f : files) {
            journal.record(new OperatorJournal.Entry(operator, channel, f.resent() > 0 ? "RENVOI_PARTENAIRE"
                    : "EXPORT_PARTENAIRE", null, f.partnerId() + " " + f.file().getFileName(),
                    again.isEmpty() ? null : "--renvoyer " + String.join(" ", again)));
            for (Pending p : byPartner.get(f.partnerId())) {
                if (again.contains(p.idAppel())) {
                    journal.record(new OperatorJournal.Entry(operator, channel, "RENVOI_PARTENAIRE", p.personId(),
                            p.idAppel() + " " + f.partnerId(), "--renvoyer " + p.idAppel()));
                }
            }
        }
    }

    /**
     * The referrals already sent to this partner (all, or only {@code idAppel}), built by the same
     * row rule as the export files; the caller applies the output gate.
     */
    public SentRows sentRows(String partnerId, String idAppel) {
        Partner partner = directories.current().partner(partnerId).orElse(null);
        if (partner == null) {
            return new SentRows(List.of(), List.of());
        }
        List<Pending> sent = exports.referrals(JdbcExportDao.Referrals.sentTo(partnerId, idAppel));
        Map<String, Map<Long, YoungPerson>> peopleByWave = new HashMap<>();
        Map<String, Map<String, List<String>>> phonesByWave = new HashMap<>();
        OutputGate.WithdrawnNumbers withdrawn = gate.withdrawnNumbers(sent.stream().map(Pending::personId).toList());
        List<SentRow> rows = new ArrayList<>(sent.size());
        for (Pending p : sent) {
            YoungPerson person = peopleByWave.computeIfAbsent(p.waveId(),
                    w -> idAppel == null ? people.ofWave(w) : people.ofWave(w, p.personId())).get(p.personId());
            List<String> phones = phonesByWave.computeIfAbsent(p.waveId(),
                    w -> idAppel == null ? people.usablePhones(w) : people.usablePhones(w, idAppel)).get(p.idAppel());
            if (phones != null) {
                phones = phones.stream().filter(n -> !withdrawn.contains(p.personId(), n)).toList();
            }
            rows.add(new SentRow(p.idAppel(), p.waveId(), p.personId(), java.util.Arrays.asList(row(partner.type(), p, person, phones, null))));
        }
        return new SentRows(List.of(ExportColumns.header(partner.type())), rows);
    }

    private List<Pending> pending(String waveId) {
        return exports.referrals(JdbcExportDao.Referrals.ofWave(waveId));
    }

    private static void checkResend(List<String> resend, List<Pending> pending, PartnerDirectory directory) {
        for (String value : resend) {
            boolean known = directory.partner(value).isPresent()
                    || pending.stream().anyMatch(p -> p.idAppel().equals(value) || p.partnerId().equals(value));
            if (!known) {
                throw new UnknownResendException(value);
            }
        }
    }

    /**
     * The run's files are the journal's: a transaction rolled back (a lost database, a failure half
     * way) journaled none of them, so its folder goes too; the rerun writes them once, in a folder
     * of its own, instead of leaving a partial copy of personal data nobody will send or clean.
     */
    private static void discardUnlessCommitted(Path run) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteTree(run);
                }
            }
        });
    }

    private static void deleteTree(Path root) {
        try (java.util.stream.Stream<Path> tree = Files.walk(root)) {
            for (Path p : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            log.warn("Dossier d'export non validé à supprimer à la main : {} ({})", root, e.getMessage());
        }
    }

    private Path runDirectory(LocalDateTime now) {
        Path base = properties.dossierSorties().resolve("exports");
        ExportFiles.ownerOnlyDirectory(base);
        String name = now.format(RUN_FOLDER);
        Path run = base.resolve(name);
        for (int i = 2; Files.exists(run); i++) {
            run = base.resolve(name + "-" + i);
        }
        ExportFiles.ownerOnlyDirectory(run);
        return run;
    }

    static String fileSafe(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String french(LocalDate date) {
        return date == null ? null : date.format(FRENCH_DATE);
    }
}
