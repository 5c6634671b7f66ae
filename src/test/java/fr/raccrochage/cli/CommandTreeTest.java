package fr.raccrochage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The tree built for one line answers exactly as the whole tree: help, help of each command, errors. */
class CommandTreeTest {

    private record Answer(int exitCode, String out, String err) {
    }

    private static Answer run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Answer(exitCode, out.toString(), err.toString());
    }

    private static Answer partial(String... args) {
        return run(CommandTree.forArgs(args, CommandParsing.withoutServicesFactory()), args);
    }

    private static Answer whole(String... args) {
        return run(CommandTree.whole(CommandParsing.withoutServicesFactory()), args);
    }

    /** Every command line that names a command: {@code vague}, {@code vague etat}, ... */
    private static List<List<String>> everyCommandPath() {
        List<List<String>> paths = new ArrayList<>();
        collect(CommandTree.whole(CommandParsing.withoutServicesFactory()), new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            if (!sub.getKey().equals(sub.getValue().getCommandName())) {
                continue; // an alias
            }
            List<String> subPath = new ArrayList<>(path);
            subPath.add(sub.getKey());
            paths.add(subPath);
            collect(sub.getValue(), subPath, paths);
        }
    }

    @Test
    void shouldPrintTheSameTopLevelHelpAsTheWholeTree() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"aide"},
                new String[] {"--version"}, new String[0], new String[] {"vague"})) {
            assertThat(partial(args)).as(String.join(" ", args)).isEqualTo(whole(args));
        }
        assertThat(partial("--help").out()).contains("Commandes :", "  vague        Vagues d'appels (campagnes).",
                "  aide, help   Affiche l'aide");
    }

    @Test
    void shouldPrintEachCommandsHelpAsTheWholeTree() {
        List<List<String>> paths = everyCommandPath();
        assertThat(paths).extracting(path -> String.join(" ", path)).contains("vague etat", "siei importer", "portail compte");
        for (List<String> path : paths) {
            List<String> help = new ArrayList<>(path);
            help.add("--help");
            String[] helpArgs = help.toArray(String[]::new);
            assertThat(partial(helpArgs)).as(String.join(" ", help)).isEqualTo(whole(helpArgs));
            List<String> aide = new ArrayList<>(List.of("aide"));
            aide.addAll(path);
            String[] aideArgs = aide.toArray(String[]::new);
            Answer answer = partial(aideArgs);
            assertThat(answer).as(String.join(" ", aide)).isEqualTo(whole(aideArgs));
            assertThat(answer.out()).as(String.join(" ", aide)).contains("Usage : raccrochage " + String.join(" ", path));
        }
    }

    @Test
    void shouldAnswerUsageErrorsAsTheWholeTree() {
        for (String[] args : List.of(new String[] {"vage", "etat"}, new String[] {"vague", "eta"},
                new String[] {"--inconnue"}, new String[] {"siei", "importer", "liste.csv"},
                new String[] {"aide", "inconnue"}, new String[] {"vague", "etat", "--date", "31/11/2026"})) {
            Answer answer = partial(args);
            assertThat(answer).as(String.join(" ", args)).isEqualTo(whole(args));
            assertThat(answer.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
        }
        assertThat(partial("vage", "etat").err()).contains("Vouliez-vous dire : vague ?");
        assertThat(partial()).isEqualTo(new Answer(ExitCodes.USAGE, "",
                String.format("Commande manquante après « raccrochage ».%nAide : raccrochage --help%n")));
        assertThat(partial("vague").err()).startsWith("Commande manquante après « raccrochage vague ».");
    }

    @Test
    void shouldBuildOnlyTheGroupTheLineNames() {
        CommandLine tree = CommandTree.forArgs(new String[] {"vague", "etat", "--vague", "V1"},
                CommandParsing.withoutServicesFactory());
        assertThat(tree.getSubcommands().get("vague").getSubcommands()).containsKey("etat");
        assertThat(tree.getSubcommands().get("siei").getSubcommands()).isEmpty();
        assertThat(CommandTree.namedCommands(new String[] {"aide", "siei", "importer"})).containsExactly("aide", "siei");
        assertThat(CommandTree.namedCommands(new String[] {"-h"})).isEmpty();
        assertThat(CommandTree.namedCommands(new String[] {"vague", "etat", "--vague", "V1"})).containsExactly("vague");
    }
}
