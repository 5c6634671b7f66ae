package fr.raccrochage.portal;

import fr.raccrochage.core.person.IdentityFields;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One referral in a partner's list.
 *
 * @param identity who the young person is, as the partner sees them: last name, first names and birth
 *     date of their first SIEI record of the wave (no INE, no sex: the portal shows neither)
 * @param deadline the call-back deadline (the closing's date + the partners stage's delay), or null
 * @param lastStatus the latest feedback status recorded for it by this partner, or null
 */
public record ReferralLine(String idAppel, long personId, IdentityFields identity, String motif, LocalDate date, LocalDate deadline, String lastStatus, LocalDate lastStatusDate, boolean contacted) {

    /** Days until the deadline (negative: overdue), or null without a deadline or once contacted. */
    public Long daysLeft(LocalDate today) {
        return deadline == null || contacted ? null : ChronoUnit.DAYS.between(today, deadline);
    }
}
