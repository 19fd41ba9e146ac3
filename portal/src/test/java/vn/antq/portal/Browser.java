package vn.antq.portal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.antq.infra.Directories;

/**
 * Headless Chromium driven by its chromedriver, one per test class, with a fresh profile. Tests that need it are
 * skipped, saying why, where Chromium or chromedriver is not installed ({@code -Dantq.chromium},
 * {@code -Dantq.chromedriver} point elsewhere than {@code /usr/bin}).
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("antq.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("antq.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Path profile;
    private final ChromeDriver driver;

    private Browser() {
        try {
            profile = Files.createTempDirectory("antq-portal-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1366,900", "--lang=vi");
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    /** A browser, or the calling test skipped with the reason. */
    static Browser startOrSkip() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                () -> "No Chromium to drive: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing "
                        + "(apt-get install chromium chromium-driver)");
        return new Browser();
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** Forgets every cookie of both the portal and the provider (they share the host, localhost). */
    void forgetEveryone() {
        driver.get(TestPlatform.portalUrl() + "/css/portal.css");
        driver.manage().deleteAllCookies();
    }

    WebElement await(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    String text(String css) {
        return await(css).getText();
    }

    /** Fills the provider's sign-in form and sends it. */
    void signIn(String username, String password) {
        await("#username").clear();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
    }

    Object script(String javascript, Object... arguments) {
        return driver.executeAsyncScript(javascript, arguments);
    }

    @Override
    public void close() {
        driver.quit();
        Directories.deleteRecursively(profile);
    }
}
