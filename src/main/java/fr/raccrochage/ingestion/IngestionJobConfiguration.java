package fr.raccrochage.ingestion;

import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.commune.CommuneResolver;
import fr.raccrochage.core.inbound.InboundFormat;
import fr.raccrochage.core.inbound.InboundKind;
import fr.raccrochage.core.inbound.ReceivedFiles;
import fr.raccrochage.ingestion.normalize.PhoneNormalizer;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The SIEI import job, one run per (wave, file content): register the file, load its lines
 * (records and rejects), write the reject file, close the file's journal entry with its figures.
 * Job parameters: {@code vague} and {@code empreinte} identify the run; {@code fichier},
 * {@code encodage} (or XLSX), {@code bom}, {@code separateur}, {@code feuille}, {@code taille} and
 * {@code dateReference} describe it.
 */
@Configuration(proxyBeanMethods = false)
class IngestionJobConfiguration {

    static final int CHUNK_SIZE = 1000;

    @Bean
    SieiFileInspector sieiFileInspector(RaccrochageProperties properties) {
        return new SieiFileInspector(properties.aliasEntetes());
    }

    @Bean
    PhoneNormalizer phoneNormalizer() {
        return new PhoneNormalizer();
    }

    // step 1: register the file in the wave's journal

    @Bean
    Step sourceFileRegisterStep(JobRepository repository, PlatformTransactionManager tx, ReceivedFiles files) {
        return new StepBuilder("sourceFileRegisterStep", repository)
                .tasklet((contribution, context) -> {
                    var params = context.getStepContext().getJobParameters();
                    files.register(InboundKind.SIEI, (String) params.get("vague"), inboundOf(params));
                    return RepeatStatus.FINISHED;
                }, tx)
                .build();
    }

    // step 2: read, normalize and store the lines

    /** Reader and processor run together on the read-ahead thread, outside the step scope's reach. */
    @Bean
    @StepScope
    ProcessingAheadReader processingAheadReader(SieiFileInspector inspector, ImportProgress progress,
            PhoneNormalizer phones, CommuneResolver communes, RaccrochageProperties properties, SieiFigures figures,
            @Value("#{jobParameters}") Map<String, Object> params) {
        SieiFileFormat format = formatOf(inspector, params);
        IngestionRules rules = new IngestionRules(properties.region(), properties.ageMinimum(),
                properties.ageMaximum(), (LocalDate) params.get("dateReference"));
        return new ProcessingAheadReader(new SieiLineReader(format, progress),
                new SieiLineProcessor(format, phones, communes, rules),
                () -> figures.storedLines((String) params.get("vague"), format.sha256()));
    }

    @Bean
    @StepScope
    SieiRecordWriter sieiRecordWriter(JdbcSieiRecordDao records, ReceivedFiles files,
            @Value("#{jobParameters['vague']}") String waveId,
            @Value("#{jobParameters['empreinte']}") String sha256) {
        return new SieiRecordWriter(records, files.find(InboundKind.SIEI, waveId, sha256).orElseThrow().id(), waveId);
    }

    @Bean
    Step sieiLoadStep(JobRepository repository, PlatformTransactionManager tx,
            ProcessingAheadReader processingAheadReader, SieiRecordWriter sieiRecordWriter) {
        return new StepBuilder("sieiLoadStep", repository)
                .<ProcessedLine, ProcessedLine>chunk(CHUNK_SIZE)
                .reader(processingAheadReader)
                .writer(sieiRecordWriter)
                .transactionManager(tx)
                .build();
    }

    // step 3: the reject file beside the wave's outputs

    @Bean
    Step rejectFileWriteStep(JobRepository repository, PlatformTransactionManager tx, ReceivedFiles files,
            RaccrochageProperties properties) {
        return new StepBuilder("rejectFileWriteStep", repository)
                .tasklet((contribution, context) -> {
                    var params = context.getStepContext().getJobParameters();
                    String waveId = (String) params.get("vague");
                    var file = files.find(InboundKind.SIEI, waveId, (String) params.get("empreinte")).orElseThrow();
                    files.writeRejects(file.id(), RejectFileWriter.rejectFile(files, properties, file));
                    return RepeatStatus.FINISHED;
                }, tx)
                .build();
    }

    // step 4: the file's figures, counted from what is stored

    @Bean
    Step sourceFileCompleteStep(JobRepository repository, PlatformTransactionManager tx, SieiFigures figures) {
        return new StepBuilder("sourceFileCompleteStep", repository)
                .tasklet((contribution, context) -> {
                    var params = context.getStepContext().getJobParameters();
                    figures.complete((String) params.get("vague"), (String) params.get("empreinte"));
                    return RepeatStatus.FINISHED;
                }, tx)
                .build();
    }

    @Bean
    Job sieiImportJob(JobRepository repository, Step sourceFileRegisterStep, Step sieiLoadStep,
            Step rejectFileWriteStep, Step sourceFileCompleteStep) {
        return new JobBuilder("sieiImportJob", repository)
                .start(sourceFileRegisterStep)
                .next(sieiLoadStep)
                .next(rejectFileWriteStep)
                .next(sourceFileCompleteStep)
                .build();
    }

    private static SieiFileFormat formatOf(SieiFileInspector inspector, Map<String, Object> params) {
        return inspector.reopen(inboundOf(params));
    }

    private static InboundFormat inboundOf(Map<String, Object> params) {
        Path path = Path.of((String) params.get("fichier"));
        String sha256 = (String) params.get("empreinte");
        long size = (Long) params.get("taille");
        String encoding = (String) params.get("encodage");
        if (InboundFormat.XLSX_LABEL.equals(encoding)) {
            return InboundFormat.xlsx(path, sha256, size, (String) params.get("feuille"));
        }
        return InboundFormat.csv(path, sha256, size, Charset.forName(encoding), "true".equals(params.get("bom")),
                ((String) params.get("separateur")).charAt(0));
    }
}
