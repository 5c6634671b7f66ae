package fr.raccrochage.scheduling;

import static fr.raccrochage.core.text.FrenchFormat.count;

import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.identity.IdentityService;
import fr.raccrochage.review.DuplicateReviewService;
import fr.raccrochage.review.DuplicateReviewService.ListSummary;
import fr.raccrochage.identity.IdentityService.IdentitySummary;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/**
 * The night: take the inbox files, resolve identities, plan the new young people and re-plan the
 * open cases, close and route the waves whose calls are over, write the next calling day's list and its SMS,
 * send the partners what is new for them, then purge what is past its retention.
 * One job instance per night (parameter {@code nuit}): a night killed at any point resumes at
 * its first unfinished step, and every step is safe to repeat. The steps call the stages'
 * services, which keep their own transactions and jobs.
 */
@Configuration
class NightlyJobConfiguration {

    private final PlatformTransactionManager transactionManager;

    NightlyJobConfiguration(PlatformTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    @Bean
    Job nuitJob(JobRepository repository, Step nuitArriveesStep, Step nuitIdentiteStep, Step nuitAppelsStep,
            Step nuitClotureStep, Step nuitAppelsDuJourStep, Step nuitSmsStep, Step nuitExportsStep,
            Step nuitPurgeStep) {
        return new JobBuilder("nuitJob", repository)
                .start(nuitArriveesStep)
                .next(nuitIdentiteStep)
                .next(nuitAppelsStep)
                .next(nuitClotureStep)
                .next(nuitAppelsDuJourStep)
                .next(nuitSmsStep)
                .next(nuitExportsStep)
                .next(nuitPurgeStep)
                .build();
    }

    @Bean
    Step nuitAppelsStep(JobRepository repository, NightCalls calls) {
        return step(repository, "nuitAppelsStep", calls::planAndReplan);
    }

    @Bean
    Step nuitClotureStep(JobRepository repository, NightPartners partners) {
        return step(repository, "nuitClotureStep", partners::closeFinishedWaves);
    }

    @Bean
    Step nuitAppelsDuJourStep(JobRepository repository, NightCalls calls) {
        return step(repository, "nuitAppelsDuJourStep", calls::nextDayList);
    }

    @Bean
    Step nuitSmsStep(JobRepository repository, NightSms sms) {
        return step(repository, "nuitSmsStep", sms::prepare);
    }

    @Bean
    Step nuitExportsStep(JobRepository repository, NightPartners partners) {
        return step(repository, "nuitExportsStep", partners::exportAndWatch);
    }

    @Bean
    Step nuitArriveesStep(JobRepository repository, InboxIntake intake, InboxJournal journal) {
        return step(repository, "nuitArriveesStep", night -> {
            List<String> alreadyReceived = intake.takeAll(night);
            List<InboxJournal.Entry> taken = journal.ofNight(night);
            List<String> lines = new ArrayList<>();
            taken.forEach(e -> lines.add("%s « %s » %s : %s".formatted(e.kind().label(), e.name(),
                    e.status() == InboxJournal.Status.REFUSE ? "refusé" : "pris", e.message())));
            lines.addAll(alreadyReceived);
            if (lines.isEmpty()) {
                lines.add("aucun nouveau fichier");
            }
            return new NightNote("Fichiers arrivés", lines, taken.stream().anyMatch(InboxJournal.Entry::needsOperator));
        });
    }

    @Bean
    Step nuitIdentiteStep(JobRepository repository, IdentityService identity, JdbcNightDao dao,
            DuplicateReviewService review, RaccrochageProperties properties) {
        return step(repository, "nuitIdentiteStep", night -> {
            List<String> lines = new ArrayList<>();
            for (String wave : dao.waves()) {
                if (!identity.hasUnlinkedRecords(wave)) {
                    continue;
                }
                IdentitySummary s = identity.resolve(wave);
                String line = "vague %s : %s, %s, %s".formatted(wave,
                        count(s.linkedNow(), "enregistrement rattaché", "enregistrements rattachés"),
                        count(s.personsCreated(), "nouveau jeune", "nouveaux jeunes"),
                        count(s.possibleDuplicates(), "paire de doublons possibles à examiner",
                                "paires de doublons possibles à examiner"));
                // the wave's pairs still to settle, in the file operators fill in (doublons decider)
                if (review.pendingCount(wave) > 0) {
                    ListSummary list = review.writeList(wave, DuplicateReviewService.listFile(properties, wave));
                    line += " ; %s : %s".formatted(count(list.pairs(), "paire à vérifier", "paires à vérifier"),
                            list.file());
                }
                lines.add(line);
            }
            if (lines.isEmpty()) {
                lines.add("aucun nouvel enregistrement");
            }
            return new NightNote("Dédoublonnage", lines, false);
        });
    }

    @Bean
    Step nuitPurgeStep(JobRepository repository, PersonalDataPurge purge) {
        return step(repository, "nuitPurgeStep", night -> {
            PersonalDataPurge.PurgeSummary s = purge.purge(night);
            String journal = s.journalEntries() == 0 ? "" : " ; journal des actions : " + count(s.journalEntries(),
                    "entrée de plus de 12 mois supprimée", "entrées de plus de 12 mois supprimées");
            String line = (s.waves().isEmpty() && s.knownCases() == 0 && s.filesDeleted() == 0
                    ? "rien à effacer (sont effacées les données des vagues dont les appels ont fini avant le "
                            + fr.raccrochage.core.text.FrenchFormat.date(purge.cutoff(night)) + ")"
                    : "vagues %s : %s, %s, %s ; %s ; %s".formatted(String.join(", ", s.waves()),
                            count(s.records(), "enregistrement anonymisé", "enregistrements anonymisés"),
                            count(s.numbers(), "numéro effacé", "numéros effacés"),
                            count(s.oppositionsKept(), "opposition conservée", "oppositions conservées"),
                            count(s.knownCases(), "cas connu anonymisé", "cas connus anonymisés"),
                            count(s.filesDeleted(), "fichier supprimé", "fichiers supprimés"))) + journal;
            return NightNote.of("Purge des données personnelles", line);
        });
    }


    private Step step(JobRepository repository, String name, NightTask task) {
        // The stages' services start jobs of their own, which the job repository refuses inside a
        // transaction: the night's steps run outside any.
        return new StepBuilder(name, repository)
                .tasklet(NightTask.tasklet(name, task), transactionManager)
                .transactionAttribute(new DefaultTransactionAttribute(TransactionDefinition.PROPAGATION_NOT_SUPPORTED))
                .build();
    }
}
