package fr.clocher.tenant.site;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import fr.clocher.kernel.site.SiteSample;
import fr.clocher.kernel.site.SiteSamples;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.kernel.tenancy.TenantWork;
import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.tenant.TestCommunes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every kind of public page passes axe-core's WCAG 2.0/2.1 A and AA rules with no serious
 * or critical violation, on a phone (360 px) and on a desktop (1280 px), never scrolls
 * sideways and never slides content under the header. tenant-service runs on a random
 * port with a commune with the longest name in France, in which every module installed
 * (every {@link SiteSamples} bean) has seeded what a real site has; each module's sample
 * pages are checked, with the frame's own: the home with the menu's group open and with
 * the keyboard focus on the menu, the missing page, the unknown commune and the suspended
 * one. Debian's chromium loads each page headless and axe-core, read from the test
 * classpath, is injected into it. A full-page screenshot of each page and width is left
 * in {@code target/screenshots/public-site/} to be looked at, and axe's whole report
 * (minor findings and what it could not decide included) is in the test's output.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestInstance(Lifecycle.PER_CLASS)
class PublicSiteAccessibilityIT {

	private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots", "public-site");

	private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final List<Integer> WIDTHS = List.of(360, 1280);

	/** Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson: the longest name to fit in. */
	private static final String DEMO = "51513";

	/** Saint-Remy-sous-Broyes, suspended by the operator. */
	private static final String SUSPENDED = "51514";

	private static final String AXE_RUN = """
			async (tags) => {
			  const results = await axe.run(document, {
			    runOnly: { type: 'tag', values: tags },
			    resultTypes: ['violations', 'incomplete']
			  });
			  const found = (rules) => rules.map((rule) => ({
			    id: rule.id,
			    impact: String(rule.impact),
			    help: rule.help,
			    targets: rule.nodes.map((node) => node.target.join(' ')).join(' | ')
			  }));
			  return {
			    passes: results.passes.length,
			    violations: found(results.violations),
			    incomplete: found(results.incomplete)
			  };
			}
			""";

	/** How far the content's highest element climbs over the header (0 without one). */
	private static final String HEADER_OVERLAP = """
			() => {
			  const header = document.querySelector('.site-header');
			  const content = [...document.querySelectorAll('main *')];
			  if (!header || content.length === 0) {
			    return 0;
			  }
			  const top = Math.min(...content.map((element) => element.getBoundingClientRect().top));
			  return Math.ceil(header.getBoundingClientRect().bottom - top);
			}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	List<SiteSamples> modules;

	@Autowired
	TenantDirectory directory;

	@Autowired
	TenantWork work;

	@LocalServerPort
	int port;

	private String axe;

	private TenantRef demo;

	private String suspended;

	private Playwright playwright;

	private Browser browser;

	@BeforeAll
	void aDemoCommuneAndABrowser() throws Exception {
		assertThat(Files.isExecutable(CHROMIUM))
			.as("Debian's chromium is needed at %s for the accessibility check: apt-get install -y chromium", CHROMIUM)
			.isTrue();
		try (InputStream script = getClass().getResourceAsStream("/axe.min.js")) {
			assertThat(script).as("axe-core (axe.min.js) on the test classpath").isNotNull();
			this.axe = new String(script.readAllBytes(), StandardCharsets.UTF_8);
		}
		this.demo = this.directory.bySlug(TestCommunes.onboard(this.mvc, DEMO)).orElseThrow();
		for (SiteSamples module : this.modules) {
			this.work.runInTenant(this.demo.id(), () -> module.seed(this.demo));
		}
		this.suspended = TestCommunes.onboard(this.mvc, SUSPENDED);
		this.mvc.perform(post("/api/platform/tenants/{slug}/suspend", this.suspended).with(TestCommunes.operator()))
			.andExpect(status().isOk());
		Files.createDirectories(SCREENSHOTS);
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--no-first-run")));
	}

	@AfterAll
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.playwright != null) {
			this.playwright.close();
		}
	}

	Stream<Arguments> publicPages() {
		String site = "/c/" + this.demo.slug();
		List<PublicPage> pages = new ArrayList<>(List.of(
				new PublicPage("accueil-menu-ouvert", site + "/", 200, "Saint-Remy-en-Bouzemont",
						PublicSiteAccessibilityIT::openMenuGroups),
				new PublicPage("accueil-clavier", site + "/", 200, "Saint-Remy-en-Bouzemont",
						PublicSiteAccessibilityIT::tabToFirstMenuEntry),
				new PublicPage("page-introuvable", site + "/ancienne-page", 404, "Page introuvable"),
				new PublicPage("commune-inconnue", "/c/nulle-part/", 404, "Page introuvable"),
				new PublicPage("indisponible", "/c/" + this.suspended + "/", 503, "temporairement indisponible")));
		samples()
			.forEach((sample) -> pages.add(new PublicPage(sample.name(), site + sample.path(), 200, sample.heading())));
		return pages.stream().flatMap((page) -> WIDTHS.stream().map((width) -> Arguments.of(page, width)));
	}

	/**
	 * Discovery found the modules' samples, each module some, each sample with a
	 * screenshot of its own.
	 */
	@Test
	void everyModuleInstalledBringsItsSamples() {
		assertThat(this.modules).isNotEmpty()
			.allSatisfy((module) -> assertThat(module.samples(this.demo)).as(module.moduleKey()).isNotEmpty());
		assertThat(samples()).extracting(SiteSample::name)
			.doesNotHaveDuplicates()
			.doesNotContain("accueil-menu-ouvert", "accueil-clavier", "page-introuvable", "commune-inconnue",
					"indisponible");
	}

	private List<SiteSample> samples() {
		return this.modules.stream().map((module) -> module.samples(this.demo)).flatMap(List::stream).toList();
	}

	@ParameterizedTest(name = "{0} at {1} px")
	@MethodSource("publicPages")
	void hasNoSeriousAccessibilityViolation(PublicPage publicPage, int width) {
		try (BrowserContext context = this.browser.newContext(
				new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(width, 800).setBypassCSP(true))) {
			Page page = context.newPage();
			List<String> consoleErrors = new ArrayList<>();
			page.onConsoleMessage((message) -> {
				if ("error".equals(message.type())) {
					consoleErrors.add(message.text() + " (" + message.location() + ")");
				}
			});
			page.onPageError((error) -> consoleErrors.add("uncaught: " + error));
			String address = "http://localhost:" + this.port + publicPage.path();
			Response response = page.navigate(address);
			page.waitForLoadState(LoadState.NETWORKIDLE);
			publicPage.before().accept(page);
			page.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(publicPage.name() + "-" + width + ".png"))
						.setFullPage(true));
			assertThat(response.status()).as("HTTP status of %s", publicPage.path()).isEqualTo(publicPage.status());
			assertThat(page.locator("h1").innerText()).contains(publicPage.heading());
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fr");
			// Lighthouse's best practices count every error in the console (a missing
			// icon's 404
			// included); a page answered with an error status logs that status, about
			// itself.
			assertThat(consoleErrors).as("errors in the browser's console on %s at %d px", publicPage.path(), width)
				.filteredOn((error) -> publicPage.status() == 200 || !error.contains("(" + address + ":"))
				.isEmpty();

			AxeResults axe = axe(page);
			System.out.println("axe, " + publicPage.name() + " at " + width + " px: " + axe.report());
			List<Violation> serious = axe.seriousOrCritical();
			assertThat(serious)
				.withFailMessage(() -> "Accessibility violations on %s at %d px:%n%s".formatted(publicPage.path(),
						width, serious.stream().map(Violation::toString).collect(Collectors.joining("\n"))))
				.isEmpty();
			Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
			assertThat(((Number) overflow).intValue())
				.as("pixels scrolled sideways on %s at %d px", publicPage.path(), width)
				.isLessThanOrEqualTo(0);
			assertThat(((Number) page.evaluate(HEADER_OVERLAP)).intValue())
				.as("pixels of the content under the header on %s at %d px", publicPage.path(), width)
				.isLessThanOrEqualTo(0);
		}
	}

	private static void openMenuGroups(Page page) {
		page.locator(".menu summary").all().forEach(Locator::click);
	}

	/**
	 * Skip link, site name, then the menu's first entry: its focus ring is in the
	 * picture.
	 */
	private static void tabToFirstMenuEntry(Page page) {
		for (int i = 0; i < 3; i++) {
			page.keyboard().press("Tab");
		}
		assertThat(page.evaluate("() => document.activeElement.textContent")).isEqualTo("Accueil");
	}

	/** The check itself finds what it is there to find. */
	@Test
	void axeReportsAnImageWithoutAlternativeTextAndUnlabelledField() {
		try (BrowserContext context = this.browser.newContext()) {
			Page page = context.newPage();
			page.setContent("<!doctype html><html lang=\"fr\"><head><title>Essai</title></head><body><main>"
					+ "<h1>Essai</h1><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><input type=\"text\">"
					+ "</main></body></html>");
			List<Violation> serious = axe(page).seriousOrCritical();
			assertThat(serious).extracting(Violation::id).contains("image-alt", "label");
			assertThat(serious).extracting(Violation::toString)
				.anySatisfy((line) -> assertThat(line).contains("image-alt (critical)", "-> img"));
		}
	}

	private AxeResults axe(Page page) {
		page.addScriptTag(new Page.AddScriptTagOptions().setContent(this.axe));
		Map<?, ?> results = (Map<?, ?>) page.evaluate(AXE_RUN, WCAG_A_AA);
		return new AxeResults(((Number) results.get("passes")).intValue(), Violation.all(results.get("violations")),
				Violation.all(results.get("incomplete")));
	}

	/**
	 * What axe found on a page.
	 *
	 * @param passes how many rules the page passes
	 * @param violations the rules it breaks
	 * @param incomplete the rules axe could not decide (to be checked by a person)
	 */
	record AxeResults(int passes, List<Violation> violations, List<Violation> incomplete) {

		List<Violation> seriousOrCritical() {
			return this.violations.stream().filter(Violation::seriousOrCritical).toList();
		}

		String report() {
			return "%d rules passed, %d broken, %d to check by hand%n%s".formatted(this.passes, this.violations.size(),
					this.incomplete.size(),
					Stream
						.concat(this.violations.stream().map((violation) -> "broken " + violation),
								this.incomplete.stream().map((violation) -> "to check " + violation))
						.collect(Collectors.joining("\n")));
		}

	}

	/**
	 * One public address and what it answers.
	 *
	 * @param name the screenshot's name
	 * @param path the address on tenant-service
	 * @param status the HTTP status expected
	 * @param heading text the page's {@code h1} holds
	 * @param before what the reader does before the check (opening the menu, moving the
	 * focus with the keyboard)
	 */
	record PublicPage(String name, String path, int status, String heading, Consumer<Page> before) {

		PublicPage(String name, String path, int status, String heading) {
			this(name, path, status, heading, (page) -> {
			});
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	/**
	 * One of axe's findings.
	 *
	 * @param id the rule broken
	 * @param impact minor, moderate, serious or critical
	 * @param help what the rule asks for
	 * @param targets the CSS selectors of the elements at fault
	 */
	record Violation(String id, String impact, String help, String targets) {

		static List<Violation> all(Object found) {
			return ((List<?>) found).stream().map((item) -> (Map<?, ?>) item).map(Violation::of).toList();
		}

		static Violation of(Map<?, ?> found) {
			return new Violation((String) found.get("id"), (String) found.get("impact"), (String) found.get("help"),
					(String) found.get("targets"));
		}

		boolean seriousOrCritical() {
			return "serious".equals(this.impact) || "critical".equals(this.impact);
		}

		@Override
		public String toString() {
			return "- " + this.id + " (" + this.impact + "): " + this.help + " -> " + this.targets;
		}

	}

}
