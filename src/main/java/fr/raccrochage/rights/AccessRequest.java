package fr.raccrochage.rights;

import com.opencsv.CSVWriter;
import fr.raccrochage.core.FrenchCsvFile;
import fr.raccrochage.core.SpreadsheetCells;
import fr.raccrochage.core.inbound.InboundKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The answer to a right of access: everything held about one young person (every SIEI record of
 * every wave with all its fields, the rejected lines that are theirs, known-case lines, cases,
 * numbers, attempts and results, routings, every export that carried them, feedback, objection,
 * erasure, rectifications, the operators' actions), and the files a person can read: an HTML page
 * that opens anywhere and the same data in CSV.
 */
@Component
class AccessRequest {

    static final String[] CSV_HEADER = {"rubrique", "ligne", "champ", "valeur"};
    private static final List<String> REJECT_COLUMNS = List.of("type", "fichier_id", "ligne", "fichier", "vague",
            "motif", "contenu");

    private final JdbcRightsDao dao;
    private final YoungPersonFinder finder;

    AccessRequest(JdbcRightsDao dao, YoungPersonFinder finder) {
        this.dao = dao;
        this.finder = finder;
    }

    YoungPersonFile build(long personId) {
        List<Section> sections = new ArrayList<>();
        sections.add(dao.person(personId));
        sections.add(dao.sieiRecords(personId));
        sections.add(rejects(personId));
        sections.add(dao.knownCases(personId));
        sections.add(dao.cases(personId));
        sections.add(dao.numbers(personId));
        sections.add(dao.plannedAttempts(personId));
        sections.add(dao.results(personId));
        sections.add(dao.closings(personId));
        sections.add(dao.routings(personId));
        sections.add(dao.exports(personId));
        sections.add(dao.feedback(personId));
        sections.add(dao.oppositions(personId));
        sections.add(dao.corrections(personId));
        sections.add(dao.erasure(personId));
        sections.add(dao.journal(personId));
        return new YoungPersonFile(finder.line(personId), sections);
    }

    /** The kinds of received file whose rejected lines may hold a young person's data, in the answer's order. */
    private static final List<InboundKind> KINDS_WITH_PEOPLE = List.of(InboundKind.SIEI, InboundKind.CAS_CONNUS,
            InboundKind.RESULTATS_APPELS, InboundKind.RETOURS_PARTENAIRES);

    /** The young person's rejected lines, kind of file by kind of file. */
    Section rejects(long personId) {
        PersonMarks marks = marks(personId);
        List<List<String>> rows = new ArrayList<>();
        if (!marks.isEmpty()) {
            for (InboundKind kind : KINDS_WITH_PEOPLE) {
                add(rows, kind, dao.rejects(kind), marks);
            }
        }
        return new Section("Lignes rejetées à l'import qui le ou la concernent", REJECT_COLUMNS, rows);
    }

    PersonMarks marks(long personId) {
        return new PersonMarks(dao.caseIds(personId), dao.identities(List.of(personId)));
    }

    private static void add(List<List<String>> rows, InboundKind kind, List<String[]> rejects, PersonMarks marks) {
        for (String[] r : rejects) {
            if (marks.matches(r[5])) {
                List<String> row = new ArrayList<>(List.of(kind.name()));
                for (String cell : r) {
                    row.add(cell == null ? "" : cell);
                }
                rows.add(row);
            }
        }
    }

    /** Writes {@code <fichier>.html} (or the name given) and the CSV beside it; returns both paths. */
    List<Path> write(YoungPersonFile file, Path target) {
        String name = target.getFileName().toString();
        String base = name.replaceFirst("\\.(html?|csv)$", "");
        Path html = target.resolveSibling(base + ".html");
        Path csv = target.resolveSibling(base + ".csv");
        writeHtml(file, html);
        FrenchCsvFile.write(csv, CSV_HEADER, out -> writeCsv(file, out));
        return List.of(html, csv);
    }

    private static int writeCsv(YoungPersonFile file, CSVWriter out) {
        int n = 0;
        for (Section s : file.sections()) {
            for (int r = 0; r < s.rows().size(); r++) {
                List<String> row = s.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    out.writeNext(new String[] {s.title(), String.valueOf(r + 1), s.columns().get(c),
                        SpreadsheetCells.safe(row.get(c))}, false);
                    n++;
                }
            }
        }
        return n;
    }

    private static void writeHtml(YoungPersonFile file, Path target) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">")
                .append("<title>Données détenues — jeune n° ").append(file.person().personId()).append("</title>")
                .append("<style>body{font-family:Marianne,Arial,sans-serif;margin:2em;color:#161616}")
                .append("h1{font-size:1.6em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:2px solid #000091}")
                .append("table{border-collapse:collapse;font-size:.85em;margin:.5em 0}")
                .append("th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}")
                .append("th{background:#f0f0ff}.vide{color:#666;font-style:italic}</style></head><body>\n");
        h.append("<h1>Données détenues sur un jeune</h1>\n<p>")
                .append(escape(YoungPersonFinder.describe(file.person()))).append("</p>\n<p>Document établi le ")
                .append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")))
                .append(" en réponse à une demande d'accès (RGPD, article 15). Chaque rubrique reprend "
                        + "tout ce que le logiciel conserve ; les mêmes données sont jointes en CSV.</p>\n");
        for (Section s : file.sections()) {
            h.append("<h2>").append(escape(s.title())).append("</h2>\n");
            if (s.isEmpty()) {
                h.append("<p class=\"vide\">Rien n'est conservé dans cette rubrique.</p>\n");
                continue;
            }
            h.append("<table><thead><tr>");
            s.columns().forEach(c -> h.append("<th>").append(escape(c)).append("</th>"));
            h.append("</tr></thead><tbody>\n");
            for (List<String> row : s.rows()) {
                h.append("<tr>");
                row.forEach(v -> h.append("<td>").append(escape(v)).append("</td>"));
                h.append("</tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("</body></html>\n");
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
            Files.writeString(temporary, h, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
