package fr.raccrochage.scheduling;

import static fr.raccrochage.core.text.FrenchFormat.count;
import static fr.raccrochage.core.text.FrenchFormat.date;

import fr.raccrochage.calls.CallPlanningService;
import fr.raccrochage.calls.CallPlanningService.PlanningSummary;
import fr.raccrochage.calls.CallResultImportService;
import fr.raccrochage.calls.CallSheets;
import fr.raccrochage.calls.CallingPeriod;
import fr.raccrochage.calls.CallsProperties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** The night's part of the calls: new young people planned, open cases re-planned, tomorrow's list. */
@Service
class NightCalls {

    private final CallPlanningService planning;
    private final CallResultImportService results;
    private final CallSheets sheets;
    private final CallsProperties calls;
    private final JdbcNightDao dao;

    NightCalls(CallPlanningService planning, CallResultImportService results, CallSheets sheets, CallsProperties calls,
            JdbcNightDao dao) {
        this.planning = planning;
        this.results = results;
        this.sheets = sheets;
        this.calls = calls;
        this.dao = dao;
    }

    /** Waves being called tonight: planned, and their calling period not over. */
    List<String> wavesInProgress(LocalDate night) {
        return dao.wavesBeingCalled(night);
    }

    NightNote planAndReplan(LocalDate night) {
        List<String> lines = new ArrayList<>();
        for (String wave : wavesInProgress(night)) {
            CallingPeriod period = planning.plannedPeriod(wave).orElseThrow();
            PlanningSummary planned = planning.plan(wave, period);
            int replanned = results.replanOpenCases(wave, night.atStartOfDay());
            lines.add("vague %s : %s, %s".formatted(wave,
                    count(planned.plannedNow(), "nouveau dossier d'appel", "nouveaux dossiers d'appel"),
                    count(replanned, "dossier ouvert replanifié", "dossiers ouverts replanifiés")));
        }
        if (lines.isEmpty()) {
            lines.add("aucune vague en cours d'appels");
        }
        return new NightNote("Appels : planification et replanification", lines, false);
    }

    NightNote nextDayList(LocalDate night) {
        LocalDate day = night;
        for (int i = 0; i < 14 && !calls.hours().isCallingDay(day); i++) {
            day = day.plusDays(1);
        }
        List<String> lines = new ArrayList<>();
        for (CallSheets.DueFile due : sheets.writeDue(day, null)) {
            lines.add("vague %s : %s le %s : %s".formatted(due.waveId(), count(due.attempts(), "tentative", "tentatives"),
                    date(day), due.file()));
        }
        if (lines.isEmpty()) {
            lines.add("aucune tentative prévue le " + date(day));
        }
        return new NightNote("Appels du prochain jour d'appels", lines, false);
    }
}
