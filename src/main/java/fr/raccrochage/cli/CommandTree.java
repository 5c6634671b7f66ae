package fr.raccrochage.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The picocli tree for one command line. picocli reads every command class of a tree by
 * reflection when it builds it (a quarter of a short command's start-up for the ~65 commands);
 * a command line needs only the group it names ({@code vague} for {@code vague etat}, also after
 * {@code aide}) built whole. The other top-level commands are stand-ins carrying their name,
 * aliases and description: all that the top-level help lists and that a "did you mean"
 * suggestion needs. {@link #whole} builds everything.
 */
final class CommandTree {

    private CommandTree() {
    }

    /** The tree the arguments need, its commands made by the factory, with French messages. */
    static CommandLine forArgs(String[] args, IFactory factory) {
        List<String> named = namedCommands(args);
        return build(factory, type -> named.stream().anyMatch(name -> names(type).contains(name)));
    }

    /** Every command of the tree built whole (help of every command, tests). */
    static CommandLine whole(IFactory factory) {
        return build(factory, type -> true);
    }

    private interface Selection {
        boolean buildsWhole(Class<?> topLevel);
    }

    private static CommandLine build(IFactory factory, Selection selection) {
        CommandLine root = new CommandLine(RaccrochageCommand.class, factory);
        for (Class<?> type : RaccrochageCommand.COMMANDS) {
            if (selection.buildsWhole(type)) {
                root.addSubcommand(new CommandLine(type, factory));
            } else {
                root.addSubcommand(standIn(type));
            }
        }
        // set after the subcommands are in: picocli hands these down to the commands it holds
        root.setOut(new PrintWriter(System.out, true));
        root.setErr(new PrintWriter(System.err, true));
        root.setExecutionExceptionHandler(CliRunner::handle);
        return UsageMessages.install(root);
    }

    /** The top-level words of the line: its first command, and the one after {@code aide}. */
    static List<String> namedCommands(String[] args) {
        List<String> words = java.util.Arrays.stream(args).filter(arg -> !arg.startsWith("-")).limit(2).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        boolean help = names(HelpSubcommand.class).contains(words.get(0));
        return help ? words : words.subList(0, 1);
    }

    private static List<String> names(Class<?> type) {
        Command command = type.getAnnotation(Command.class);
        List<String> names = new java.util.ArrayList<>(List.of(command.aliases()));
        names.add(0, command.name());
        return names;
    }

    /** A top-level command not named by the line: what the top-level help shows of it, nothing more. */
    private static CommandLine standIn(Class<?> type) {
        Command command = type.getAnnotation(Command.class);
        CommandSpec spec = CommandSpec.create().name(command.name()).aliases(command.aliases());
        spec.usageMessage().header(command.header()).description(command.description()).hidden(command.hidden());
        return new CommandLine(spec);
    }
}
