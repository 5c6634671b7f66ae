package fr.raccrochage.ingestion;

import fr.raccrochage.core.JobRunner;
import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.inbound.InboundKind;
import fr.raccrochage.core.inbound.ReceivedFiles;
import fr.raccrochage.core.inbound.ReceivedFiles.ReceivedFile;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
    private final ReceivedFiles files;
    private final JobRunner runner;
    private final Job sieiImportJob;
    private final RaccrochageProperties properties;

    public SieiImportService(SieiFileInspector inspector, ReceivedFiles files, JobRunner runner,
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

    /** Same, reading the given sheet of a workbook ({@code --feuille}; null for its only sheet). */
    public SieiFileFormat inspect(Path file, String sheet) {
        return inspector.inspect(file, sheet);
    }

    /** Checks every file before any is imported: one unusable file refuses them all, nothing stored. */
    public List<SieiFileFormat> inspectAll(List<Path> files, String sheet) {
        return files.stream().map(f -> inspect(f, sheet)).toList();
    }

    public ImportSummary importFile(String waveId, SieiFileFormat format, LocalDate referenceDate) {
        Optional<ReceivedFile> done = files.find(InboundKind.SIEI, waveId, format.sha256()).filter(ReceivedFile::done);
        if (done.isEmpty()) {
            runner.run(sieiImportJob, parameters(waveId, format, referenceDate));
        }
        ReceivedFile file = files.find(InboundKind.SIEI, waveId, format.sha256()).orElseThrow();
        return new ImportSummary(files.label(file), done.isPresent(), file.read(), file.stored(), file.rejected(),
                file.flagged(), Duration.between(file.started(), file.finished()),
                RejectFileWriter.rejectFile(files, properties, file));
    }

    static JobParameters parameters(String waveId, SieiFileFormat format, LocalDate referenceDate) {
        return new JobParametersBuilder()
                .addString("vague", waveId)
                .addString("empreinte", format.sha256())
                .addString("fichier", format.path().toAbsolutePath().toString(), false)
                .addLong("taille", format.size(), false)
                .addString("encodage", format.inbound().encodingLabel(), false)
                .addString("bom", String.valueOf(format.bom()), false)
                .addString("separateur", String.valueOf(format.delimiter()), false)
                .addString("feuille", format.inbound().sheet() == null ? "" : format.inbound().sheet(), false)
                .addLocalDate("dateReference", referenceDate, false)
                .toJobParameters();
    }
}
