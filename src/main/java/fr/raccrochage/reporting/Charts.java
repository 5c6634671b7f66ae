package fr.raccrochage.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of the report's SVG charts, computed here so that the templates only place
 * ready-made shapes: horizontal bars, 100 % stacked bars and lines over the waves.
 */
final class Charts {

    static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 250;
    private static final int BAR_AREA = 400;
    private static final int ROW = 28;
    private static final int BAR = 18;
    /** A label line longer than this would run past the chart's left edge at the page's font size: it wraps. */
    static final int LABEL_CHARS = 30;
    private static final int LINE = 15;

    private Charts() {
    }

    record Bar(String label, String value, String tooltip, String color, String x, String y, String barWidth,
            String barHeight, String labelX, String valueX, String textY, List<LabelLine> lines) {
    }

    /** One line of a wrapped label. */
    record LabelLine(String x, String y, String text) {
    }

    record BarChart(String title, int width, int height, List<Bar> bars) {
    }

    /** One bar to draw: its length is {@code amount} over the chart's largest amount. */
    record BarInput(String label, double amount, String value, String tooltip, String color) {
    }

    static BarChart bars(String title, List<BarInput> inputs) {
        double max = inputs.stream().mapToDouble(BarInput::amount).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int top = 6;
        for (BarInput in : inputs) {
            double width = max <= 0 ? 0 : BAR_AREA * in.amount() / max;
            List<String> wrapped = wrap(in.label());
            int height = Math.max(ROW, wrapped.size() * LINE + 13);
            int barTop = top + (height - ROW) / 2;
            List<LabelLine> lines = new ArrayList<>();
            double firstY = barTop + BAR - 4 - (wrapped.size() - 1) * LINE / 2.0;
            for (int l = 0; l < wrapped.size(); l++) {
                lines.add(new LabelLine(n(LABEL_WIDTH - 8), n(firstY + l * LINE), wrapped.get(l)));
            }
            bars.add(new Bar(in.label(), in.value(), in.tooltip(), in.color(), n(LABEL_WIDTH), n(barTop), n(width), n(BAR),
                    n(LABEL_WIDTH - 8), n(LABEL_WIDTH + width + 6), n(barTop + BAR - 4), lines));
            top += height;
        }
        return new BarChart(title, WIDTH, top + 6, bars);
    }

    /**
     * A label cut into lines of at most {@link #LABEL_CHARS} characters, at spaces; a longer word is
     * cut after a hyphen, or anywhere when it has none, so that no line runs past the chart's edge.
     */
    static List<String> wrap(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words(label)) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > LABEL_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static List<String> words(String label) {
        List<String> words = new ArrayList<>();
        for (String word : label.split(" ")) {
            while (word.length() > LABEL_CHARS) {
                int cut = word.lastIndexOf('-', LABEL_CHARS - 1) + 1;
                cut = cut <= 1 ? LABEL_CHARS : cut;
                words.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            words.add(word);
        }
        return words;
    }

    record Segment(String x, String width, String color, String tooltip) {
    }

    record StackedRow(String label, String y, String labelX, String textY, String totalX, String total, List<Segment> segments) {
    }

    record StackedChart(String title, int width, int height, String barHeight, List<StackedRow> rows) {
    }

    /** One row of a stacked chart: the parts' sizes, colours and tooltips, in drawing order. */
    record StackedInput(String label, String total, List<Double> parts, List<String> colors, List<String> tooltips) {
    }

    /** 100 % stacked bars: each row shows how its total splits, whatever its size. */
    static StackedChart stacked(String title, List<StackedInput> inputs) {
        List<StackedRow> rows = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            StackedInput in = inputs.get(i);
            double sum = in.parts().stream().mapToDouble(Double::doubleValue).sum();
            int top = 6 + i * ROW;
            double x = LABEL_WIDTH;
            List<Segment> segments = new ArrayList<>();
            for (int p = 0; p < in.parts().size(); p++) {
                double width = sum <= 0 ? 0 : BAR_AREA * in.parts().get(p) / sum;
                if (width > 0) {
                    segments.add(new Segment(n(x), n(width), in.colors().get(p), in.tooltips().get(p)));
                }
                x += width;
            }
            rows.add(new StackedRow(in.label(), n(top), n(LABEL_WIDTH - 8), n(top + BAR - 4), n(LABEL_WIDTH + BAR_AREA + 6),
                    in.total(), segments));
        }
        return new StackedChart(title, WIDTH, 12 + inputs.size() * ROW, n(BAR), rows);
    }

    record Point(String x, String y, String tooltip) {
    }

    record Series(String name, String color, String points, List<Point> dots) {
    }

    record Tick(String y, String textY, String label) {
    }

    record XLabel(String x, String label) {
    }

    record LineChart(String title, int width, int height, String left, String right, String bottom, String labelY,
            List<Tick> ticks, List<XLabel> xLabels, List<Series> series) {
    }

    /** One line: a value in percent (0 to 100) per x label, null where undefined, and tooltips. */
    record SeriesInput(String name, String color, List<Double> percents, List<String> tooltips) {
    }

    private static final int PLOT_LEFT = 60;
    private static final int PLOT_RIGHT = WIDTH - 30;
    private static final int PLOT_TOP = 16;
    private static final int PLOT_BOTTOM = 236;

    /** Rates (0 to 100 %) over the waves, one line per rate. */
    static LineChart lines(String title, List<String> xLabels, List<SeriesInput> inputs) {
        List<Tick> ticks = new ArrayList<>();
        for (int pct = 0; pct <= 100; pct += 20) {
            double y = y(pct);
            ticks.add(new Tick(n(y), n(y + 4), pct + "\u202F%"));
        }
        List<XLabel> labels = new ArrayList<>();
        for (int i = 0; i < xLabels.size(); i++) {
            labels.add(new XLabel(n(x(i, xLabels.size())), xLabels.get(i)));
        }
        List<Series> series = new ArrayList<>();
        for (SeriesInput in : inputs) {
            List<Point> dots = new ArrayList<>();
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < in.percents().size(); i++) {
                Double pct = in.percents().get(i);
                if (pct == null) {
                    continue;
                }
                Point point = new Point(n(x(i, xLabels.size())), n(y(pct)), in.tooltips().get(i));
                dots.add(point);
                points.append(points.isEmpty() ? "" : " ").append(point.x()).append(',').append(point.y());
            }
            series.add(new Series(in.name(), in.color(), points.toString(), dots));
        }
        return new LineChart(title, WIDTH, PLOT_BOTTOM + 34, n(PLOT_LEFT), n(PLOT_RIGHT), n(PLOT_BOTTOM),
                n(PLOT_BOTTOM + 20), ticks, labels, series);
    }

    private static double x(int index, int count) {
        return count <= 1 ? (PLOT_LEFT + PLOT_RIGHT) / 2.0 : PLOT_LEFT + 20 + index * (PLOT_RIGHT - PLOT_LEFT - 40.0) / (count - 1);
    }

    private static double y(double percent) {
        return PLOT_BOTTOM - (PLOT_BOTTOM - PLOT_TOP) * percent / 100.0;
    }

    /** SVG coordinates: a dot decimal, one digit, whatever the JVM's locale. */
    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
