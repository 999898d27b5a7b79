package fr.clocher.kernel.test.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Debian's chromium, headless, driven by Playwright, which must never download a browser
 * of its own. The flags keep chromium from calling out of this closed machine.
 */
public final class HeadlessChromium implements AutoCloseable {

	/** Where Debian's package installs it ({@code apt-get install -y chromium}). */
	public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

	private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
			"--disable-sync", "--no-first-run");

	private final Playwright playwright;

	private final Browser browser;

	private HeadlessChromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	/**
	 * Starts chromium; Playwright's assertions wait up to 30 s, since the services under
	 * test share two cores with it.
	 * @return the running browser
	 */
	public static HeadlessChromium launch() {
		if (!Files.isExecutable(EXECUTABLE)) {
			throw new IllegalStateException("Debian's chromium is needed at " + EXECUTABLE
					+ " for the browser tests: apt-get install -y chromium");
		}
		PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(FLAGS));
		return new HeadlessChromium(playwright, browser);
	}

	public Browser browser() {
		return this.browser;
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
