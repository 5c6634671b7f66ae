package fr.raccrochage.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * What one report shows: the figures of its scope (one wave, or a year's waves added up) and,
 * for the trend, each wave's own figures up to the scope's last wave.
 *
 * @param title the page's title ("Vague 2026-1", "Année 2026")
 * @param waves the waves in the scope, oldest first
 * @param trend the waves of the trend with their figures, oldest first
 */
record Report(String title, List<WaveDates> waves, ReportFigures figures, List<TrendPoint> trend, LocalDate asOf) {

    record TrendPoint(WaveDates wave, ReportFigures figures) {
    }
}
