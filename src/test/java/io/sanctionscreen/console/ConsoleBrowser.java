package io.sanctionscreen.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the system's packages (which .ci/run installs) driving the console of the
 * service under test, with a new empty profile and no network beyond the service. Tests that use it
 * are skipped only where Chromium is not installed.
 */
final class ConsoleBrowser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final WebDriver driver;
  private final String base;

  private ConsoleBrowser(WebDriver driver, String base) {
    this.driver = driver;
    this.base = base;
  }

  /**
   * Starts the browser, or skips the test where Chromium is missing.
   *
   * @param console the console's address ({@code @TestHTTPResource("/console")})
   * @param temp a directory for the browser's profile
   */
  static ConsoleBrowser start(URL console, Path temp) throws IOException {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        "--user-data-dir=" + Files.createDirectory(temp.resolve("profile")));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
    return new ConsoleBrowser(driver, console.toString().replaceFirst("/console$", ""));
  }

  WebDriver driver() {
    return driver;
  }

  /** The service's address of a path such as {@code /console/screen}. */
  String url(String path) {
    return base + path;
  }

  /**
   * Logs in through the login form, as a person would, and checks the landing page.
   *
   * @param loginScreenshot a file name for the login page's picture, or null
   */
  void logIn(String user, String secret, String loginScreenshot) {
    driver.get(url("/console"));
    assertThat(driver.getCurrentUrl()).endsWith("/console/login");
    if (loginScreenshot != null) {
      screenshot(loginScreenshot);
    }
    driver.findElement(By.id("j_username")).sendKeys(user);
    driver.findElement(By.id("j_password")).sendKeys(secret);
    driver.findElement(By.id("j_password")).submit();
    assertThat(driver.getCurrentUrl()).endsWith("/console/screen");
    assertThat(driver.findElement(By.className("user")).getText()).isEqualTo(user);
  }

  /** Saves the page as it looks when screenshots are asked for (-Dconsole.screenshots=DIR). */
  void screenshot(String name) {
    String dir = System.getProperty("console.screenshots");
    if (dir == null || dir.isBlank()) {
      return;
    }
    try {
      Path target = Path.of(dir).toAbsolutePath().resolve(name);
      Files.createDirectories(target.getParent());
      Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException("cannot save the screenshot " + name, e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
