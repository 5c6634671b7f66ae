package fr.raccrochage.core.inbound;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * One sheet of an {@code .xlsx} workbook read row by row (streamed), each record numbered by its
 * sheet row, as the spreadsheet shows it. Cells become the text a CSV export would hold: dates as
 * {@code JJ/MM/AAAA} (with {@code HH:MM} when they carry a time), whole numbers without decimals.
 */
final class XlsxRows implements InboundRows {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    // Excel's built-in date and time formats (ECMA-376, 18.8.30)
    private static final Set<Integer> DATE_FORMAT_IDS = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47);

    private final InboundFormat format;
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private String[] header;
    private long position;

    XlsxRows(InboundFormat format) {
        this.format = format;
        try {
            workbook = new ReadableWorkbook(format.path().toFile(), new ReadingOptions(true, false));
            Sheet sheet = workbook.findSheet(format.sheet()).orElseThrow(() -> new FileRefusedException(
                    "Fichier refusé : « %s » n'a plus de feuille « %s ».".formatted(format.fileName(), format.sheet())));
            stream = sheet.openStream();
            rows = stream.iterator();
        } catch (IOException | RuntimeException e) {
            if (e instanceof FileRefusedException refused) {
                throw refused;
            }
            throw new FileRefusedException("Fichier refusé : « %s » n'est pas un classeur .xlsx lisible (%s)."
                    .formatted(format.fileName(), e.getMessage()), e);
        }
    }

    @Override
    public String[] header() {
        if (header == null) {
            InboundRow first = nextRow();
            if (first == null) {
                throw new FileRefusedException("Fichier refusé : la feuille « %s » de « %s » est vide."
                        .formatted(format.sheet(), format.fileName()));
            }
            header = first.cells();
        }
        return header;
    }

    @Override
    public InboundRow next() {
        int width = header().length;
        InboundRow row = nextRow();
        if (row == null || row.cells().length >= width) {
            return row;
        }
        // A sheet stores no trailing empty cells; a CSV export of it would write them.
        String[] padded = java.util.Arrays.copyOf(row.cells(), width);
        java.util.Arrays.fill(padded, row.cells().length, width, "");
        return InboundRow.parsed(row.line(), padded);
    }

    private InboundRow nextRow() {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                position++;
                String[] cells = cells(row);
                if (!blank(cells)) {
                    return InboundRow.parsed(row.getRowNum(), cells);
                }
            }
            return null;
        } catch (RuntimeException e) {
            throw new FileRefusedException("Fichier refusé : la feuille « %s » de « %s » est illisible (%s)."
                    .formatted(format.sheet(), format.fileName(), e.getMessage()), e);
        }
    }

    private static String[] cells(Row row) {
        int width = row.getCellCount();
        while (width > 0 && text(row.getCell(width - 1)).isEmpty()) {
            width--;
        }
        String[] cells = new String[width];
        for (int i = 0; i < width; i++) {
            cells[i] = text(row.getCell(i));
        }
        return cells;
    }

    private static boolean blank(String[] cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            return isDate(cell) ? date(cell.asDate()) : number(cell.asNumber());
        }
        if (cell.getType() == CellType.FORMULA) {
            String raw = cell.getRawValue();
            return raw == null ? "" : raw;
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }

    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && DATE_FORMAT_IDS.contains(id)) {
            return true;
        }
        String pattern = cell.getDataFormatString();
        if (pattern == null) {
            return false;
        }
        String bare = pattern.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "").toLowerCase(java.util.Locale.ROOT);
        return bare.contains("y") || bare.contains("d") || (bare.contains("h") && bare.contains(":"));
    }

    private static String date(LocalDateTime value) {
        return value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? value.format(DATE) : value.format(DATE_TIME);
    }

    private static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public void close() {
        try {
            stream.close();
            workbook.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
