package fr.raccrochage.partners;

import java.time.LocalDate;

/** One young person sent to one partner ({@code orientation} row). */
public record Referral(String partnerId, Motif motif, LocalDate date, LocalDate deadline, String codeInsee) {
}
