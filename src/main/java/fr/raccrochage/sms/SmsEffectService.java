package fr.raccrochage.sms;

import fr.raccrochage.calls.CallOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The SMS figures of the report: per wave and across the waves of its scope. */
@Service
public class SmsEffectService {

    public static final String ALL_WAVES = "toutes les vagues";

    /** The waves' effects, then their total; empty when no wave of the scope prepared any SMS. */
    public record SmsFigures(List<SmsEffect> waves, SmsEffect total) {

        public boolean any() {
            return !waves.isEmpty();
        }
    }

    private final JdbcSmsDao dao;

    SmsEffectService(JdbcSmsDao dao) {
        this.dao = dao;
    }

    @Transactional(readOnly = true)
    public SmsFigures figures(List<String> waveIds) {
        List<SmsEffect> waves = new ArrayList<>();
        for (String waveId : waveIds) {
            Map<String, ControlGroup.Group> groups = dao.groups(waveId);
            if (groups.isEmpty()) {
                continue;
            }
            waves.add(effect(waveId, groups));
        }
        return new SmsFigures(waves, SmsEffect.total(ALL_WAVES, waves));
    }

    private SmsEffect effect(String waveId, Map<String, ControlGroup.Group> groups) {
        Map<String, Integer> firstContact = new HashMap<>();
        dao.groupResults(waveId).forEach(r -> {
            if (CallOutcome.valueOf(r.outcome()).isContact()) {
                firstContact.merge(r.idAppel(), r.attempt(), Math::min);
            }
        });
        long[][] sums = new long[2][4];
        groups.forEach((id, group) -> {
            long[] s = sums[group.ordinal()];
            s[0]++;
            Integer attempt = firstContact.get(id);
            if (attempt != null) {
                s[1]++;
                s[2] += attempt;
                s[3] += (long) attempt * attempt;
            }
        });
        return SmsEffect.of(waveId, group(sums[ControlGroup.Group.SMS.ordinal()]),
                group(sums[ControlGroup.Group.TEMOIN.ordinal()]), dao.messageFigures(waveId));
    }

    private static SmsEffect.Group group(long[] s) {
        return new SmsEffect.Group(s[0], s[1], s[2], s[3]);
    }
}
