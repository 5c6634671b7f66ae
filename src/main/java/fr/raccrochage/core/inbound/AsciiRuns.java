package fr.raccrochage.core.inbound;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Skips runs of ASCII bytes eight at a time. A list is nearly all ASCII, and the checks made on a
 * whole file before it is imported (well-formed UTF-8, bytes Windows-1252 leaves undefined) only
 * care about the other bytes: byte by byte, they were most of the time taken before the import
 * starts on a million-line list.
 */
final class AsciiRuns {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private AsciiRuns() {
    }

    /** The index of the first byte from {@code from} (inclusive) to {@code end} with its high bit set, or {@code end}. */
    static int end(byte[] bytes, int from, int end) {
        int i = from;
        while (i + Long.BYTES <= end && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
            i += Long.BYTES;
        }
        while (i < end && bytes[i] >= 0) {
            i++;
        }
        return i;
    }
}
