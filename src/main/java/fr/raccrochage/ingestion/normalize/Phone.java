package fr.raccrochage.ingestion.normalize;

/** A valid phone number in E.164 form ("+33612345678") with its type. */
public record Phone(String e164, PhoneType type) {
}
