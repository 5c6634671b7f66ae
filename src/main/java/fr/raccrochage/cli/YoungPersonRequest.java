package fr.raccrochage.cli;

import fr.raccrochage.core.RunLock;
import fr.raccrochage.rights.RightsException;
import fr.raccrochage.rights.YoungPersonRights;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How every {@code jeune} command that acts on one young person runs: the identifier resolved to one
 * young person, the action, and a refused request (unknown, several, an open case...) turned into its
 * French sentence and documented exit code.
 */
final class YoungPersonRequest {

    /** What a command does for the young person found; returns the exit code. */
    @FunctionalInterface
    interface Action {
        int run(long person, PrintWriter out);
    }

    private YoungPersonRequest() {
    }

    /** Read-only: no run lock. */
    static int run(CommandSpec spec, YoungPersonRights rights, String identifier, Action action) {
        PrintWriter out = spec.commandLine().getOut();
        try {
            int code = action.run(rights.resolve(identifier), out);
            out.flush();
            return code;
        } catch (RightsException e) {
            return YoungPersonCommand.refused(spec, e);
        }
    }

    /** A change: under the run lock, taken before the young person is looked up. */
    static int runLocked(CommandSpec spec, RunLock lock, YoungPersonRights rights, String identifier, Action action) {
        try (RunLock.Held held = lock.acquire()) {
            return run(spec, rights, identifier, action);
        }
    }
}
