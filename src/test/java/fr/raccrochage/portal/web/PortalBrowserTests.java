package fr.raccrochage.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.portal.AccountService;
import fr.raccrochage.portal.PortalWave;
import fr.raccrochage.portal.Role;
import fr.raccrochage.portal.TotpCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal in a real browser (Debian's Chromium and ChromeDriver, driven by Selenium, both
 * installed by src/test/navigateur/installer-chromium.sh): activation, password, TOTP, the list,
 * a feedback, the download, logout. Leaves screenshots in target/portail-navigateur/.
 */
class PortalBrowserTests extends PortalWebTests {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    @Test
    void aPartnerActivatesItsAccountLogsInRecordsAFeedbackDownloadsItsExportAndLogsOut() throws Exception {
        assertThat(CHROMEDRIVER).as("ChromeDriver absent : lancer src/test/navigateur/installer-chromium.sh").isExecutable();
        AccountService.Activation activation = accounts.create(Role.PARTENAIRE, PortalWave.PARTNER_A, "navigateur@ml-a.fr",
                LocalDateTime.now());
        Path folder = Files.createDirectories(Path.of("target", "portail-navigateur").toAbsolutePath());
        Path downloads = Files.createTempDirectory(folder, "telechargements");
        WebDriver browser = start(folder, downloads);
        try {
            String base = "http://localhost:" + port;
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(base + "/partenaire");
            assertThat(browser.getCurrentUrl()).endsWith("/connexion");
            browser.findElement(By.id("lien-activation")).click();

            browser.findElement(By.id("courriel")).sendKeys("navigateur@ml-a.fr");
            browser.findElement(By.id("code")).sendKeys(activation.code());
            browser.findElement(By.id("motDePasse")).sendKeys("Essai-Portail-2026!");
            browser.findElement(By.id("confirmation")).sendKeys("Essai-Portail-2026!");
            browser.findElement(By.id("continuer")).click();

            String secret = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                    .until(d -> d.findElement(By.id("secret"))).getText().replace(" ", "");
            browser.findElement(By.id("code")).sendKeys(TotpCodes.codeNow(secret));
            browser.findElement(By.id("activer")).click();
            // a click that posts a form returns before the next page is there: wait for its message
            assertThat(wait.until(d -> d.findElement(By.id("message-info"))).getText()).contains("Votre compte est activé");

            browser.findElement(By.id("courriel")).sendKeys("navigateur@ml-a.fr");
            browser.findElement(By.id("motDePasse")).sendKeys("Essai-Portail-2026!");
            long next = Math.floorDiv(Instant.now().getEpochSecond(), TotpCodes.PERIOD_SECONDS) + 1;
            browser.findElement(By.id("code")).sendKeys(TotpCodes.code(secret, next));
            browser.findElement(By.id("se-connecter")).click();

            String table = wait.until(d -> d.findElement(By.id("orientations"))).getText();
            assertThat(table).contains("Leroy Léa", "Martin Hugo", "Moreau Nina").doesNotContain("Blanc");
            screenshot(browser, folder.resolve("liste.png"));

            browser.findElement(By.linkText("Martin Hugo")).click();
            assertThat(wait.until(d -> d.findElement(By.id("fiche"))).getText()).contains(wave.a2, "ORIENTE_ML", "25/06/2026");
            new Select(browser.findElement(By.id("statut"))).selectByValue("ACCOMPAGNE");
            browser.findElement(By.id("enregistrer")).click();
            assertThat(wait.until(d -> d.findElement(By.id("message-info"))).getText()).isEqualTo("Retour enregistré.");
            assertThat(browser.findElement(By.id("retours")).getText()).contains("ACCOMPAGNE", "(portail)");
            screenshot(browser, folder.resolve("fiche.png"));

            browser.findElement(By.id("telecharger")).click();
            Path csv = wait.until(d -> {
                try (var files = Files.list(downloads)) {
                    return files.filter(p -> p.toString().endsWith(".csv")).findFirst().orElse(null);
                } catch (java.io.IOException e) {
                    return null;
                }
            });
            assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains(wave.a1, wave.a2, wave.a3).doesNotContain(wave.b1);

            browser.get(base + "/partenaire");
            browser.findElement(By.id("deconnexion")).click();
            wait.until(d -> d.getCurrentUrl().contains("/connexion"));
            assertThat(browser.getCurrentUrl()).endsWith("/connexion?deconnecte");
            assertThat(browser.findElement(By.id("message-info")).getText()).contains("déconnecté");
            browser.get(base + "/partenaire");
            assertThat(browser.getCurrentUrl()).contains("/connexion");
        } finally {
            Files.writeString(folder.resolve("derniere-page.html"), browser.getPageSource(), StandardCharsets.UTF_8);
            browser.quit();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM retour_partenaire WHERE id_appel = ? AND statut = 'ACCOMPAGNE'",
                Integer.class, wave.a2)).isEqualTo(1);
    }

    private static WebDriver start(Path folder, Path downloads) throws java.io.IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=fr-FR",
                "--user-data-dir=" + Files.createTempDirectory(folder, "profil"));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withLogFile(folder.resolve("chromedriver.log").toFile()).build();
        return new ChromeDriver(service, options);
    }

    private static void screenshot(WebDriver browser, Path target) throws java.io.IOException {
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

}
