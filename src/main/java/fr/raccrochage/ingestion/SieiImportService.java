package fr.raccrochage.ingestion;

import fr.raccrochage.core.JobRunner;
import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.inbound.InboundKind;
import fr.raccrochage.core.inbound.ReceivedFiles;
import fr.raccrochage.core.inbound.ReceivedFiles.ReceivedFile;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
        // Each scan reads its whole file (fingerprint, encoding): side by side, a list sent as two
        // files is checked in the time of the larger one. A refusal names the first refused file.
        List<FutureTask<SieiFileFormat>> scans = files.stream()
                .map(f -> new FutureTask<>(() -> inspect(f, sheet))).toList();
        if (scans.isEmpty()) {
            return List.of();
        }
        for (FutureTask<SieiFileFormat> scan : scans.subList(1, scans.size())) {
            Thread thread = new Thread(scan, "siei-examen");
            thread.setDaemon(true);
            thread.start();
        }
        scans.get(0).run();
        List<SieiFileFormat> formats = new ArrayList<>();
        for (int i = 0; i < scans.size(); i++) {
            formats.add(outcome(scans.get(i), files.size() > 1 ? files.get(i) : null));
        }
        return formats;
    }

    /** The file's format, or its refusal, which names the file when several were given. */
    private static SieiFileFormat outcome(FutureTask<SieiFileFormat> scan, Path namedFile) {
        try {
            return scan.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (namedFile != null && e.getCause() instanceof fr.raccrochage.core.inbound.FileRefusedException refusal) {
                throw new FileRefusedException(namedFile + " : " + refusal.getMessage(), refusal);
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
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
