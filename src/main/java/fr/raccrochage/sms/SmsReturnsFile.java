package fr.raccrochage.sms;

import fr.raccrochage.core.inbound.DeclaredLine;
import fr.raccrochage.core.inbound.FileRefusedException;
import fr.raccrochage.core.inbound.InboundColumn;
import fr.raccrochage.core.inbound.InboundFormat;
import fr.raccrochage.core.inbound.InboundInspector;
import fr.raccrochage.core.inbound.InboundKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The SMS provider's returns file read whole through the one inbound reader ({@code core.inbound}):
 * CSV in UTF-8 (with or without BOM) or Windows-1252, {@code ;} {@code ,} tab or {@code |}, or an
 * {@code .xlsx} sheet; header names compared as for the other files (case, accents, spaces,
 * punctuation ignored). A file that is unreadable, empty or lacks a required column is refused as a whole.
 */
public record SmsReturnsFile(InboundFormat format, List<DeclaredLine> lines) {

    static final List<InboundColumn> COLUMNS = List.of(
            InboundColumn.optional("REFERENCE"),
            InboundColumn.optional("NUMERO"),
            InboundColumn.optional("TYPE"),
            InboundColumn.optional("STATUT"),
            InboundColumn.optional("DATE"),
            InboundColumn.optional("TEXTE"));
    static final List<String> REQUIRED = List.of("NUMERO", "TYPE", "DATE");

    public Path path() {
        return format.path();
    }

    public String sha256() {
        return format.sha256();
    }

    String fileName() {
        return format.fileName();
    }

    static SmsReturnsFile read(Path path) {
        return read(path, null);
    }

    static SmsReturnsFile read(Path path, String sheet) {
        InboundFormat format = InboundInspector.inspect(path, sheet);
        return new SmsReturnsFile(format, DeclaredLine.readAll(format, COLUMNS, Map.of(),
                InboundKind.SMS_RETOURS.describe(format.fileName()), header -> {
                    List<String> missing = REQUIRED.stream().filter(c -> !header.has(c)).toList();
                    if (!missing.isEmpty()) {
                        throw new FileRefusedException("Fichier refusé : " + format.fileName()
                                + " : colonne(s) obligatoire(s) absente(s) de l'en-tête : " + String.join(", ", missing)
                                + ".");
                    }
                }));
    }
}
