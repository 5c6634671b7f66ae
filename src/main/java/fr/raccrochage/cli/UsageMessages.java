package fr.raccrochage.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli writes its usage errors in English; operators read French. Every usage error goes
 * through {@link #report}: the sentence in French, then a suggestion or where the help is.
 */
final class UsageMessages {

    private static final Pattern INVALID_VALUE = Pattern.compile(
            "Invalid value for (?:option '([^']+)'|positional parameter at index \\S+ \\(([^)]*)\\)): (.*)", Pattern.DOTALL);
    private static final Pattern NOT_A_TYPE = Pattern.compile("'(.*)' is not an? (\\w+)(?: \\(.*\\))?", Pattern.DOTALL);
    private static final Pattern NEEDS_VALUE = Pattern.compile(
            "(?:Missing required parameter for option|Expected parameter for option) '([^']+)'.*", Pattern.DOTALL);
    private static final Map<String, String> TYPES = Map.of("int", "un nombre entier", "long", "un nombre entier",
            "Integer", "un nombre entier", "Long", "un nombre entier", "double", "un nombre", "Path", "un chemin de fichier",
            "LocalDate", "une date (AAAA-MM-JJ ou JJ/MM/AAAA)");

    private UsageMessages() {
    }

    /** French usage errors and date options read the same way everywhere (AAAA-MM-JJ or JJ/MM/AAAA). */
    static CommandLine install(CommandLine commandLine) {
        commandLine.registerConverter(LocalDate.class, new DateConverter());
        commandLine.setParameterExceptionHandler(UsageMessages::handle);
        return commandLine;
    }

    private static int handle(ParameterException e, String[] args) {
        report(e, e.getCommandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** The error in French, then "did you mean" or the command's help. */
    static void report(ParameterException e, PrintWriter err) {
        err.println(french(e));
        List<String> suggestions = e instanceof UnmatchedArgumentException unmatched ? unmatched.getSuggestions() : List.of();
        if (!suggestions.isEmpty()) {
            err.println("Vouliez-vous dire : " + String.join(" ou ", suggestions) + " ?");
        } else {
            err.println("Aide : " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help");
        }
        err.flush();
    }

    static String french(ParameterException e) {
        if (e instanceof MissingParameterException missing) {
            boolean options = missing.getMissing().stream().allMatch(ArgSpec::isOption);
            String names = missing.getMissing().stream().map(UsageMessages::label).collect(Collectors.joining(", "));
            return (options ? "Option obligatoire manquante : " : "Paramètre obligatoire manquant : ") + names;
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> words = unmatched.getUnmatched();
            boolean option = !words.isEmpty() && words.get(0).startsWith("-");
            return (option ? "Option inconnue : " : "Argument inconnu : ") + String.join(" ", words);
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return "L'option " + label(overwritten.getOverwritten()).replaceFirst("=.*", "") + " ne peut être donnée qu'une fois.";
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof MutuallyExclusiveArgsException) {
            return "Options incompatibles, une seule à la fois : "
                    + message.replaceFirst("^Error: ", "").replaceFirst(" are mutually exclusive.*$", "");
        }
        Matcher invalid = INVALID_VALUE.matcher(message);
        if (invalid.matches()) {
            String where = invalid.group(1) != null ? "l'option " + invalid.group(1) : "le paramètre " + invalid.group(2);
            return "Valeur invalide pour " + where + " : " + value(invalid.group(3));
        }
        if (message.startsWith("Missing required subcommand")) {
            return "Commande manquante après « " + e.getCommandLine().getCommandSpec().qualifiedName() + " ».";
        }
        Matcher needsValue = NEEDS_VALUE.matcher(message);
        if (needsValue.matches()) {
            return "L'option " + needsValue.group(1) + " attend une valeur.";
        }
        return message;
    }

    /** "'12x' is not an int" -> "« 12x » n'est pas un nombre entier"; our converters' messages are already French. */
    private static String value(String reason) {
        Matcher notA = NOT_A_TYPE.matcher(reason);
        if (notA.matches()) {
            return "« " + notA.group(1) + " » n'est pas " + TYPES.getOrDefault(notA.group(2), "une valeur acceptée");
        }
        return reason;
    }

    private static String label(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() + "=" + option.paramLabel() : arg.paramLabel();
    }
}
