package fr.raccrochage.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * Which JIT compilers the packaged launcher gives each command. The JVM's optimizing compiler (C2)
 * costs a short command about half its start-up CPU, on code that runs once; the quick compiler
 * alone (-XX:TieredStopAtLevel=1) is enough for commands whose work is small whatever the data (one
 * young person, one account, a screen of figures, a day's list, help). Commands whose work grows
 * with a wave or a file, and the portal (a server), are listed here and keep both compilers: the
 * 1M-row import must not lose the optimizing compiler. A command not listed is short.
 *
 * <p>The build writes the list (every command, {@code longue} or {@code courte}) next to the
 * launcher ({@code target/raccrochage/commandes}), which reads it before starting the JVM.
 */
public final class CompilerChoice {

    /** Commands whose work grows with the data, or that serve. */
    static final Set<Class<?>> LONG_RUNNING = Set.of(SieiImportCommand.class, KnownCaseImportCommand.class,
            KnownCaseEvaluateCommand.class, DuplicateResolveCommand.class, DuplicateExtractCommand.class,
            DuplicateReviewListCommand.class, DuplicateDecideCommand.class, DuplicateWeightsCommand.class,
            DuplicateEvaluateCommand.class, WaveExtractCommand.class, WavePlanCommand.class, WaveCloseCommand.class,
            CallResultImportCommand.class, PartnerImportCommand.class, PartnerExportCommand.class,
            FeedbackImportCommand.class, FeedbackReportCommand.class, FeedbackOverdueCommand.class,
            FeedbackSampleCommand.class, ReportCommand.class, NightCommand.class, SmsPrepareCommand.class,
            SmsImportCommand.class, SampleGenerateCommand.class, PortalCommand.class, DemoCommand.class,
            ReferenceCommunesImportCommand.class);

    private CompilerChoice() {
    }

    /** One line per command that runs: {@code longue <path>} or {@code courte <path>}. */
    static List<String> lines() {
        List<String> lines = new ArrayList<>();
        collect(CommandTree.whole(CommandParsing.withoutServicesFactory()), "", lines);
        return lines;
    }

    private static void collect(CommandLine command, String path, List<String> lines) {
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            String subPath = path.isEmpty() ? sub.getKey() : path + " " + sub.getKey();
            Object userObject = sub.getValue().getCommand();
            if (userObject instanceof Runnable || userObject instanceof Callable) {
                lines.add((LONG_RUNNING.contains(userObject.getClass()) ? "longue " : "courte ") + subPath);
            }
            collect(sub.getValue(), subPath, lines);
        }
    }

    /** Writes the list for the launcher: {@code CompilerChoice <file>} (the build's packaging step). */
    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), lines(), StandardCharsets.UTF_8);
    }
}
