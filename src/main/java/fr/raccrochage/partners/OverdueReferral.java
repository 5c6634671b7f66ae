package fr.raccrochage.partners;

import java.time.LocalDate;

/** A referral past its callback deadline that its partner has not reported contacting. */
public record OverdueReferral(String waveId, String idAppel, String partnerId, String motif, LocalDate date,
        LocalDate deadline, long daysLate, LocalDate firstSent, String lastFeedback) {
}
