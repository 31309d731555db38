package org.glyphgan.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The preview page in real headless Chromium. A glyph set appears, the type test uses the
 * exported TTF and retraining from uploaded samples completes. The API rejects browser requests
 * without the token, under a foreign host name, or from a foreign origin.
 */
class PreviewPageBrowserTest {
    /** A host name that Chromium resolves to 127.0.0.1, standing in for a DNS-rebinding attacker. */
    private static final String FOREIGN_HOST = "evil.example";
    private static final String CHARACTERS = "Hamburgefontsiv";
    private static final Duration WAIT = Duration.ofSeconds(40);

    private static GlyphganServer server;
    private static ChromeDriver browser;
    private static HttpServer attacker;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.shared();
        attacker = attackerSite();
        browser = Chromium.start(dir.resolve("chromium-profile"), "MAP " + FOREIGN_HOST + " 127.0.0.1");
        browser.manage().timeouts().scriptTimeout(WAIT);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (attacker != null) {
            attacker.stop(0);
        }
    }

    @Test
    void pageGeneratesTestsFontAndRetrains() throws Exception {
        browser.get(server.pageUri().toString());
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.withMessage(() -> "page status: " + browser.findElement(By.id("status")).getText()
                + "; font status: " + browser.findElement(By.id("font-status")).getText()
                + "; training status: " + browser.findElement(By.id("retrain-state")).getText());
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        assertTrue(!browser.getCurrentUrl().contains("token="), "the page leaves the token in the address bar");

        WebElement chars = browser.findElement(By.id("chars"));
        chars.clear();
        chars.sendKeys(CHARACTERS);
        browser.findElement(By.id("generate")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#glyph-grid li.glyph svg"),
                CHARACTERS.length()));
        wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("type-sample")),
                "data-font-family"));
        List<WebElement> realism = browser.findElements(By.cssSelector("#glyph-grid .realism"));
        assertEquals(CHARACTERS.length(), realism.size());
        assertTrue(realism.get(0).getText().startsWith("realism "), realism.get(0).getText());

        assertTypeTestUsesGeneratedFont();
        regenerateFirstGlyph(wait);
        saveScreenshot();
        retrainFromUploadedPngs(wait);
    }

    @Test
    void monospacedFontHasOneWidthInBrowser() {
        browser.get(server.pageUri().toString());
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.withMessage(() -> "page status: " + browser.findElement(By.id("status")).getText()
                + "; font status: " + browser.findElement(By.id("font-status")).getText());
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        WebElement chars = browser.findElement(By.id("chars"));
        chars.clear();
        chars.sendKeys("iW");
        new Select(browser.findElement(By.id("pitch"))).selectByValue("monospaced");
        browser.findElement(By.id("generate")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#glyph-grid li.glyph svg"), 2));
        wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("type-sample")),
                "data-font-family"));
        assertTrue(browser.findElement(By.id("set-info")).getText().contains("monospaced, advance "),
                browser.findElement(By.id("set-info")).getText());

        Map<?, ?> widths = (Map<?, ?>) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const family = document.getElementById('type-sample').dataset.fontFamily;"
                        + "document.fonts.ready.then(() => {"
                        + "  const context = document.createElement('canvas').getContext('2d');"
                        + "  context.font = '64px \"' + family + '\"';"
                        + "  done({narrow: context.measureText('iiii').width, wide: context.measureText('WWWW').width,"
                        + "        loaded: document.fonts.check('64px \"' + family + '\"', 'iW')});"
                        + "});");
        assertEquals(Boolean.TRUE, widths.get("loaded"), "the exported font is not loaded: " + widths);
        double narrow = ((Number) widths.get("narrow")).doubleValue();
        double wide = ((Number) widths.get("wide")).doubleValue();
        assertTrue(narrow > 0, "no width: " + widths);
        assertEquals(narrow, wide, 0.01, "'iiii' and 'WWWW' differ in width: " + widths);
    }

    @Test
    void foreignBrowserRequestsAreRejected() {
        browser.get(server.baseUri().toString());
        Object status = browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/api/styles').then(r => done(r.status), e => done(String(e)));");
        assertEquals(401L, status, "fetch without the token");

        browser.get("http://" + FOREIGN_HOST + ":" + server.port() + "/?token=" + server.token().value());
        String rebound = browser.findElement(By.tagName("body")).getText();
        assertTrue(rebound.contains("does not name this server"), "page under a rebound host name: " + rebound);

        long forbiddenBefore = server.rejectedRequests(403);
        browser.get("http://" + FOREIGN_HOST + ":" + attacker.getAddress().getPort() + "/");
        Object outcome = browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "window.attack(" + server.port() + ", '" + server.token().value() + "').then(done);");
        assertEquals("blocked", outcome, "cross-origin API call from a foreign page");
        assertTrue(server.rejectedRequests(403) > forbiddenBefore, "the server did not reject the foreign Origin");
    }

    private static void assertTypeTestUsesGeneratedFont() {
        Map<?, ?> widths = (Map<?, ?>) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const sample = document.getElementById('type-sample');"
                        + "const family = sample.dataset.fontFamily;"
                        + "document.fonts.ready.then(() => {"
                        + "  const fallback = sample.cloneNode(true);"
                        + "  fallback.id = 'fallback-sample';"
                        + "  fallback.style.fontFamily = 'serif';"
                        + "  sample.parentNode.appendChild(fallback);"
                        + "  done({generated: sample.getBoundingClientRect().width,"
                        + "        fallback: fallback.getBoundingClientRect().width,"
                        + "        loaded: document.fonts.check('64px \"' + family + '\"', 'H'),"
                        + "        text: sample.textContent});"
                        + "  fallback.remove();"
                        + "});");
        assertEquals(CHARACTERS, widths.get("text"));
        assertEquals(Boolean.TRUE, widths.get("loaded"), "the exported font is not loaded: " + widths);
        double generated = ((Number) widths.get("generated")).doubleValue();
        double fallback = ((Number) widths.get("fallback")).doubleValue();
        assertTrue(generated > 0, "type test has no width");
        assertNotEquals(fallback, generated, 0.5, "type test width equals the fallback font's: " + widths);
    }

    private static void regenerateFirstGlyph(WebDriverWait wait) {
        browser.findElement(By.cssSelector("#glyph-grid li.glyph button.regenerate")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Regenerated H"));
        assertEquals(CHARACTERS.length(), browser.findElements(By.cssSelector("#glyph-grid li.glyph svg")).size());
    }

    /** Saves the page with its glyph set under target/, and also to the path in -Dglyphgan.preview.screenshot if set. */
    private static void saveScreenshot() throws IOException {
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Files.write(Files.createDirectories(Path.of("target")).resolve("preview-page.png"), png);
        String extra = System.getProperty("glyphgan.preview.screenshot");
        if (extra != null && !extra.isBlank()) {
            Files.write(Path.of(extra), png);
        }
    }

    private static void retrainFromUploadedPngs(WebDriverWait wait) throws IOException {
        Path samples = Files.createDirectories(dir.resolve("samples"));
        List<Path> pngs = SampleUploads.drawPngs(samples, "aeHno");
        WebElement name = browser.findElement(By.id("retrain-name"));
        name.clear();
        name.sendKeys("browser-hand");
        browser.findElement(By.id("retrain-files")).sendKeys(pngs.stream().map(Path::toString)
                .collect(Collectors.joining("\n")));
        browser.findElement(By.id("retrain-start")).click();
        wait.until(driver -> {
            String state = driver.findElement(By.id("retrain-state")).getAttribute("data-state");
            return "succeeded".equals(state) || "failed".equals(state) || "cancelled".equals(state);
        });
        WebElement state = browser.findElement(By.id("retrain-state"));
        assertEquals("succeeded", state.getAttribute("data-state"), state.getText());
        wait.until(ExpectedConditions.attributeToBe(By.id("custom-style"), "value", "browser-hand"));
    }

    /**
     * A second site on another port: its page calls the service with the stolen token, which the
     * browser must send with this site's Origin.
     */
    private static HttpServer attackerSite() throws IOException {
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}),
                0), 0);
        byte[] page = ("<!DOCTYPE html><html><body><script>"
                + "window.attack = async (port, token) => {"
                + "  const base = 'http://127.0.0.1:' + port;"
                + "  try { await fetch(base + '/api/generate', {method: 'POST', mode: 'no-cors',"
                + "      headers: {'Content-Type': 'text/plain'}, body: '{}'}); } catch (e) { }"
                + "  try {"
                + "    const r = await fetch(base + '/api/styles', {headers: {'X-Glyphgan-Token': token}});"
                + "    return 'read ' + r.status;"
                + "  } catch (e) { return 'blocked'; }"
                + "};"
                + "</script></body></html>").getBytes(StandardCharsets.UTF_8);
        site.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        site.start();
        return site;
    }
}
