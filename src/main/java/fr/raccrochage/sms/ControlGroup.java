package fr.raccrochage.sms;

import fr.raccrochage.core.FileDigest;
import java.nio.charset.StandardCharsets;

/**
 * The control group of the measure: drawn from the case id alone (SHA-256, so neither the order of
 * the list nor the young person's data has any part in it), the same case is always in the same
 * group, and about {@code percent} % of a wave's cases get no SMS.
 */
public final class ControlGroup {

    public enum Group { SMS, TEMOIN }

    private ControlGroup() {
    }

    public static Group of(String idAppel, int percent) {
        byte[] digest = FileDigest.newSha256().digest(idAppel.getBytes(StandardCharsets.UTF_8));
        long draw = ((digest[0] & 0xFFL) << 24 | (digest[1] & 0xFFL) << 16 | (digest[2] & 0xFFL) << 8 | (digest[3] & 0xFFL))
                % 100;
        return draw < percent ? Group.TEMOIN : Group.SMS;
    }
}
