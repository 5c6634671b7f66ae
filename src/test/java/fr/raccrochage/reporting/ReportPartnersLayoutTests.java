package fr.raccrochage.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import fr.raccrochage.core.cases.CaseStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The partners' section of the report for a whole Region's directory (189 partners, the eight
 * départements of Île-de-France, from the example directory): the chart groups them by
 * département, each with its total, its three partners that received the most and the rest in
 * one bar, so it stays about a screen tall instead of 5,000 px; the table lists every partner
 * under its département with the département's total; no label is cut, in the HTML or in a
 * real browser.
 */
class ReportPartnersLayoutTests {

    static final int PARTNERS = 189;
    static final String LONG_NAME = "Mission-locale-intercommunale-des-bords-de-Marne-et-du-plateau-briard";

    @TempDir
    static Path folder;

    static String html;
    static ReportFigures figures = new ReportFigures();
    /** Partner id -> {name, département}, in the directory's order. */
    static Map<String, String[]> directory = new LinkedHashMap<>();

    @BeforeAll
    static void reportOfARegion() throws Exception {
        for (String line : Files.readAllLines(Path.of("sample-data", "partenaires-idf-exemple.csv"), StandardCharsets.UTF_8)
                .subList(1, 2_657)) {
            String[] cells = line.split(";");
            if (directory.size() < PARTNERS || directory.containsKey(cells[0])) {
                directory.putIfAbsent(cells[0], new String[] {cells[2], cells[3]});
            }
        }
        Random random = new Random(189);
        int i = 0;
        for (Map.Entry<String, String[]> partner : directory.entrySet()) {
            boolean first = i++ == 0;
            String name = first ? LONG_NAME : partner.getValue()[0];
            ReportFigures.PartnerRouting p = new ReportFigures.PartnerRouting(partner.getKey(), "ML", name,
                    partner.getValue()[1]);
            // the long name is drawn: it received the most in its département
            p.byMotif.add("INJOIGNABLE", 1 + random.nextInt(40) + (first ? 100 : 0));
            p.byMotif.add("ORIENTE_ML", random.nextInt(20));
            figures.partners.put(partner.getKey(), p);
        }
        figures.outcomes.add(CaseStatus.INJOIGNABLE, 10);
        LocalDate day = LocalDate.of(2026, 12, 1);
        html = ReportPage.render(new Report("Rapport raccrochage — Vague T", List.of(new WaveDates("T", day, true)), figures,
                List.of(), day));
    }

    @Test
    void shouldGroupTheChartByDepartementWithTheTopThreeAndTheRest() {
        assertThat(directory).hasSize(PARTNERS);
        String section = partnersSection();
        String chart = section.substring(0, section.indexOf("</svg>"));
        Map<String, Integer> perDepartement = new java.util.TreeMap<>();
        directory.values().forEach(p -> perDepartement.merge(p[1], 1, Integer::sum));
        assertThat(perDepartement).containsOnlyKeys("75", "77", "78", "91", "92", "93", "94", "95");

        Map<String, List<Long>> totals = new java.util.TreeMap<>();
        figures.partners.values().forEach(p -> totals.computeIfAbsent(p.departement, d -> new ArrayList<>())
                .add(p.byMotif.total()));
        List<String> expected = new ArrayList<>();
        totals.forEach((code, partners) -> {
            String name = ReportPage.departementName(code);
            long total = partners.stream().mapToLong(Long::longValue).sum();
            long top = partners.stream().sorted(java.util.Comparator.reverseOrder()).limit(3).mapToLong(Long::longValue).sum();
            expected.add(name + " : " + FrenchNumbers.integer(total) + " jeunes orientés vers " + partners.size() + " partenaires");
            if (partners.size() > 4) {
                expected.add("Les " + (partners.size() - 3) + " autres partenaires (" + name + ") : "
                        + FrenchNumbers.integer(total - top) + " jeunes orientés (détail dans le tableau)");
            }
        });
        assertThat(tooltips(chart)).filteredOn(t -> t.startsWith("Les ") || t.contains(" jeunes orientés vers "))
                .containsExactlyElementsOf(expected);
        // one bar per département, its three partners first, one for the rest (the fourth itself when alone)
        assertThat(count(chart, "<rect class=\"barre\"")).isEqualTo(perDepartement.values().stream()
                .mapToInt(n -> 1 + (n <= 4 ? n : 4)).sum());
        assertThat(height(chart)).isLessThan(1_500);
    }

    @Test
    void shouldListEveryPartnerUnderItsDepartementInTheTable() {
        String table = partnersSection().substring(partnersSection().indexOf("<table>"));
        List<String> firstCells = new ArrayList<>();
        Matcher row = Pattern.compile("<tr><td>([^<]*)</td><td>([^<]*)</td>").matcher(table);
        while (row.find()) {
            firstCells.add(row.group(1) + " | " + row.group(2));
        }
        assertThat(firstCells).hasSize(PARTNERS + 8);
        assertThat(firstCells).filteredOn(c -> c.contains("| Ensemble (")).hasSize(8);
        // rows by département code, the département's total after its partners
        List<String> departements = firstCells.stream().map(c -> c.substring(0, 2)).distinct().toList();
        assertThat(departements).containsExactly("75", "77", "78", "91", "92", "93", "94", "95");
        assertThat(firstCells.get(firstCells.size() - 1)).startsWith("95 Val-d&#39;Oise | Ensemble (");
    }

    @Test
    void shouldWrapEveryLabelWithinTheChart() {
        String chart = partnersSection().substring(0, partnersSection().indexOf("</svg>"));
        Matcher line = Pattern.compile("<tspan[^>]*>([^<]*)</tspan>").matcher(chart);
        List<String> lines = new ArrayList<>();
        while (line.find()) {
            lines.add(line.group(1).replace("&#39;", "'"));
        }
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(Charts.LABEL_CHARS));
        assertThat(String.join("", lines)).contains(LONG_NAME);
    }

    @Test
    void shouldShowTheGroupedChartWithNoLabelCutInABrowser() throws Exception {
        assertThat(HeadlessChromium.BINARY).as("Chromium absent : lancer src/test/navigateur/installer-chromium.sh").isExecutable();
        Path page = Files.writeString(folder.resolve("rapport.html"), html, StandardCharsets.UTF_8);
        try (HeadlessChromium chromium = HeadlessChromium.start(folder.resolve("navigateur"))) {
            chromium.open(page.toUri(), ReportBrowserTests.WIDTH, 900);
            DocumentContext facts = JsonPath.parse(chromium.evaluate("""
                    JSON.stringify({
                      height: document.querySelector('#partenaires svg.graphique').getBoundingClientRect().height,
                      labelsCut: [...document.querySelectorAll('#partenaires svg.graphique text')].filter(t => {
                          const box = t.getBoundingClientRect(), svg = t.ownerSVGElement.getBoundingClientRect();
                          return box.width > 0 && (box.left < svg.left - 0.5 || box.right > svg.right + 0.5); })
                          .map(t => t.textContent),
                      horizontalScroll: document.documentElement.scrollWidth > window.innerWidth
                    })"""));
            // the figure for docs/benchmarks.md
            System.out.printf("partners chart, %d partners: %.0f px tall in Chromium at %d px wide%n", PARTNERS,
                    facts.read("$.height", Double.class), ReportBrowserTests.WIDTH);
            assertThat(facts.read("$.labelsCut", String[].class)).as("labels running out of the chart").isEmpty();
            assertThat(facts.read("$.height", Double.class)).isBetween(300.0, 1_500.0);
            assertThat(facts.read("$.horizontalScroll", Boolean.class)).isFalse();
            assertThat(chromium.problems()).isEmpty();
        }
    }

    private static String partnersSection() {
        int start = html.indexOf("<section class=\"bloc\" id=\"partenaires\">");
        assertThat(start).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static List<String> tooltips(String chart) {
        List<String> labels = new ArrayList<>();
        Matcher title = Pattern.compile("<g><title>([^<]*)</title>").matcher(chart);
        while (title.find()) {
            labels.add(title.group(1).replace("&#39;", "'"));
        }
        return labels;
    }

    private static int height(String chart) {
        Matcher m = Pattern.compile("height=\"(\\d+)\"").matcher(chart);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
