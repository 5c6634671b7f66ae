package fr.raccrochage.cli;

import java.util.stream.Collectors;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** picocli writes its usage errors in English; operators read French. */
final class UsageMessages {

    private UsageMessages() {
    }

    static String french(ParameterException e) {
        if (e instanceof MissingParameterException missing) {
            boolean options = missing.getMissing().stream().allMatch(ArgSpec::isOption);
            String names = missing.getMissing().stream().map(UsageMessages::label).collect(Collectors.joining(", "));
            return (options ? "Option obligatoire manquante : " : "Paramètre obligatoire manquant : ") + names;
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            return "Argument inconnu : " + String.join(" ", unmatched.getUnmatched());
        }
        String message = e.getMessage();
        if (e instanceof MutuallyExclusiveArgsException && message != null) {
            return "Options incompatibles, une seule à la fois : "
                    + message.replaceFirst("^Error: ", "").replaceFirst(" are mutually exclusive.*$", "");
        }
        if (message != null && message.startsWith("Invalid value")) {
            return "Valeur invalide (" + message + ")";
        }
        return message;
    }

    private static String label(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() + "=" + option.paramLabel() : arg.paramLabel();
    }
}
