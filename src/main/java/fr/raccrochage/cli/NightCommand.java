package fr.raccrochage.cli;

import fr.raccrochage.core.RunLock;
import fr.raccrochage.core.text.FrenchFormat;
import fr.raccrochage.scheduling.NightNote;
import fr.raccrochage.scheduling.NightlyProperties;
import fr.raccrochage.scheduling.NightlySchedule;
import fr.raccrochage.scheduling.NightlyService;
import fr.raccrochage.scheduling.NightlyService.NightSummary;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@DatabaseAccess(DatabaseAccess.Mode.LOCKS_ITSELF)
@Command(name = "nuit", mixinStandardHelpOptions = true,
        header = "Traitement de nuit : fichiers déposés, dédoublonnage, appels, clôture, exports, purge (reprenable).",
        description = "Traitement de nuit : prend les fichiers déposés dans les dossiers d'arrivée (listes SIEI, "
                + "cas connus, résultats d'appels, retours des partenaires ; chacun une seule fois, puis archivé), "
                + "dédoublonne, planifie les nouveaux jeunes et replanifie les dossiers ouverts, clôture et oriente "
                + "les vagues dont les appels sont finis, écrit la liste du prochain jour d'appels, envoie aux "
                + "partenaires ce qui est nouveau pour eux, signale les orientations en retard, puis efface les "
                + "données personnelles dont la durée de conservation est passée. "
                + "Une nuit interrompue reprend là où elle s'était arrêtée ; une nuit déjà faite n'est pas refaite. "
                + "Code de sortie 6 quand un point demande un opérateur (fichier refusé, lignes rejetées…).",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class NightCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(NightCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--date", paramLabel = "<date>", converter = DateConverter.class,
            description = "Nuit à traiter, AAAA-MM-JJ ou JJ/MM/AAAA (défaut : aujourd'hui).")
    LocalDate date;

    @Option(names = "--en-continu",
            description = "Reste lancé et traite une nuit à chaque échéance de raccrochage.nuit.cron (défaut : « 0 30 2 * * * », chaque nuit à 2 h 30).")
    boolean continuous;

    @Option(names = "--nuits", paramLabel = "<n>", hidden = true, description = "En continu : s'arrête après n nuits.")
    int nights;

    private final NightlyService nightly;
    private final NightlyProperties properties;
    private final RunLock lock;
    private final ObjectProvider<DataSource> dataSource;

    NightCommand(NightlyService nightly, NightlyProperties properties, RunLock lock,
            ObjectProvider<DataSource> dataSource) {
        this.nightly = nightly;
        this.properties = properties;
        this.lock = lock;
        this.dataSource = dataSource;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (!continuous) {
            return runNight(date == null ? LocalDate.now() : date);
        }
        NightlySchedule schedule = new NightlySchedule(properties.cron(), Clock.systemDefaultZone());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Mode continu (%s) : prochaine nuit le %s (heure de Paris).%n", properties.cron(),
                FrenchFormat.dateTime(schedule.next()));
        out.flush();
        releaseIdleConnections();
        schedule.run(nights, night -> {
            try {
                runNight(night);
            } catch (RunLock.HeldElsewhereException e) {
                out.println(e.getMessage() + " Nuit du " + FrenchFormat.date(night) + " sautée.");
            } catch (RuntimeException e) {
                // The long-running mode outlives a failed night: the next one resumes it.
                log.error("Nuit du {} en échec", night, e);
                out.println("Nuit du " + FrenchFormat.date(night) + " en échec : " + e.getMessage());
            }
            out.flush();
            releaseIdleConnections();
        });
        return ExitCodes.OK;
    }

    /**
     * Between nights the process keeps no connection: the embedded database file is closed (the
     * next daytime command opens it itself rather than through this process), and a PostgreSQL
     * server sees no idle session. The pool opens connections again when the next night needs them.
     */
    private void releaseIdleConnections() {
        if (dataSource.getIfAvailable() instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
            pool.getHikariConfigMXBean().setMinimumIdle(0);
            pool.getHikariPoolMXBean().softEvictConnections();
        }
    }

    private int runNight(LocalDate night) {
        try (RunLock.Held held = lock.acquire()) {
            NightSummary summary = nightly.run(night);
            print(spec.commandLine().getOut(), summary);
            return summary.needsOperator() ? ExitCodes.NEEDS_OPERATOR : ExitCodes.OK;
        }
    }

    static void print(PrintWriter out, NightSummary summary) {
        out.printf("Nuit du %s%s%n", FrenchFormat.date(summary.night()),
                summary.alreadyDone() ? " : déjà faite, rien n'a été refait. Rappel de son résumé :" : "");
        for (NightNote note : summary.notes()) {
            out.printf("%n%s%s%n", note.title(), note.needsOperator() ? " (à vérifier)" : "");
            note.lines().forEach(line -> out.printf("  - %s%n", line));
        }
        if (summary.needsOperator()) {
            out.printf("%nDes points demandent l'attention d'un opérateur (marqués « à vérifier »).%n");
        }
        out.flush();
    }
}
