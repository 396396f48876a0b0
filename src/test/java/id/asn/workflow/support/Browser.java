package id.asn.workflow.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver (nothing downloaded at run time), with the
 * flags this closed network needs. Screenshots go to target/screenshots as build artifacts.
 */
public final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final WebDriver driver;
  private final String baseUrl;

  private Browser(WebDriver driver, String baseUrl) {
    this.driver = driver;
    this.baseUrl = baseUrl;
  }

  /** A fresh browser (own profile, no session); the test is skipped where Chromium is not installed. */
  public static Browser open(String baseUrl) {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1500,1100", "--lang=id");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    // an Indonesian officer's browser: its locale decides how the forms' date pickers write a day (d/M/yyyy)
    chrome.executeCdpCommand("Emulation.setLocaleOverride", java.util.Map.of("locale", "id-ID"));
    return new Browser(chrome, baseUrl);
  }

  public WebDriver driver() {
    return driver;
  }

  public void go(String path) {
    driver.get(baseUrl + path);
  }

  public WebElement await(By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  public WebElement awaitClickable(By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(locator));
  }

  /** Clicks like a person: scrolled to the middle of the view first, clear of fixed headers and footers. */
  public void click(By locator) {
    // a notification Tasklist shows for a few seconds (e.g. after a claim) may cover the element: try again
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> {
          clickInView(d.findElement(locator));
          return true;
        });
  }

  public void awaitText(String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Signs in to one of the Camunda webapps (tasklist, cockpit, admin) with the login form. */
  public void signInTo(String app, String user, String password) {
    go("/camunda/app/" + app + "/default/");
    await(By.cssSelector("input[ng-model='username']")).sendKeys(user);
    driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type='submit']")).click();
    // signed in when the login form is gone; a refusal stays on it with its message, which the failure then names
    try {
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='password']")));
    } catch (org.openqa.selenium.TimeoutException stillOnTheForm) {
      throw new AssertionError(user + " is not signed in to " + app + ": " + whereAmI(), stillOnTheForm);
    }
  }

  /**
   * Picks a day in a form's date picker as a person does: opens the calendar from the field, steps month by month to
   * the day's month and clicks the day. Returns the clicks it took.
   */
  public int pickDate(WebElement input, java.time.LocalDate day) {
    int clicks = 1;
    clickInView(input);
    WebElement calendar = input.findElement(By.xpath("ancestor::div[contains(@class,'fjs-datepicker')]"
        + "//div[contains(@class,'flatpickr-calendar')]"));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> calendar.getAttribute("class").contains("open"));
    org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
    for (int step = 0; step < 36; step++) {
      long shown = (Long) js.executeScript(
          "const f = arguments[0]._flatpickr; return f.currentYear * 12 + f.currentMonth;", input);
      long wanted = day.getYear() * 12L + day.getMonthValue() - 1;
      if (shown == wanted) {
        WebElement cell = calendar.findElement(By.xpath(".//span[contains(concat(' ',@class,' '),' flatpickr-day ')"
            + " and not(contains(@class,'prevMonthDay')) and not(contains(@class,'nextMonthDay'))"
            + " and normalize-space()='" + day.getDayOfMonth() + "']"));
        clickInView(cell);
        return clicks + 1;
      }
      String arrow = shown < wanted ? ".flatpickr-next-month" : ".flatpickr-prev-month";
      clickInView(calendar.findElement(By.cssSelector(arrow)));
      clicks++;
    }
    throw new AssertionError("the calendar never showed " + day.getMonth() + " " + day.getYear());
  }

  private void clickInView(WebElement element) {
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
        element);
    element.click();
  }

  /** One line for a failure message: the address and the start of what the page says. */
  public String whereAmI() {
    String text;
    try {
      text = text().replaceAll("\\s+", " ").strip();
    } catch (org.openqa.selenium.WebDriverException e) {
      text = "(page unreadable: " + e.getClass().getSimpleName() + ")";
    }
    return driver.getCurrentUrl() + " shows \"" + (text.length() > 700 ? text.substring(0, 700) + "…" : text) + "\"";
  }

  /** Saves what the user sees now as target/screenshots/{name}.png. */
  public Path screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Path target = SCREENSHOTS.resolve(name + ".png");
    Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  /** Runs a fetch in the page, with the page's session cookie: the HTTP status of the response. */
  public long fetchStatus(String path) {
    Object status = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status)).catch(e => done(-1));", path);
    return ((Number) status).longValue();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
