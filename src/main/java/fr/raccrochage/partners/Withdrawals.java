package fr.raccrochage.partners;

import static fr.raccrochage.core.SpreadsheetCells.safe;

import fr.raccrochage.core.commune.Commune;
import fr.raccrochage.core.commune.CommuneDirectory;
import fr.raccrochage.core.privacy.OutputGate;
import fr.raccrochage.partners.JdbcDirectoryChangeDao.Withdrawal;
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
import org.springframework.stereotype.Component;

/**
 * The withdrawal files of an export run: to each former partner, beside its export, the young people a
 * directory change gave to another partner ({@code <partenaire>_retraits_vague-<id>_<date>.csv}, same
 * conventions as the exports). Only what the partner already had, to find them in its own files; a
 * young person who objected or was erased since is listed by ID_APPEL alone, so that the partner
 * still drops them.
 */
@Component
class Withdrawals {

    static final String[] HEADER = {"id_appel", "motif", "nom", "prenom", "date_naissance", "code_insee_residence",
        "commune_residence", "date_retrait", "motif_retrait"};
    static final String REASON = "commune confiée à un autre partenaire par l'annuaire";
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcDirectoryChangeDao dao;
    private final JdbcYoungPeopleDao people;
    private final CommuneDirectory communes;
    private final OutputGate gate;
    private final PartnerArchives archives;

    Withdrawals(JdbcDirectoryChangeDao dao, JdbcYoungPeopleDao people, CommuneDirectory communes, OutputGate gate,
            PartnerArchives archives) {
        this.dao = dao;
        this.people = people;
        this.communes = communes;
        this.gate = gate;
        this.archives = archives;
    }

    boolean pending(String waveId) {
        return !dao.pendingWithdrawals(waveId).isEmpty();
    }

    /** Writes the withdrawals owed (of this wave, or all), archives them as the partner's exports are, marks them sent. */
    List<WithdrawalFile> write(String waveId, PartnerDirectory directory, Path run, LocalDateTime now) {
        Map<String, List<Withdrawal>> byPartner = new LinkedHashMap<>();
        for (Withdrawal w : dao.pendingWithdrawals(waveId)) {
            byPartner.computeIfAbsent(w.formerPartnerId(), id -> new ArrayList<>()).add(w);
        }
        List<WithdrawalFile> files = new ArrayList<>();
        Map<String, Map<Long, YoungPerson>> peopleByWave = new HashMap<>();
        for (Map.Entry<String, List<Withdrawal>> entry : byPartner.entrySet()) {
            files.add(writeFor(entry.getKey(), entry.getValue(), waveId, directory, run, now, peopleByWave));
        }
        return files;
    }

    private WithdrawalFile writeFor(String partnerId, List<Withdrawal> rows, String waveId, PartnerDirectory directory,
            Path run, LocalDateTime now, Map<String, Map<Long, YoungPerson>> peopleByWave) {
        Set<String> waves = new LinkedHashSet<>();
        rows.forEach(r -> waves.add(r.waveId()));
        String waveLabel = waveId != null ? waveId : waves.size() == 1 ? waves.iterator().next() : "plusieurs";
        Path file = run.resolve("%s_retraits_vague-%s_%s.csv".formatted(PartnerExportService.fileSafe(partnerId),
                PartnerExportService.fileSafe(waveLabel), now.toLocalDate()));
        Set<Long> barred = gate.barred(rows.stream().map(Withdrawal::personId).toList());
        Set<String> listed = new LinkedHashSet<>();
        List<String[]> lines = new ArrayList<>(rows.size());
        for (Withdrawal w : rows) {
            if (!listed.add(w.idAppel())) {
                continue;
            }
            YoungPerson person = barred.contains(w.personId()) ? null
                    : peopleByWave.computeIfAbsent(w.waveId(), people::ofWave).get(w.personId());
            lines.add(row(w, person));
        }
        ExportFiles.write(file, HEADER, lines);
        String sha256 = ExportFiles.sha256(file);
        PartnerArchive archive = archives.archive(partnerId, file).orElse(null);
        dao.markSent(rows, archive == null ? file.toString() : archive.file().toString(), sha256, now);
        PartnerType type = directory.partner(partnerId).map(Partner::type).orElse(null);
        return new WithdrawalFile(partnerId, type, waveLabel, file, lines.size(), sha256, archive);
    }

    private String[] row(Withdrawal w, YoungPerson person) {
        return new String[] {w.idAppel(), w.motif(), person == null ? null : safe(person.identity().lastName()),
            person == null ? null : safe(person.identity().firstNames()), person == null ? null : french(person.identity().birthDate()),
            w.codeInsee(), w.codeInsee() == null ? null : communes.current(w.codeInsee()).map(Commune::nom).orElse(null),
            french(w.on()), REASON};
    }

    private static String french(LocalDate date) {
        return date == null ? null : date.format(FRENCH_DATE);
    }
}
