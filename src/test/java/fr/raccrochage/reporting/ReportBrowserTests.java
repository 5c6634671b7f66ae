package fr.raccrochage.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import fr.raccrochage.DatabaseTests;
import fr.raccrochage.TestDatabase;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Arrays;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The HTML report opened in a real browser (Debian's Chromium, headless, offline): the page
 * renders, every chart is drawn, nothing is fetched, no script error; a PNG screenshot is kept
 * under {@code target/rapport-navigateur/} (the README's {@code docs/rapport-exemple.png} is a
 * copy of it: {@code -Drapport.capture=docs/rapport-exemple.png}).
 */
@SpringBootTest(properties = "raccrochage.cli.actif=false")
class ReportBrowserTests extends DatabaseTests {

    static final int WIDTH = 1280;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.registerH2(registry, home);
    }

    @Autowired
    ReportService reports;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path browserFolder;

    private static final String PAGE_FACTS = """
            JSON.stringify({
              title: document.title,
              sections: document.querySelectorAll('section.bloc').length,
              charts: document.querySelectorAll('svg.graphique').length,
              chartsShown: [...document.querySelectorAll('svg.graphique')]
                  .filter(s => { const r = s.getBoundingClientRect(); return r.width > 100 && r.height > 20; }).length,
              bars: document.querySelectorAll('rect.barre').length,
              barsDrawn: [...document.querySelectorAll('rect.barre')]
                  .filter(b => { const r = b.getBoundingClientRect(); return r.width > 0 && r.height > 0; }).length,
              linesDrawn: [...document.querySelectorAll('svg.courbes polyline')].filter(p => p.getBBox().width > 0).length,
              dots: document.querySelectorAll('svg.courbes circle').length,
              keyFigures: [...document.querySelectorAll('.cle .valeur')].map(e => e.textContent),
              horizontalScroll: document.documentElement.scrollWidth > window.innerWidth,
              labelsCut: [...document.querySelectorAll('svg.graphique text')].filter(t => {
                  const box = t.getBoundingClientRect(), svg = t.ownerSVGElement.getBoundingClientRect();
                  return box.width > 0 && (box.left < svg.left - 0.5 || box.right > svg.right + 0.5); })
                  .map(t => t.textContent),
              fontSize: getComputedStyle(document.querySelector('h1')).fontSize
            })""";

    @Test
    void shouldRenderEveryChartOfTheReportInABrowserWithoutNetworkOrErrors() throws Exception {
        new ResourceDatabasePopulator(new ClassPathResource("fr/raccrochage/reporting/vagues-calculees-a-la-main.sql"))
                .execute(dataSource);
        // A real partner name longer than the label column: it must wrap, not run off the chart's left edge.
        new org.springframework.jdbc.core.JdbcTemplate(dataSource).update("UPDATE partenaire_commune SET nom = ? "
                + "WHERE partenaire_id = 'T-ML-PARIS'", "Mission locale intercommunale des bords de Marne et du plateau briard");
        Path html = reports.writeWave("R-2026-1", LocalDate.of(2026, 3, 1)).html();
        assertThat(HeadlessChromium.BINARY).as("Chromium absent : lancer src/test/navigateur/installer-chromium.sh "
                + "(le build Maven le fait avant les tests)").isExecutable();

        byte[] png;
        try (HeadlessChromium chromium = HeadlessChromium.start(browserFolder)) {
            chromium.open(html.toUri(), WIDTH, 900);

            DocumentContext page = JsonPath.parse(chromium.evaluate(PAGE_FACTS));
            assertThat(page.read("$.title", String.class)).isEqualTo("Rapport raccrochage — Vague R-2026-1");
            assertThat(page.read("$.sections", Integer.class)).isEqualTo(10);
            assertThat(page.read("$.charts", Integer.class)).isEqualTo(10);
            assertThat(page.read("$.chartsShown", Integer.class)).isEqualTo(10);
            // funnel 5, outcomes 10, départements 9 segments (zero parts are left out), attempts 3, days 6,
            // slots 6, partners 6, deadlines 4, feedback 4; drawn: all but the 3 zero outcomes and the 5 zero rates
            assertThat(page.read("$.bars", Integer.class)).isEqualTo(53);
            assertThat(page.read("$.barsDrawn", Integer.class)).isEqualTo(45);
            // 5 rates over 3 waves; the partners' rate has one defined point only (no line), the others 2 or 3
            assertThat(page.read("$.linesDrawn", Integer.class)).isEqualTo(4);
            assertThat(page.read("$.dots", Integer.class)).isEqualTo(11);
            assertThat(page.read("$.keyFigures", String[].class)).containsExactly("9", "7", "85,7\u202F%", "16,7\u202F%",
                    "66,7\u202F%", "25,0\u202F%", "25,0\u202F%");
            assertThat(page.read("$.horizontalScroll", Boolean.class)).isFalse();
            assertThat(page.read("$.labelsCut", String[].class)).as("labels running out of their chart").isEmpty();
            assertThat(page.read("$.fontSize", String.class)).isEqualTo("26px");

            assertThat(chromium.problems()).isEmpty();
            assertThat(chromium.requests()).containsExactly(html.toUri().toString());
            png = chromium.screenshotOfPage(WIDTH);
        }

        assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
        assertThat(header.getInt()).isEqualTo(WIDTH);
        assertThat(header.getInt()).isGreaterThan(2_000);
        Path screenshot = Path.of("target", "rapport-navigateur", "rapport-exemple.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, png);
        String capture = System.getProperty("rapport.capture");
        if (capture != null) {
            Files.copy(screenshot, Path.of(capture), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
