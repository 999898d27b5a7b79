package fr.clocher.tenant.site;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
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
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every kind of public page passes axe-core's WCAG 2.0/2.1 A and AA rules with no serious
 * or critical violation, on a phone (360 px) and on a desktop (1280 px), never scrolls
 * sideways and never slides content under the header. tenant-service runs on a random
 * port with a commune whose secretary filled in everything a real site has (the longest
 * commune name in France, a colour, a logo and a header image, town hall hours with an
 * exception, a menu with a group, a written page with headings, a list, an image, links
 * and a PDF, the council); Debian's chromium loads each page headless and axe-core, read
 * from the test classpath, is injected into it. The home page is also checked with the
 * menu's group open and with the keyboard focus on the menu. A full-page screenshot of
 * each page and width is left in {@code target/screenshots/public-site/} to be looked at,
 * and axe's whole report (minor findings and what it could not decide included) is in the
 * test's output.
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

	@LocalServerPort
	int port;

	private String axe;

	private String demo;

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
		this.demo = TestCommunes.onboard(this.mvc, DEMO);
		new DemoContent(this.mvc, this.demo).fillIn();
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
		String site = "/c/" + this.demo;
		List<PublicPage> pages = List.of(new PublicPage("accueil", site + "/", 200, "Saint-Remy-en-Bouzemont"),
				new PublicPage("accueil-menu-ouvert", site + "/", 200, "Saint-Remy-en-Bouzemont",
						PublicSiteAccessibilityIT::openMenuGroups),
				new PublicPage("accueil-clavier", site + "/", 200, "Saint-Remy-en-Bouzemont",
						PublicSiteAccessibilityIT::tabToFirstMenuEntry),
				new PublicPage("page", site + "/pages/salle-des-fetes", 200, "La salle des fêtes"),
				new PublicPage("mentions-legales", site + "/mentions-legales", 200, "Mentions légales"),
				new PublicPage("donnees-personnelles", site + "/donnees-personnelles", 200, "Données personnelles"),
				new PublicPage("accessibilite", site + "/accessibilite", 200, "Déclaration d'accessibilité"),
				new PublicPage("conseil-municipal", site + "/conseil-municipal", 200, "Conseil municipal"),
				new PublicPage("page-introuvable", site + "/pages/ancienne-page", 404, "Page introuvable"),
				new PublicPage("commune-inconnue", "/c/nulle-part/", 404, "Page introuvable"),
				new PublicPage("indisponible", "/c/" + this.suspended + "/", 503, "temporairement indisponible"));
		return pages.stream().flatMap((page) -> WIDTHS.stream().map((width) -> Arguments.of(page, width)));
	}

	@ParameterizedTest(name = "{0} at {1} px")
	@MethodSource("publicPages")
	void hasNoSeriousAccessibilityViolation(PublicPage publicPage, int width) {
		try (BrowserContext context = this.browser.newContext(
				new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(width, 800).setBypassCSP(true))) {
			Page page = context.newPage();
			Response response = page.navigate("http://localhost:" + this.port + publicPage.path());
			page.waitForLoadState();
			publicPage.before().accept(page);
			page.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(publicPage.name() + "-" + width + ".png"))
						.setFullPage(true));
			assertThat(response.status()).as("HTTP status of %s", publicPage.path()).isEqualTo(publicPage.status());
			assertThat(page.locator("h1").innerText()).contains(publicPage.heading());
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fr");

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

	/**
	 * What a secretary fills in for a real site, through the website API.
	 */
	private record DemoContent(MockMvc mvc, String commune) {

		void fillIn() throws Exception {
			JwtRequestPostProcessor secretary = TestCommunes.secretaryOf(this.commune);
			String logo = upload(secretary,
					"/images?fileName=blason.png&contentType=image/png&alt=Blason de la commune",
					image(256, 256, new Color(122, 31, 61), new Color(230, 190, 80)), "$.id");
			String header = upload(secretary,
					"/images?fileName=village.png&contentType=image/png&alt=Le village vu depuis les vignes",
					image(1600, 600, new Color(70, 110, 150), new Color(120, 150, 80)), "$.id");
			String hall = upload(secretary,
					"/images?fileName=salle.png&contentType=image/png"
							+ "&alt=La grande salle, ses tables rangées le long du mur et la scène",
					image(1200, 800, new Color(160, 120, 80), new Color(240, 230, 210)), "$.path");
			String rules = upload(secretary,
					"/attachments?fileName=reglement-salle.pdf&contentType=application/pdf"
							+ "&title=Règlement de la salle des fêtes",
					"%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF"
						.getBytes(StandardCharsets.ISO_8859_1),
					"$.path");
			save(secretary, "/theme", """
					{"primaryColor":"#7a1f3d","logoId":"%s","headerImageId":"%s"}""".formatted(logo, header));
			LocalDate closed = LocalDate.now().plusDays(20);
			save(secretary, "/town-hall", """
					{"street":"2 place de l'Église","postalCode":"51290","phone":"03 26 72 00 00",
					 "email":"mairie@saint-remy-en-bouzemont.fr","weeklyHours":[
					 {"day":"MONDAY","slots":[{"opens":"09:00","closes":"12:00"}]},
					 {"day":"TUESDAY","slots":[{"opens":"09:00","closes":"12:00"},{"opens":"14:00","closes":"17:30"}]},
					 {"day":"THURSDAY","slots":[{"opens":"14:00","closes":"18:00"}]},
					 {"day":"SATURDAY","slots":[{"opens":"10:00","closes":"12:00"}]}],
					 "exceptions":[{"from":"%s","to":"%s","reason":"Congés de la secrétaire","slots":[]}],
					 "note":"Le maire reçoit sur rendez-vous."}
					""".formatted(closed, closed.plusDays(4)));
			String page = create(secretary,
					"""
							{"title":"La salle des fêtes","slug":"salle-des-fetes","summary":"Louer la salle pour une fête de famille ou une \
							association : capacité, tarifs, réservation.","body":"\
							<h2>La salle</h2><p>La salle accueille 120 personnes assises. Elle dispose d'une cuisine \
							équipée et d'un parking.</p>\
							<figure><img src=\\"%s\\" alt=\\"La grande salle, tables rangées, et la scène\\" width=\\"1200\\" \
							height=\\"800\\"><figcaption>La grande salle après sa rénovation en 2024.</figcaption></figure>\
							<h2>Tarifs</h2><h3>Habitants de la commune</h3><ul><li>Week-end : 250 €</li>\
							<li>Journée en semaine : 120 €</li><li>Caution : 500 €</li></ul>\
							<h3>Associations</h3><p>Gratuit une fois par an, puis 60 € la journée.</p>\
							<h2>Réserver</h2><p>Réservez auprès de la mairie au moins un mois à l'avance. Lisez le \
							<a href=\\"%s\\">règlement de la salle des fêtes (PDF)</a> avant de signer le contrat. Pour \
							une manifestation publique, déclarez-la aussi sur \
							<a href=\\"https://www.service-public.fr/particuliers/vosdroits/F21899\\">service-public.fr</a>.\
							</p>"}"""
						.formatted(hall, rules));
			publish(secretary, page);
			String school = create(secretary,
					"{\"title\":\"École et cantine\",\"body\":\"<p>L'école accueille les enfants de 3 à 11 ans.</p>\"}");
			publish(secretary, school);
			save(secretary, "/menu", """
					{"entries":[
					 {"label":"La salle des fêtes","target":"PAGE","pageId":"%s"},
					 {"label":"Vie pratique","target":"GROUP","children":[
					  {"label":"École et cantine","target":"PAGE","pageId":"%s"},
					  {"label":"Collecte des déchets","target":"LINK","url":"https://www.service-public.fr"}]},
					 {"label":"Conseil municipal","target":"LINK","url":"/conseil-municipal"}]}
					""".formatted(page, school));
			save(secretary, "/home", """
					{"welcome":"<p>Bienvenue sur le site de la commune. Retrouvez les horaires de la mairie, \
					les démarches et la vie du village.</p>","quickLinks":[
					 {"label":"Louer la salle des fêtes","pageId":"%s"},
					 {"label":"École et cantine","pageId":"%s"},
					 {"label":"Démarches en ligne","url":"https://www.service-public.fr"}]}
					""".formatted(page, school));
			String photo = upload(secretary,
					"/images?fileName=maire.png&contentType=image/png&alt=Portrait de Jeanne Martin",
					image(400, 400, new Color(90, 90, 120), new Color(200, 180, 160)), "$.id");
			save(secretary, "/council", """
					{"members":[
					 {"name":"Jeanne Martin","role":"MAYOR","photoId":"%s"},
					 {"name":"Paul Lefèvre","role":"DEPUTY","title":"Premier adjoint",
					  "delegation":"Travaux, voirie et cimetière"},
					 {"name":"Amina Benali","role":"DEPUTY","title":"Deuxième adjointe",
					  "delegation":"École, jeunesse et vie associative"},
					 {"name":"Lucien Girard","role":"COUNCILLOR"},
					 {"name":"Marie-Claude Dubois-Lemaire","role":"COUNCILLOR"}]}
					""".formatted(photo));
			save(secretary, "/generated/accessibility", """
					{"complianceStatus":"PARTIALLY_COMPLIANT","complianceRate":82,"auditDate":"2026-03-01",
					 "auditor":"Association Accès pour tous"}""");
		}

		private String upload(JwtRequestPostProcessor secretary, String query, byte[] content, String field)
				throws Exception {
			String body = this.mvc
				.perform(post(api(query), this.commune).with(secretary)
					.contentType(MediaType.APPLICATION_OCTET_STREAM)
					.content(content))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			return JsonPath.read(body, field);
		}

		private String create(JwtRequestPostProcessor secretary, String json) throws Exception {
			String body = this.mvc
				.perform(post(api("/pages"), this.commune).with(secretary)
					.contentType(MediaType.APPLICATION_JSON)
					.content(json))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			return JsonPath.read(body, "$.id");
		}

		private void publish(JwtRequestPostProcessor secretary, String page) throws Exception {
			this.mvc.perform(post(api("/pages/{id}/publish"), this.commune, page).with(secretary))
				.andExpect(status().isOk());
		}

		private void save(JwtRequestPostProcessor secretary, String path, String json) throws Exception {
			this.mvc.perform(
					put(api(path), this.commune).with(secretary).contentType(MediaType.APPLICATION_JSON).content(json))
				.andExpect(status().isOk());
		}

		private static String api(String path) {
			return "/api/tenants/{t}/website" + path;
		}

		/** A picture: a diagonal gradient with a disc, encoded as PNG. */
		private static byte[] image(int width, int height, Color from, Color to) throws IOException {
			BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = image.createGraphics();
			graphics.setPaint(new GradientPaint(0, 0, from, width, height, to));
			graphics.fillRect(0, 0, width, height);
			graphics.setColor(new Color(255, 255, 255, 160));
			graphics.fillOval(width / 3, height / 4, width / 3, height / 2);
			graphics.dispose();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}

	}

}
