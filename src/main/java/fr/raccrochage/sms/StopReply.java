package fr.raccrochage.sms;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Whether a reply asks to stop: the word STOP alone, in any case, with any spacing (" s t o p "),
 * accents or final punctuation ("Stop !"). A sentence that merely contains the word ("stop ou
 * encore ?") is not a STOP: the provider's own STOP keyword is the contract, and an unclear reply is
 * left to the operator.
 */
public final class StopReply {

    private StopReply() {
    }

    public static boolean isStop(String reply) {
        if (reply == null) {
            return false;
        }
        String letters = Normalizer.normalize(reply, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[\\s\\p{Punct}\\u00A0\\u202F«»…]", "")
                .toUpperCase(Locale.ROOT);
        return letters.equals("STOP");
    }
}
