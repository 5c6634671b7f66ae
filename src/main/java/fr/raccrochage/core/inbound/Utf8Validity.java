package fr.raccrochage.core.inbound;

/**
 * Whether a byte stream, fed in pieces, is well-formed UTF-8 by the same rule as the JDK's strict
 * decoder (no overlong forms, no surrogates, nothing above U+10FFFF). Runs of ASCII, nearly all of a
 * list, are skipped eight bytes at a time ({@link AsciiRuns}); the JDK's decoder, used before,
 * decoded every byte into a char buffer only to drop it, a tenth of the import's main thread.
 */
final class Utf8Validity {

    /** Continuation bytes still expected by the sequence in progress. */
    private int pending;
    /** Bounds of the next continuation byte (narrower right after E0, ED, F0, F4). */
    private int low = 0x80;
    private int high = 0xBF;
    private boolean valid = true;

    /** Feeds the next piece; returns whether everything so far is still well-formed. */
    boolean update(byte[] bytes, int offset, int length) {
        int end = offset + length;
        for (int i = offset; i < end && valid; i++) {
            int b = bytes[i];
            if (pending == 0) {
                i = AsciiRuns.end(bytes, i, end);
                if (i == end) {
                    break;
                }
                start(bytes[i] & 0xFF);
            } else {
                int u = b & 0xFF;
                if (u < low || u > high) {
                    valid = false;
                } else {
                    pending--;
                    low = 0x80;
                    high = 0xBF;
                }
            }
        }
        return valid;
    }

    /** Whether the whole stream was well-formed (a sequence cut at the end is not). */
    boolean finish() {
        return valid && pending == 0;
    }

    private void start(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            pending = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            pending = 2;
            if (lead == 0xE0) {
                low = 0xA0;
            } else if (lead == 0xED) {
                high = 0x9F;
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            pending = 3;
            if (lead == 0xF0) {
                low = 0x90;
            } else if (lead == 0xF4) {
                high = 0x8F;
            }
        } else {
            valid = false;
        }
    }
}
