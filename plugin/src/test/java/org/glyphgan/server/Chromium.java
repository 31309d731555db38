package org.glyphgan.server;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through Debian's chromedriver. Both paths are set explicitly
 * so that Selenium Manager never tries to download a browser or driver.
 */
final class Chromium {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /**
     * @param hostResolverRules Chromium's {@code --host-resolver-rules}, e.g. to point a foreign
     *                          name at 127.0.0.1 as DNS rebinding would
     */
    static ChromeDriver start(Path userDataDir, String hostResolverRules) throws IOException {
        for (Path required : new Path[] {BROWSER, DRIVER}) {
            if (!Files.isExecutable(required)) {
                throw new IllegalStateException(required + " is missing: install the Debian packages "
                        + "chromium chromium-driver (apt-get install chromium chromium-driver)");
            }
        }
        // The plugin pom also sets SE_OFFLINE=true for the test JVM, which keeps Selenium Manager offline.
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(30))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1040", "--force-device-scale-factor=1",
                "--host-resolver-rules=" + hostResolverRules,
                "--user-data-dir=" + Files.createDirectories(userDataDir));
        return new ChromeDriver(service, options);
    }
}
