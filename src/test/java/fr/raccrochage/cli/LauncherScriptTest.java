package fr.raccrochage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged launcher (src/main/sh/raccrochage) with the command list the build writes beside it:
 * which JVM options each command line gets. A stand-in for java prints them.
 */
class LauncherScriptTest {

    private static final String QUICK = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path dir;

    @BeforeEach
    void packageTheLauncher() throws IOException {
        Files.copy(Path.of("src/main/sh/raccrochage"), dir.resolve("raccrochage"));
        Files.write(dir.resolve("commandes"), CompilerChoice.lines(), StandardCharsets.UTF_8);
        Path java = Files.writeString(dir.resolve("java"), "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
    }

    private List<String> jvmArguments(String... args) throws Exception {
        return jvmArgumentsWith(null, args);
    }

    private List<String> jvmArgumentsWith(String javaOpts, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", dir.resolve("raccrochage").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA", dir.resolve("java").toString());
        builder.environment().remove("JAVA_OPTS");
        if (javaOpts != null) {
            builder.environment().put("JAVA_OPTS", javaOpts);
        }
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isZero();
        List<String> lines = out.lines().toList();
        return lines.subList(0, lines.indexOf("-jar"));
    }

    @Test
    void shouldKeepTheOptimizingCompilerForCommandsWhoseWorkGrowsWithTheData() throws Exception {
        for (String[] args : List.of(new String[] {"siei", "importer", "--vague", "B1", "a.csv"},
                new String[] {"siei", "importer", "a.csv", "--vague", "B1"}, new String[] {"nuit", "--en-continu"},
                new String[] {"portail"}, new String[] {"portail", "--port", "9000"},
                new String[] {"doublons", "resoudre", "--vague", "B1"})) {
            assertThat(jvmArguments(args)).as(String.join(" ", args)).doesNotContain(QUICK)
                    .contains("-Dspring.aot.enabled=true");
        }
    }

    @Test
    void shouldStartShortCommandsAndHelpWithTheQuickCompilerAlone() throws Exception {
        for (String[] args : List.of(new String[] {"--help"}, new String[0], new String[] {"aide", "siei", "importer"},
                new String[] {"siei", "importer", "--help"}, new String[] {"vague", "etat"},
                new String[] {"appels", "du-jour", "--date", "02/12/2026"}, new String[] {"portail", "compte", "lister"},
                new String[] {"inconnue"}, new String[] {"vague", "etat", "--vague", "B1"})) {
            assertThat(jvmArguments(args)).as(String.join(" ", args)).contains(QUICK);
        }
    }

    @Test
    void shouldGiveTheClassDataArchiveToEveryCommandButThePortal() throws Exception {
        Files.writeString(dir.resolve("raccrochage.jsa"), "");
        String archive = "-XX:SharedArchiveFile=" + dir.resolve("raccrochage.jsa");

        assertThat(jvmArguments("vague", "etat")).contains(QUICK, archive);
        assertThat(jvmArguments("--help")).contains(QUICK, archive);
        assertThat(jvmArguments("siei", "importer", "--vague", "B1", "a.csv")).doesNotContain(QUICK).contains(archive);
        assertThat(jvmArguments("doublons", "resoudre", "--vague", "B1")).contains(archive);
        assertThat(jvmArguments("portail", "--port", "9000"))
                .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
        assertThat(jvmArguments("portail", "compte", "lister")).contains(QUICK, archive);
    }

    @Test
    void shouldRunBatchWorkWithTheThroughputCollectorAndSmallInliningButNotThePortal() throws Exception {
        List<String> batch = List.of("-XX:FreqInlineSize=50", "-XX:InlineSmallCode=300",
                "-XX:Tier4InvocationThreshold=15000", "-XX:Tier4CompileThreshold=45000", "-XX:+UseParallelGC");

        assertThat(jvmArguments("siei", "importer", "--vague", "B1", "a.csv")).containsAll(batch);
        assertThat(jvmArguments("doublons", "resoudre", "--vague", "B1")).containsAll(batch);
        assertThat(jvmArguments("portail", "--port", "9000")).doesNotContainAnyElementsOf(batch);
        assertThat(jvmArguments("vague", "etat")).doesNotContainAnyElementsOf(batch);
        assertThat(jvmArgumentsWith("-XX:+UseG1GC", "nuit")).contains("-XX:FreqInlineSize=50", "-XX:+UseG1GC")
                .doesNotContain("-XX:+UseParallelGC");
        assertThat(jvmArgumentsWith("-Xmx1g", "doublons", "resoudre", "--vague", "B1")).contains("-Xms1g", "-Xmx1g");
        assertThat(jvmArgumentsWith("-Xms200m -Xmx1g", "doublons", "resoudre", "--vague", "B1")).contains("-Xms200m")
                .doesNotContain("-Xms1g");
        assertThat(jvmArgumentsWith("-Xmx1g", "vague", "etat")).doesNotContain("-Xms1g");
        assertThat(jvmArgumentsWith("-Xmx1g", "nuit")).contains("-Xms1g");
        assertThat(jvmArgumentsWith("-Xmx1g", "nuit", "--en-continu")).doesNotContain("-Xms1g");
        assertThat(jvmArgumentsWith("-Xmx1g", "portail")).doesNotContain("-Xms1g");
    }

    @Test
    void shouldLetTheOperatorsOptionsWinByPassingThemLast() throws Exception {
        List<String> options = jvmArgumentsWith("-Xmx2g -Dspring.aot.enabled=false", "vague", "etat");

        assertThat(options).endsWith("-Dspring.aot.enabled=true", "-Xmx2g", "-Dspring.aot.enabled=false");
    }

    @Test
    void shouldListEveryCommandWithItsCompilers() {
        assertThat(CompilerChoice.lines()).contains("longue siei importer", "longue nuit", "longue portail",
                "courte portail compte creer", "courte vague etat", "courte appels du-jour", "courte aide")
                .allMatch(line -> line.startsWith("longue ") || line.startsWith("courte "));
    }
}
