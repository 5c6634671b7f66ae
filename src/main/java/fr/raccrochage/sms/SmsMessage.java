package fr.raccrochage.sms;

import java.time.LocalDateTime;

/**
 * One SMS of a batch: the reference the provider returns with it (no personal data: batch and
 * sequence), the case it announces the calls of, the number and the text.
 */
public record SmsMessage(String reference, long lotId, String idAppel, long personId, Kind kind, String number,
        String owner, String text, LocalDateTime sendAt, Status status) {

    /** ANNONCE before the first calls; RELANCE after failed attempts, when the settings allow one. */
    public enum Kind { ANNONCE, RELANCE }

    public enum Status {
        PREVU, ANNULE, DELIVRE, ECHEC, NUMERO_INCONNU;

        /** Counted as sent: handed to the provider. */
        public boolean sent() {
            return this != ANNULE;
        }
    }

    public static String reference(long lotId, int sequence) {
        return "SMS%d-%05d".formatted(lotId, sequence);
    }
}
