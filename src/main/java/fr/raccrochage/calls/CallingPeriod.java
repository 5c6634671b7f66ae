package fr.raccrochage.calls;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A wave's calling period, both days included. */
public record CallingPeriod(LocalDate debut, LocalDate fin) {

    public CallingPeriod {
        if (fin.isBefore(debut)) {
            throw new IllegalArgumentException("fin before debut: " + debut + " > " + fin);
        }
    }

    public boolean contains(LocalDateTime t) {
        LocalDate d = t.toLocalDate();
        return !d.isBefore(debut) && !d.isAfter(fin);
    }
}
