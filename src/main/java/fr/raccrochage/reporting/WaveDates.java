package fr.raccrochage.reporting;

import java.time.LocalDate;

/**
 * When a wave took place, which decides its year in the annual report and its place in the
 * trend: the start of its calling period (earliest dossier_appel.debut) once calls are planned,
 * else the day the wave was created (vague.cree_le, its first imported list).
 *
 * @param fromCallingPeriod true when {@code start} is the calling period's start
 */
record WaveDates(String waveId, LocalDate start, boolean fromCallingPeriod) {

    int year() {
        return start.getYear();
    }
}
