package fr.raccrochage.calls;

import fr.raccrochage.core.inbound.DeclaredLine;
import fr.raccrochage.core.inbound.InboundColumn;
import fr.raccrochage.core.inbound.InboundFormat;
import fr.raccrochage.core.inbound.InboundInspector;
import fr.raccrochage.core.inbound.InboundKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A call-results file read whole (shared/formats/call-results.md) through the one inbound reader:
 * CSV in UTF-8 (with or without BOM) or Windows-1252, {@code ;} {@code ,} or tab, or an {@code .xlsx}
 * sheet; header names compared without case, accents, spaces or punctuation. A file that is
 * unreadable, empty or lacks a required column is refused as a whole.
 */
public record CallResultsFile(InboundFormat format, List<DeclaredLine> lines) {

    static final List<InboundColumn> COLUMNS = List.of(
            InboundColumn.required("ID_APPEL", "IDENTIFIANT_APPEL", "ID"),
            InboundColumn.required("TENTATIVE", "NUMERO_TENTATIVE", "ESSAI"),
            InboundColumn.required("DATE_APPEL", "DATE", "DATE_HEURE", "HORODATAGE"),
            InboundColumn.required("NUMERO", "TELEPHONE", "NUMERO_APPELE", "TEL"),
            InboundColumn.required("RESULTAT", "ISSUE", "STATUT"),
            InboundColumn.optional("DATE_RAPPEL", "RAPPEL", "RAPPELER_LE"),
            InboundColumn.optional("SOLUTION"),
            InboundColumn.optional("COMMENTAIRE", "COMMENTAIRES", "REMARQUE"),
            InboundColumn.optional("AGENT", "CONSEILLER", "OPERATEUR"));

    public Path path() {
        return format.path();
    }

    public String sha256() {
        return format.sha256();
    }

    String fileName() {
        return format.fileName();
    }

    static CallResultsFile read(Path path) {
        return read(path, null, Map.of());
    }

    static CallResultsFile read(Path path, String sheet, Map<String, List<String>> aliases) {
        InboundFormat format = InboundInspector.inspect(path, sheet);
        return new CallResultsFile(format, DeclaredLine.readAll(format, COLUMNS, aliases,
                InboundKind.RESULTATS_APPELS.describe(format.fileName()), header -> {
                }));
    }
}
