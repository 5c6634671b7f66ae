package fr.raccrochage.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.raccrochage.calls.TimeSlot;
import fr.raccrochage.reporting.ReportFigures.SlotKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportLabelsTest {

    @Test
    void shouldTakeTheDepartementFromTheCommuneCode() {
        assertThat(JdbcReportDao.departementOf("93066")).isEqualTo("93");
        assertThat(JdbcReportDao.departementOf("75111")).isEqualTo("75");
        assertThat(JdbcReportDao.departementOf("2A004")).isEqualTo("2A");
        assertThat(JdbcReportDao.departementOf("97411")).isEqualTo("974");
        assertThat(JdbcReportDao.departementOf("9")).isEqualTo(JdbcReportDao.NO_DEPARTEMENT);
    }

    @Test
    void shouldNameDepartementsAndSlotsInFrench() {
        assertThat(ReportPage.departementName("93")).isEqualTo("93 Seine-Saint-Denis");
        assertThat(ReportPage.departementName("59")).isEqualTo("Département 59");
        assertThat(ReportPage.departementName(JdbcReportDao.NO_DEPARTEMENT)).isEqualTo("Commune inconnue");
        assertThat(ReportPage.slotName(new SlotKey(TimeSlot.MIDI.ordinal(), "MIDI"))).isEqualTo("Midi (12 h – 14 h)");
        assertThat(ReportPage.slotName(JdbcReportDao.OUTSIDE_SLOTS)).isEqualTo("Hors créneaux");
    }

    @Test
    void shouldScaleBarsToTheLargestAndSplitStackedRowsToTheirTotal() {
        Charts.BarChart chart = Charts.bars("t", List.of(
                new Charts.BarInput("a", 10, "10", "", "#000"), new Charts.BarInput("b", 5, "5", "", "#000"),
                new Charts.BarInput("c", 0, "0", "", "#000")));
        assertThat(chart.bars()).extracting(Charts.Bar::barWidth).containsExactly("400.0", "200.0", "0.0");
        Charts.StackedChart stacked = Charts.stacked("t", List.of(new Charts.StackedInput("r", "4",
                List.of(1.0, 0.0, 3.0), List.of("#1", "#2", "#3"), List.of("x", "y", "z"))));
        assertThat(stacked.rows().get(0).segments()).extracting(Charts.Segment::x, Charts.Segment::width)
                .containsExactly(tuple("250.0", "100.0"),
                        tuple("350.0", "300.0"));
    }
}
