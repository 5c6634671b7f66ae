package fr.raccrochage.core.inbound;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Test fixture: the same table saved the four ways files reach us: UTF-8 with BOM and {@code ;},
 * Windows-1252 and {@code ;} (a French spreadsheet's "CSV"), UTF-8 and {@code ,}, and an {@code .xlsx}
 * workbook whose dates are real date cells.
 */
public final class InboundVariants {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private InboundVariants() {
    }

    /** Writes the four variants under {@code dir}; keys name them for failure messages. */
    public static Map<String, Path> write(Path dir, String base, List<String> header, List<List<String>> rows) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("UTF-8 ;", text(dir.resolve(base + "-utf8.csv"), StandardCharsets.UTF_8, true, ';', header, rows));
        files.put("Windows-1252 ;", text(dir.resolve(base + "-cp1252.csv"), Charset.forName("windows-1252"), false, ';',
                header, rows));
        files.put("UTF-8 ,", text(dir.resolve(base + "-virgule.csv"), StandardCharsets.UTF_8, false, ',', header, rows));
        files.put("xlsx", xlsx(dir.resolve(base + ".xlsx"), header, rows));
        return files;
    }

    static Path text(Path file, Charset charset, boolean bom, char delimiter, List<String> header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                boolean quote = cell.indexOf(delimiter) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0;
                cells.add(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
            }
            text.append(String.join(String.valueOf(delimiter), cells)).append("\r\n");
        }
        try {
            return Files.write(file, text.toString().getBytes(charset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path xlsx(Path file, List<String> header, List<List<String>> rows) {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "raccrochage-tests", "1.0");
            Worksheet sheet = workbook.newWorksheet("Liste");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    cell(sheet, r + 1, c, row.get(c));
                }
            }
            workbook.finish();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Worksheet sheet, int r, int c, String value) {
        if (value.isEmpty()) {
            return;
        }
        try {
            sheet.value(r, c, LocalDateTime.parse(value, DATE_TIME));
            sheet.style(r, c).format("dd/mm/yyyy hh:mm").set();
            return;
        } catch (DateTimeParseException e) {
            // not a date and time
        }
        try {
            sheet.value(r, c, LocalDate.parse(value, DATE));
            sheet.style(r, c).format("dd/mm/yyyy").set();
            return;
        } catch (DateTimeParseException e) {
            // not a date
        }
        if (value.matches("[1-9]\\d{0,5}")) {
            sheet.value(r, c, Integer.parseInt(value));
        } else {
            sheet.value(r, c, value);
        }
    }
}
