package fr.raccrochage.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One wave on the list of waves ({@code vague liste}). */
public record WaveLine(String waveId, LocalDateTime createdAt, int records, int youngPeople, int cases, LocalDate callsFrom,
        LocalDate callsTo, int openCases, WaveStatus.Phase phase) {
}
