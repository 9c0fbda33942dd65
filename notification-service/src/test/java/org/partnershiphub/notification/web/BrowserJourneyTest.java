package org.partnershiphub.notification.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnershiphub.notification.TestInbox;
import org.partnershiphub.notification.TestSubscribers;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reader's journey in a real headless Chromium (Debian's chromium and chromedriver, installed here
 * if missing): subscribe, confirm from the email, manage, unsubscribe. No JavaScript is needed by the pages.
 */
@QuarkusTest
class BrowserJourneyTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private static WebDriver browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() throws IOException, InterruptedException {
        installChromiumIfMissing();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--blink-settings=scriptEnabled=false");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void subscribeConfirmManageAndUnsubscribeWithoutJavaScript() {
        String email = TestSubscribers.address();
        open("/e-news/subscribe");
        awaitHeading("Subscribe to the ESSP e-News");
        assertEveryInputIsLabelled();
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.cssSelector("input[name=frequency][value=weekly]")).click();
        browser.findElement(By.cssSelector("input[name=themes][value=housing]")).click();
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        awaitHeading("Check your email");

        open(TestInbox.awaitSubject(email, "Confirm your e-News subscription").link("/e-news/confirm"));
        awaitHeading("Subscription confirmed");
        browser.findElement(By.id("manage-link")).click();

        awaitHeading("Your e-News preferences");
        assertTrue(browser.getPageSource().contains(email));
        assertTrue(browser.findElement(By.tagName("h3")).getText().contains("weekly – active"));
        assertEveryInputIsLabelled();
        new Select(browser.findElement(By.cssSelector("select[name=frequency]"))).selectByValue("monthly");
        browser.findElement(By.xpath("//button[text()='Save']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("notice")).isEmpty());
        assertEquals("Saved.", browser.findElement(By.id("notice")).getText());
        assertTrue(browser.findElement(By.tagName("h3")).getText().contains("monthly – active"));
        String manageToken = browser.getCurrentUrl().replaceAll(".*token=([^&]*).*", "$1");

        browser.findElement(By.id("unsubscribe-all")).click();
        awaitHeading("You have been unsubscribed");
        given().queryParam("token", manageToken).when().get("/me")
                .then().statusCode(200).body("subscriptions[0].status", equalTo("cancelled"))
                .body("subscriptions[0].frequency", equalTo("monthly"))
                .body("subscriptions[0].themes", equalTo(List.of("housing")));
    }

    @Test
    void anExpiredOrForgedLinkOffersANewOne() {
        open("/e-news/manage?token=forged");
        awaitHeading("This link is not valid or has expired");
        assertEveryInputIsLabelled();
    }

    private void open(String path) {
        browser.get(base.toString().replaceAll("/$", "") + path);
    }

    /** Waits for the page a click or form post leads to, identified by its one h1. */
    private static void awaitHeading(String expected) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(d -> {
                List<WebElement> headings = d.findElements(By.tagName("h1"));
                return headings.size() == 1 && expected.equals(headings.get(0).getText());
            });
        } catch (TimeoutException e) {
            throw new AssertionError("expected the page '" + expected + "' at " + browser.getCurrentUrl() + ": "
                    + browser.getPageSource(), e);
        }
    }

    /** Every visible form control has a label, either wrapping it or pointing at its id. */
    private static void assertEveryInputIsLabelled() {
        List<String> unlabelled = new ArrayList<>();
        for (WebElement input : browser.findElements(By.cssSelector("input:not([type=hidden]), select"))) {
            String id = input.getAttribute("id");
            boolean wrapped = !input.findElements(By.xpath("ancestor::label")).isEmpty();
            boolean pointed = id != null && !id.isEmpty()
                    && !browser.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty();
            if (!wrapped && !pointed) {
                unlabelled.add(input.getAttribute("name"));
            }
        }
        assertEquals(List.of(), unlabelled, "form controls without a label");
    }

    private static void installChromiumIfMissing() throws IOException, InterruptedException {
        if (Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER))) {
            return;
        }
        boolean root = "0".equals(new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes()).trim());
        List<String> sudo = root ? List.of() : List.of("sudo", "-n");
        run(concat(sudo, List.of("apt-get", "update", "-q")));
        run(concat(sudo, List.of("apt-get", "install", "-y", "-q", "chromium", "chromium-driver")));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with " + process.exitValue());
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
