package fr.raccrochage.reporting;

import fr.raccrochage.identity.PairReview;
import fr.raccrochage.reporting.WaveStatus.Phase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code vague etat} and {@code vague liste}: where each wave stands, read from the stages'
 * tables. Read only: nothing is written, no run lock is needed, a night in progress is not disturbed.
 */
@Service
public class WaveStatusService {

    private final JdbcWaveStatusDao dao;
    private final PairReview review;

    public WaveStatusService(JdbcWaveStatusDao dao, PairReview review) {
        this.dao = dao;
        this.review = review;
    }

    /** The wave the operator most likely means: the one set for the night, else the latest created. */
    public Optional<String> currentWave(String nightWave) {
        List<String> waves = dao.waves();
        if (nightWave != null && waves.contains(nightWave)) {
            return Optional.of(nightWave);
        }
        return dao.latestWave();
    }

    @Transactional(readOnly = true)
    public WaveStatus status(String waveId, LocalDate day) {
        int records = dao.records(waveId);
        int cases = dao.cases(waveId);
        int unlinked = Math.max(0, records - dao.linkedRecords(waveId));
        LocalDate[] period = dao.callingPeriod(waveId);
        Optional<LocalDate> closed = dao.closedOn(waveId);
        return new WaveStatus(waveId, dao.createdAt(waveId), day, records, dao.rejectedRecords(waveId), dao.sieiFiles(waveId),
                dao.youngPeople(waveId), unlinked, cases, dao.casesByStatus(waveId), period[0], period[1],
                dao.attemptsDone(waveId), dao.attemptsPlanned(waveId), dao.attemptsOn(waveId, day), dao.reached(waveId),
                dao.rejectedResults(waveId), review.pendingDuplicates(waveId), dao.pendingKnownCases(), dao.lastImports(waveId),
                dao.nextDailyList(waveId, day).orElse(null), closed.orElse(null), dao.referrals(waveId),
                dao.sentToPartners(waveId), phase(waveId, cases, unlinked, records, period[1], closed, day));
    }

    @Transactional(readOnly = true)
    public List<WaveLine> list(LocalDate day) {
        Map<String, int[]> counts = dao.countsPerWave();
        List<WaveLine> lines = new ArrayList<>();
        for (String wave : dao.waves()) {
            int[] c = counts.getOrDefault(wave, new int[4]);
            LocalDate[] period = dao.callingPeriod(wave);
            int unlinked = Math.max(0, c[0] - dao.linkedRecords(wave));
            lines.add(new WaveLine(wave, dao.createdAt(wave), c[0], c[1], c[2], period[0], period[1], c[3],
                    phase(wave, c[2], unlinked, c[0], period[1], dao.closedOn(wave), day)));
        }
        return lines;
    }

    private Phase phase(String waveId, int cases, int unlinked, int records, LocalDate callsTo, Optional<LocalDate> closed,
            LocalDate day) {
        if (dao.purged(waveId)) {
            return Phase.PURGEE;
        }
        if (closed.isPresent()) {
            return Phase.CLOTUREE;
        }
        if (cases == 0) {
            return unlinked > 0 || records == 0 ? Phase.A_DEDOUBLONNER : Phase.A_PLANIFIER;
        }
        return callsTo != null && callsTo.isBefore(day) ? Phase.APPELS_FINIS : Phase.EN_APPELS;
    }

}
