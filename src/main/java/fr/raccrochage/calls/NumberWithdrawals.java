package fr.raccrochage.calls;

import fr.raccrochage.core.cases.CaseStatus;
import fr.raccrochage.core.privacy.Oppositions;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A number found dead outside the calls (the SMS provider reports it unknown) is withdrawn from
 * every open case that could still dial it, as a NUMERO_INVALIDE result would: the sheet shows it
 * withdrawn, the wave is re-planned on the numbers left, and a case left without any is unreachable.
 */
@Service
public class NumberWithdrawals {

    private static final Logger log = LoggerFactory.getLogger(NumberWithdrawals.class);

    /** Marked as the call result that means the same. */
    static final String REASON = CallOutcome.NUMERO_INVALIDE.name();

    private final JdbcCallsDao dao;
    private final WaveReplanner replanner;
    private final CallSheets sheets;
    private final Oppositions oppositions;

    NumberWithdrawals(JdbcCallsDao dao, WaveReplanner replanner, CallSheets sheets, Oppositions oppositions) {
        this.oppositions = oppositions;
        this.dao = dao;
        this.replanner = replanner;
        this.sheets = sheets;
    }

    /**
     * Withdraws E.164 numbers in the caller's transaction, each wave re-planned once from
     * {@code now}; returns the ID_APPEL of the open cases that held them (empty when none still
     * could dial them: repeating it changes nothing).
     */
    @Transactional
    public List<String> withdraw(Collection<String> e164Numbers, LocalDateTime now) {
        Map<String, Map<String, List<String>>> byWave = new TreeMap<>();
        for (String number : new TreeSet<>(e164Numbers)) {
            dao.openCasesWithNumber(number).forEach((wave, ids) -> ids.forEach(id -> byWave
                    .computeIfAbsent(wave, k -> new TreeMap<>()).computeIfAbsent(id, k -> new ArrayList<>()).add(number)));
        }
        List<String> all = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<String>>> wave : byWave.entrySet()) {
            Set<String> touched = wave.getValue().keySet();
            wave.getValue().forEach((id, numbers) -> numbers.forEach(n -> dao.dropNumber(new CallCaseId(id), n, REASON)));
            all.addAll(touched);
            List<WaveCase> cases = dao.callableCases(wave.getKey()).stream().map(WaveCase::rebuild).toList();
            cases.stream().filter(c -> touched.contains(c.callCase().id().value())).forEach(c -> {
                c.store(dao, oppositions);
                if (c.callCase().status() == CaseStatus.INJOIGNABLE) {
                    dao.closedAt(c.callCase().id(), now);
                }
            });
            replanner.replan(wave.getKey(), cases, now);
            sheets.writeSheet(wave.getKey());
            log.info("Numéros retirés (SMS non distribuable) de {} dossier(s) de la vague {}", touched.size(),
                    wave.getKey());
        }
        return all;
    }
}
