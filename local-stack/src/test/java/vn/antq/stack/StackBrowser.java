package vn.antq.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.antq.infra.Directories;
import vn.antq.kit.security.Role;
import vn.antq.stack.demo.DemoAccounts;

/**
 * Debian's Chromium, headless, driven through its chromedriver, for the browser tests of the demo stack: a fresh
 * profile and download folder each, nothing that calls out (the build machines have no outside network), signing in
 * as a demo person (a handed-out password is changed at the first sign-in, and the changed one remembered for every
 * later sign-in in this JVM, whichever test does it), the network cut and restored through the DevTools protocol, and
 * whole-page screenshots. Skips the test, saying why, where Chromium is missing.
 */
final class StackBrowser implements AutoCloseable {

    static final Duration PAGE_TIMEOUT = Duration.ofSeconds(90);
    static final Path TARGET = Path.of(System.getProperty("basedir", "."), "target");
    private static final Path CHROMIUM = Path.of(System.getProperty("antq.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("antq.chromedriver", "/usr/bin/chromedriver"));
    private static final String OWN_PASSWORD = "Phong-trao-bao-ve-2026";
    /** Passwords the demo people chose at their first sign-in in this JVM (the stack is shared by the tests). */
    private static final Map<String, String> CHANGED = new ConcurrentHashMap<>();

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;
    private final Dimension size;

    private StackBrowser(ChromeDriver driver, Path profile, Path downloads, Dimension size) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
        this.size = size;
    }

    /** Starts Chromium with a window of this size, or skips the test where it is missing. */
    static StackBrowser start(int width, int height) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                () -> "No Chromium to drive: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing "
                        + "(apt-get install chromium chromium-driver)");
        Path profile = Files.createTempDirectory("antq-chromium-profile");
        Path downloads = Files.createTempDirectory("antq-chromium-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new StackBrowser(new ChromeDriver(service, options), profile, downloads, new Dimension(width, height));
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Where Chromium saves what the page downloads. */
    Path downloads() {
        return downloads;
    }

    /**
     * Opens {@code page} signed out (no cookie of the portal or the provider, which share the host) and signs in at the
     * provider as the demo person, changing a handed-out password; returns an access token for the same person, to
     * ask the APIs what the page should show. The caller waits for its page to be ready.
     */
    String signIn(DemoStack demo, URI page, String username) {
        DemoAccounts.Handed handed = demo.stack().demoAccounts().stream()
                .filter(one -> one.spec().username().equals(username)).findFirst().orElseThrow();
        DemoAccounts.Spec spec = handed.spec();
        assertThat(CHANGED.getOrDefault(username, handed.password())).as("a password for %s (%s)", username,
                handed.outcome()).isNotNull();
        signIn(page, username, handed.password());
        return demo.stack().tokens().issue(username, spec.agency(), spec.roles().stream().map(Role::valueOf).toList(),
                spec.locality(), Duration.ofHours(1));
    }

    /**
     * Opens {@code page} signed out and signs in at the provider as {@code username} with its handed-out password
     * (null: none, the person's own), changed at the first sign-in as its owner would; the caller waits for its page.
     */
    void signIn(URI page, String username, String handedOut) {
        driver.manage().window().setSize(size);
        driver.get(page.resolve("/css/portal.css").toString());
        driver.manage().deleteAllCookies();
        driver.get(page.toString());
        String password = CHANGED.getOrDefault(username, handedOut);
        awaitVisible("#username").sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        if (!CHANGED.containsKey(username) && handedOut != null) {
            awaitVisible("#password-forced");
            driver.findElement(By.id("currentPassword")).sendKeys(password);
            driver.findElement(By.id("newPassword")).sendKeys(OWN_PASSWORD);
            driver.findElement(By.id("confirmation")).sendKeys(OWN_PASSWORD);
            driver.findElement(By.id("change-password")).click();
            CHANGED.put(username, OWN_PASSWORD);
        }
    }

    /** The demo account of this agency, place and role (RECORDER, APPROVER). */
    static String demoPerson(DemoStack demo, String agency, String locality, String role) {
        return demo.stack().demoAccounts().stream().map(DemoAccounts.Handed::spec)
                .filter(spec -> agency.equals(spec.agency()) && locality.equals(spec.locality())
                        && spec.roles().contains(role))
                .findFirst().orElseThrow().username();
    }

    WebElement awaitVisible(String css) {
        return new WebDriverWait(driver, PAGE_TIMEOUT).withMessage(() -> css + " is not visible at "
                + driver.getCurrentUrl()).until(found -> {
                    List<WebElement> all = found.findElements(By.cssSelector(css));
                    return all.isEmpty() || !all.get(0).isDisplayed() ? null : all.get(0);
                });
    }

    /** Waits until the page's body says {@code data-state="ready"}. */
    void awaitReady() {
        new WebDriverWait(driver, PAGE_TIMEOUT).withMessage(() -> "the page is not ready: " + driver.getCurrentUrl()
                        + " " + script("return document.body && document.body.dataset.state"))
                .until(found -> "ready".equals(script("return document.body && document.body.dataset.state")));
    }

    /** Cuts the network (as far as the page can tell: requests fail) or restores it. */
    void network(boolean online) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", !online, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** The whole page at this width in {@code target/name}: the window made as tall as the page, then put back. */
    Path screenshot(int width, String name) throws IOException {
        driver.manage().window().setSize(new Dimension(width, size.getHeight()));
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(width, (int) height + 100));
        Path file = TARGET.resolve(name);
        Files.createDirectories(TARGET);
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(size);
        return file;
    }

    /**
     * axe-core's check of the page as it is shown now (npm {@code axe-core}, pinned by
     * {@code src/test/npm/axe/package-lock.json}, installed there with {@code npm ci} when missing): its violations of
     * impact serious or critical, each as "rule: help (the elements' selectors)". Skips the test, saying why, where node
     * and npm are missing.
     */
    List<String> seriousAccessibilityViolations() throws IOException, InterruptedException {
        assumeTrue(runs("node", "--version") && runs("npm", "--version"),
                "node and npm are not on the PATH: the accessibility check (axe-core from npm) needs them");
        Path axe = installAxe();
        driver.executeScript(Files.readString(axe));
        Object found = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, { resultTypes: ['violations'] }).then((result) => done(result.violations"
                + "  .filter((v) => v.impact === 'serious' || v.impact === 'critical')"
                + "  .map((v) => v.id + ': ' + v.help + ' (' + v.nodes.map((n) => n.target.join(' ')).join(', ') + ')')),"
                + "  (e) => done(['axe failed: ' + e]))");
        List<String> violations = new java.util.ArrayList<>();
        ((List<?>) found).forEach(one -> violations.add(String.valueOf(one)));
        return violations;
    }

    private static synchronized Path installAxe() throws IOException, InterruptedException {
        Path tool = Path.of(System.getProperty("basedir", "."), "src/test/npm/axe");
        Path installed = tool.resolve("node_modules/.package-lock.json");
        if (!Files.exists(installed) || Files.getLastModifiedTime(installed).toInstant()
                .isBefore(Files.getLastModifiedTime(tool.resolve("package-lock.json")).toInstant())) {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts")
                    .directory(tool.toFile()).redirectErrorStream(true)
                    .redirectOutput(Files.createTempFile("npm-ci", ".txt").toFile()).start();
            assertThat(npm.waitFor(10, java.util.concurrent.TimeUnit.MINUTES) && npm.exitValue() == 0)
                    .as("npm ci in " + tool).isTrue();
        }
        return tool.resolve("node_modules/axe-core/axe.min.js");
    }

    private static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        driver.quit();
        Directories.deleteRecursively(profile);
        Directories.deleteRecursively(downloads);
    }
}
