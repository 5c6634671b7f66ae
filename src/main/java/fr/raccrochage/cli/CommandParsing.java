package fr.raccrochage.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import org.springframework.objenesis.ObjenesisStd;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParseResult;

/**
 * Reads the command line before any Spring context exists: usage errors, help and version
 * need nothing else, and the command found says whether it writes (run lock) or serves pages.
 * Command objects made here only carry the parsed options: their services are left out.
 */
final class CommandParsing {

    /** What the arguments ask for. */
    record Parsed(CommandLine command, List<String> names) {

        Class<?> commandClass() {
            return command.getCommand().getClass();
        }

        DatabaseAccess.Mode access() {
            DatabaseAccess access = commandClass().getAnnotation(DatabaseAccess.class);
            return access == null ? DatabaseAccess.Mode.WRITES : access.value();
        }

        /** Help, version, {@code aide} or a group without its subcommand: answered without Spring. */
        boolean answeredWithoutSpring(ParseResult result) {
            if (helpRequested(result)) {
                return true;
            }
            Object command = this.command.getCommand();
            return command instanceof HelpSubcommand || !(command instanceof Runnable || command instanceof java.util.concurrent.Callable);
        }

        String topLevelName() {
            return names.size() > 1 ? names.get(1) : "";
        }
    }

    private CommandParsing() {
    }

    /** The tree these arguments need, its commands built without their services. */
    static CommandLine withoutServices(String... args) {
        return CommandTree.forArgs(args, withoutServicesFactory());
    }

    static IFactory withoutServicesFactory() {
        return new WithoutServicesFactory();
    }

    static Parsed parsed(ParseResult result) {
        ParseResult leaf = result;
        List<String> names = new java.util.ArrayList<>(List.of(result.commandSpec().name()));
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
            names.add(leaf.commandSpec().name());
        }
        return new Parsed(leaf.commandSpec().commandLine(), names);
    }

    static boolean helpRequested(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.hasSubcommand() ? r.subcommand() : null) {
            if (r.isUsageHelpRequested() || r.isVersionHelpRequested()) {
                return true;
            }
        }
        return false;
    }

    /** The last line read, so the launcher's reading is not done again inside Spring. */
    private static volatile Remembered remembered;

    private record Remembered(List<String> args, Parsed parsed) {
    }

    static void remember(String[] args, Parsed parsed) {
        remembered = new Remembered(List.of(args), parsed);
    }

    /** The command the arguments name, or null when they do not parse (the run reports it). */
    static Parsed target(String... args) {
        Remembered last = remembered;
        if (last != null && last.args().equals(List.of(args))) {
            return last.parsed();
        }
        try {
            return parsed(withoutServices(args).parseArgs(args));
        } catch (CommandLine.ParameterException e) {
            return null;
        }
    }

    /**
     * Calls a command's constructor with no services (null, zero) so its field initializers
     * (shown as defaults in its help) run; a constructor that uses its arguments falls back to
     * an instance made without any constructor.
     */
    private static final class WithoutServicesFactory implements IFactory {
        private static final ObjenesisStd OBJENESIS = new ObjenesisStd();

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return CommandLine.defaultFactory().create(type);
            } catch (Exception noConstructorWithoutArguments) {
                Constructor<?> constructor = type.getDeclaredConstructors()[0];
                constructor.setAccessible(true);
                Class<?>[] types = constructor.getParameterTypes();
                Object[] none = new Object[types.length];
                for (int i = 0; i < types.length; i++) {
                    none[i] = defaultValue(types[i]);
                }
                try {
                    return type.cast(constructor.newInstance(none));
                } catch (InvocationTargetException | RuntimeException usesItsArguments) {
                    return OBJENESIS.newInstance(type);
                }
            }
        }

        private static Object defaultValue(Class<?> type) {
            if (!type.isPrimitive()) {
                return null;
            }
            if (type == boolean.class) {
                return false;
            }
            if (type == char.class) {
                return '\0';
            }
            return java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(type, 1), 0);
        }
    }
}
