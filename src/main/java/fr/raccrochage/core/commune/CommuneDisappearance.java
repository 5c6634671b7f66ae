package fr.raccrochage.core.commune;

import java.time.LocalDate;

/** A code no longer in the COG, the date it went, and today's commune that took it in. */
public record CommuneDisappearance(String code, String name, LocalDate date, int mod, Commune today) {

    /** "fusionnée dans 77316 (Moret-Loing-et-Orvanne) le 01/01/2027", for the operator's reports. */
    public String describe() {
        String how = switch (mod) {
            case 41, 50 -> "devenue";
            case 30 -> "supprimée, rattachée à";
            default -> "fusionnée dans";
        };
        return "%s %s (%s) le %s".formatted(how, today.codeInsee(), today.nom(),
                date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }
}
