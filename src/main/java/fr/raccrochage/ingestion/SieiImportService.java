package fr.raccrochage.ingestion;

import fr.raccrochage.core.JobRunner;
import fr.raccrochage.core.RaccrochageProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/** Imports one SIEI file into a wave: inspect (or refuse), then run or resume the import job. */
@Service
public class SieiImportService {

    /** What an import gave, for the operator's summary. */
    public record ImportSummary(String fileName, boolean alreadyImported, int read, int stored, int rejected,
            int flagged, Duration duration, Path rejectFile) {
    }

    private final SieiFileInspector inspector;
    private final SourceFiles files;
    private final JobRunner runner;
    private final Job sieiImportJob;
    private final RaccrochageProperties properties;

    public SieiImportService(SieiFileInspector inspector, SourceFiles files, JobRunner runner,
            @Qualifier("sieiImportJob") Job sieiImportJob, RaccrochageProperties properties) {
        this.inspector = inspector;
        this.files = files;
        this.runner = runner;
        this.sieiImportJob = sieiImportJob;
        this.properties = properties;
    }

    /** Checks the file can be read as a whole; nothing is stored when it cannot. */
    public SieiFileFormat inspect(Path file) {
        return inspector.inspect(file);
    }

    public ImportSummary importFile(String waveId, SieiFileFormat format, LocalDate referenceDate) {
        Optional<SourceFiles.SourceFile> done = files.find(waveId, format.sha256())
                .filter(f -> SourceFiles.DONE.equals(f.status()));
        if (done.isEmpty()) {
            runner.run(sieiImportJob, parameters(waveId, format, referenceDate));
        }
        SourceFiles.SourceFile file = files.find(waveId, format.sha256()).orElseThrow();
        return new ImportSummary(format.fileName(), done.isPresent(), file.read(), file.stored(), file.rejected(),
                file.flagged(), Duration.between(file.started(), file.finished()),
                RejectFileWriter.rejectFile(properties.waveOutputDirectory(waveId), format.fileName()));
    }

    static JobParameters parameters(String waveId, SieiFileFormat format, LocalDate referenceDate) {
        return new JobParametersBuilder()
                .addString("vague", waveId)
                .addString("empreinte", format.sha256())
                .addString("fichier", format.path().toAbsolutePath().toString(), false)
                .addLong("taille", format.size(), false)
                .addString("encodage", format.charset().name(), false)
                .addString("bom", String.valueOf(format.bom()), false)
                .addString("separateur", String.valueOf(format.delimiter()), false)
                .addLocalDate("dateReference", referenceDate, false)
                .toJobParameters();
    }
}
