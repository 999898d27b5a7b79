package fr.clocher.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import fr.clocher.kernel.test.browser.HeadlessChromium;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole platform, end to end, as a person meets it: the launcher behind
 * {@code infra/run} starts everything (real PostgreSQL, real Keycloak, the three
 * services), and Debian's chromium, headless, goes through the gateway only. The operator
 * creates a commune with its secretary; the secretary signs in, switches a module on,
 * sees its menu entry appear, and signs out. A demo secretary writes a page in portal-ui,
 * publishes it, and a resident reads it, with the generated legal pages, on the commune's
 * public site. A demo secretary posts an alert that a confirmed subscriber receives and
 * the site shows; the intercommunality's news shows on a member's site; the
 * intercommunality's secretary imports the seeded lift files and issues a billing run,
 * downloads its PES file and an invoice's PDF, and a resident of a member commune finds
 * her lifts and bill on its site. Screenshots are left in {@code target/e2e/screenshots}.
 */
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformEndToEndIT {

	private static final String PASSWORD = "Clocher-e2e-2026";

	private static final String INTERCOMMUNALITY_SECRETARY = "secretariat@intercommunalite.clocher.test";

	/** A demo secretary of one commune, as the launcher's summary prints her. */
	private static final Pattern DEMO_SECRETARY = Pattern
		.compile("(secretaire@([a-z0-9-]+)\\.clocher\\.test) +— secrétaire de \\2\\R");

	private RunningPlatform platform;

	private HeadlessChromium chromium;

	@BeforeAll
	void start() throws Exception {
		this.chromium = HeadlessChromium.launch();
		this.platform = RunningPlatform.start();
	}

	@AfterAll
	void stop() {
		if (this.chromium != null) {
			this.chromium.close();
		}
		if (this.platform != null) {
			this.platform.close();
		}
	}

	@Test
	void operatorCreatesACommuneWhoseSecretarySwitchesAModuleOn() throws Exception {
		String secretary = "secretaire-" + UUID.randomUUID().toString().substring(0, 6) + "@aiguilles.e2e.clocher.test";
		inFrenchBrowser("operator", (page) -> {
			signIn(page, "operateur@clocher.test", DemoSeed.PASSWORD);
			assertThat(page.locator("#role")).hasText("Opérateur de la plateforme");

			page.navigate(this.platform.gateway() + "/admin/operator/communes/new");
			choose(page, "#commune", "Aiguilles");
			page.locator("#secretary-email input").fill(secretary);
			page.locator("#create-commune").click();
			assertThat(page.locator("vaadin-notification-card")
				.filter(new Locator.FilterOptions().setHasText("Aiguilles est inscrite"))).isVisible();

			page.navigate(this.platform.gateway() + "/admin/operator/tenants");
			assertThat(page.locator("vaadin-grid")).containsText("Aiguilles");
			screenshot(page, "operator-tenant-list.png");

			page.navigate(this.platform.gateway() + "/admin/operator/intercommunalities/new");
			choose(page, "#intercommunality", "Terre de Camargue");
			page.locator("#start-onboarding").click();
			assertThat(page.locator("body")).containsText("CC Terre de Camargue est inscrite avec ses 3 communes");

			page.navigate(this.platform.gateway() + "/admin/operator/modules");
			assertThat(page.locator("body")).containsText("Site internet");

			page.navigate(this.platform.gateway() + "/admin/operator/health");
			assertThat(page.locator("#service-tenant-service")).containsText("Opérationnel");
			assertThat(page.locator("#service-keycloak")).containsText("Opérationnel");
			assertThat(page.locator("#service-database")).containsText("Opérationnel");
			screenshot(page, "operator-health.png");
			signOut(page);
		});

		inFrenchBrowser("secretary", (page) -> {
			acceptInvitation(page, secretary);
			assertThat(page.locator("#current-commune")).hasText("Aiguilles");
			assertThat(page.locator("#commune-name")).containsText("Aiguilles");
			assertThat(page.locator("#menu-website")).isVisible();
			screenshot(page, "secretary-dashboard.png");
			page.setViewportSize(768, 1024);
			assertThat(page.locator("#commune-name")).isVisible();
			screenshot(page, "secretary-dashboard-tablet.png");
			page.setViewportSize(1280, 720);

			page.navigate(this.platform.gateway() + "/admin/modules");
			page.locator("#toggle-website").click();
			page.locator("#confirm-website vaadin-button[slot='confirm-button']").click();
			assertThat(page.locator("#state-website")).hasText("Désactivé");
			assertThat(page.locator("#menu-website")).hasCount(0);

			page.locator("#toggle-website").click();
			page.locator("#confirm-website vaadin-button[slot='confirm-button']").click();
			assertThat(page.locator("#state-website")).hasText("Activé");
			assertThat(page.locator("#menu-website")).isVisible();
			screenshot(page, "secretary-module-switched-on.png");

			page.navigate(this.platform.gateway() + "/admin/changes");
			assertThat(page.locator("body")).containsText("Site internet");
			signOut(page);
		});
	}

	@Test
	void demoSecretaryPublishesAPageThatResidentsRead() throws Exception {
		Matcher demo = DEMO_SECRETARY.matcher(this.platform.console());
		assertThat(demo.find()).as("a demo secretary of one commune in the launcher's summary").isTrue();
		String email = demo.group(1);
		String slug = demo.group(2);
		String title = "Fête du village " + UUID.randomUUID().toString().substring(0, 6);

		inFrenchBrowser("demo-secretary", (page) -> {
			signIn(page, email, DemoSeed.PASSWORD);
			page.navigate(this.platform.gateway() + "/admin/website/pages/new");
			page.getByLabel("Titre").fill(title);
			page.getByLabel("Contenu (HTML)")
				.fill("<h2>Programme</h2><p>Bal le samedi soir.</p><script>alert('x')</script>");
			page.locator("#publish-page").click();
			assertThat(page.locator("vaadin-notification-card")
				.filter(new Locator.FilterOptions().setHasText("Page publiée"))).isVisible();
			screenshot(page, "secretary-page-published.png");
			signOut(page);
		});

		inFrenchBrowser("resident", (page) -> {
			page.setViewportSize(360, 740);
			page.navigate(this.platform.gateway() + "/c/" + slug + "/");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mentions légales")).first().click();
			assertThat(page.locator("h1")).containsText("Mentions légales");
			page.navigate(this.platform.gateway() + "/c/" + slug + "/accessibilite");
			assertThat(page.locator("h1")).containsText("accessibilité");
			page.navigate(this.platform.gateway() + "/c/" + slug + "/donnees-personnelles");
			assertThat(page.locator("h1")).containsText("Données personnelles");

			String sitemap = get("/c/" + slug + "/sitemap.xml");
			Matcher pageUrl = Pattern.compile("<loc>[^<]*/pages/(fete-du-village-[a-z0-9-]+)</loc>").matcher(sitemap);
			assertThat(pageUrl.find()).as("the published page in the sitemap:\n%s", sitemap).isTrue();
			page.navigate(this.platform.gateway() + "/c/" + slug + "/pages/" + pageUrl.group(1));
			assertThat(page.locator("h1")).hasText(title);
			assertThat(page.locator("main")).containsText("Bal le samedi soir.");
			assertThat(page.locator("main script")).hasCount(0);
			screenshot(page, "resident-published-page.png");
		});

		Matcher otherCommune = Pattern.compile("secrétaire de ([a-z0-9-]+) et de ").matcher(this.platform.console());
		assertThat(otherCommune.find()).isTrue();
		assertThat(get("/c/" + otherCommune.group(1) + "/sitemap.xml")).as("another commune's sitemap")
			.contains("<urlset")
			.doesNotContain("fete-du-village");
	}

	/**
	 * Issue 12's demo: a resident subscribes to a commune's alerts and confirms by the
	 * mail's link; the commune's secretary posts an alert in three fields; it shows on
	 * the commune's site within seconds and reaches the subscriber through the mail
	 * catcher.
	 */
	@Test
	void alertPostedInThreeFieldsShowsOnTheSiteAndReachesConfirmedSubscribers() throws Exception {
		Matcher demo = DEMO_SECRETARY.matcher(this.platform.console());
		assertThat(demo.find()).as("a demo secretary of one commune in the launcher's summary").isTrue();
		String slug = demo.group(2);
		String unique = UUID.randomUUID().toString().substring(0, 6);
		String resident = "habitant-" + unique + "@exemple.clocher.test";
		String what = "Route barrée " + unique;

		inFrenchBrowser("resident-subscribes", (page) -> {
			page.navigate(this.platform.gateway() + "/c/" + slug + "/abonnement");
			page.locator("#email").fill(resident);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("S'abonner")).click();
			assertThat(page.locator("h1")).hasText("Vérifiez votre messagerie");
			page.navigate(this.platform.mailLink(resident, "Confirmez votre abonnement", Set.of()));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer mon abonnement")).click();
			assertThat(page.locator("h1")).hasText("Abonnement confirmé");
		});

		inFrenchBrowser("secretary-alert", (page) -> {
			signIn(page, demo.group(1), DemoSeed.PASSWORD);
			page.navigate(this.platform.gateway() + "/admin/announcements/quick-alert");
			page.getByLabel("Quoi", new Page.GetByLabelOptions().setExact(true)).fill(what);
			page.getByLabel("Où", new Page.GetByLabelOptions().setExact(true)).fill("Route de Toulouse, au pont");
			page.locator("#quick-until-week").click();
			page.locator("#post-alert").click();
			assertNotified(page, "Alerte publiée");
			screenshot(page, "secretary-alert-posted.png");
			signOut(page);
		});

		awaitOnSite("/c/" + slug + "/", what);
		inFrenchBrowser("resident-reads-alert", (page) -> {
			page.navigate(this.platform.gateway() + "/c/" + slug + "/");
			assertThat(page.locator(".ann-alert-band")).containsText(what);
			assertThat(page.locator(".ann-alert-band")).containsText("Route de Toulouse, au pont");
			screenshot(page, "resident-alert-banner.png");
		});
		assertThat(this.platform.mailLink(resident, "Alerte : " + what, Set.of()))
			.as("the alert mail's link to the commune's alerts")
			.endsWith("/alertes");
	}

	/**
	 * Issue 12's demo: the intercommunality's secretary publishes a news item, and a
	 * member commune's site shows it, marked as the intercommunality's.
	 */
	@Test
	void intercommunalityNewsShowsOnAMemberCommunesSite() throws Exception {
		Matcher member = DEMO_SECRETARY.matcher(this.platform.console());
		assertThat(member.find()).isTrue();
		String slug = member.group(2);
		String title = "Collecte des encombrants " + UUID.randomUUID().toString().substring(0, 6);
		String[] group = new String[1];

		inFrenchBrowser("intercommunality-news", (page) -> {
			signIn(page, INTERCOMMUNALITY_SECRETARY, DemoSeed.PASSWORD);
			group[0] = page.locator("#current-commune").textContent().strip();
			page.navigate(this.platform.gateway() + "/admin/announcements/news/new");
			page.getByLabel("Titre", new Page.GetByLabelOptions().setExact(true)).fill(title);
			page.getByLabel("Résumé").fill("Inscription en ligne pour toutes les communes.");
			page.getByLabel("Texte (HTML)").fill("<p>Le camion passe le premier lundi du mois.</p>");
			page.locator("#publish-now").click();
			assertNotified(page, "Annonce publiée");
			screenshot(page, "intercommunality-news-published.png");
			signOut(page);
		});

		awaitOnSite("/c/" + slug + "/actualites", title);
		inFrenchBrowser("resident-reads-intercommunal-news", (page) -> {
			page.navigate(this.platform.gateway() + "/c/" + slug + "/actualites");
			Locator item = page.locator("li.ann-card").filter(new Locator.FilterOptions().setHasText(title));
			assertThat(item.locator(".ann-origin")).hasText(group[0]);
			screenshot(page, "resident-intercommunal-news.png");
		});
	}

	/**
	 * Issue 13's demo: the intercommunality's secretary imports the seeded lift files
	 * (one refused, naming its bad lines; one accepted with its anomaly report), then
	 * computes, validates and issues the current half-year's billing run over the seeded
	 * payers. Issue 14's: she downloads the run's PES file and the first invoice's PDF; a
	 * resident of the first member commune types the first payer's reference and that
	 * invoice's number on its site, sees her lifts and bill, and downloads the PDF.
	 */
	@Test
	void intercommunalitySecretaryIssuesABillingPeriodAndResidentsFindTheirBill() throws Exception {
		String console = this.platform.console();
		Path withAnomalies = printedPath(console, "with anomalies to review");
		Path refused = printedPath(console, "refused, with bad lines");
		int payers = WasteBillingDemo.PAYERS_PER_COMMUNE * 4;
		String firstInvoice = WasteBillingDemo.today().getYear() + "-000001";
		Matcher evidence = Pattern.compile("/c/(\\S+)/redevance\n  payer reference (\\S+)").matcher(console);
		assertThat(evidence.find()).as("the residents' evidence in the launcher's summary").isTrue();
		String evidenceCommune = evidence.group(1);
		String evidenceReference = evidence.group(2);
		LocatorAssertions.ContainsTextOptions slowly = new LocatorAssertions.ContainsTextOptions().setTimeout(60_000);

		inFrenchBrowser("waste-billing", (page) -> {
			signIn(page, INTERCOMMUNALITY_SECRETARY, DemoSeed.PASSWORD);
			page.navigate(this.platform.gateway() + "/admin/waste-billing/imports");
			page.locator("#lift-upload input[type=file]").setInputFiles(refused);
			assertThat(page.locator("#import-errors")).containsText("Fichier refusé", slowly);
			assertThat(page.locator("#import-errors")).containsText("ligne 3, horodatage");
			assertThat(page.locator("#import-errors")).containsText("ligne 4, poids");
			screenshot(page, "waste-billing-import-refused.png");

			page.locator("#lift-upload input[type=file]").setInputFiles(withAnomalies);
			Locator counts = page.locator("#import-counts");
			assertThat(counts).containsText("Badge inconnu : 1", slowly);
			assertThat(counts).containsText("Bac attribué à personne à cette date : 1");
			assertThat(counts).containsText("Poids anormal : 1");
			assertThat(counts).containsText("1 doublon(s) dans le fichier");
			assertThat(page.locator("#import-errors")).isHidden();
			screenshot(page, "waste-billing-import-report.png");

			page.navigate(this.platform.gateway() + "/admin/waste-billing/runs");
			page.locator("#create-run").click();
			assertThat(page.locator("#run-state")).containsText("Brouillon");
			page.locator("#compute-run").click();
			assertThat(page.locator("#review-total")).containsText("pour " + payers + " facture(s)", slowly);
			Matcher total = Pattern.compile("Total : (.+€) pour").matcher(page.locator("#review-total").textContent());
			assertThat(total.find()).as("the run's total in euros").isTrue();
			assertThat(total.group(1)).doesNotStartWith("0,00");
			screenshot(page, "waste-billing-run-review.png");

			page.locator("#validate-run").click();
			assertThat(page.locator("#run-state")).containsText("Validée");
			page.locator("#issue-run").click();
			page.locator("#confirm-issue vaadin-button[slot='confirm-button']").click();
			assertNotified(page, payers + " facture(s) émise(s)");
			assertThat(page.locator("#run-state")).containsText("Émise");
			assertThat(page.locator("#review-invoices")).containsText(firstInvoice);
			screenshot(page, "waste-billing-run-issued.png");

			page.locator("#pes-prepare").click();
			assertThat(page.locator("#pes-file"))
				.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
			byte[] pes = download(page, page.locator("#pes-file"));
			assertThat(new String(pes, StandardCharsets.UTF_8)).contains("PES_Aller xmlns")
				.contains(WasteBillingDemo.TREASURY.siret());
			page.locator("#review-invoices vaadin-grid-cell-content").filter(withText(firstInvoice)).first().click();
			byte[] invoice = download(page, page.locator("#download-invoice-pdf"));
			assertThat(new String(invoice, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
			page.keyboard().press("Escape");

			page.navigate(this.platform.gateway() + "/admin/waste-billing/runs");
			Locator run = page.locator("vaadin-grid");
			assertThat(run).containsText("Émise");
			assertThat(run).containsText(total.group(1));
			signOut(page);

			// A resident of the member commune finds her lifts and bill on its site.
			page.navigate(this.platform.gateway() + "/c/" + evidenceCommune + "/redevance");
			page.locator("#reference").fill(evidenceReference);
			page.locator("#number").fill(firstInvoice);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voir mes levées et mes factures"))
				.click();
			assertThat(page.locator("#wb-lifts")).containsText("Levées du");
			assertThat(page.locator("#wb-invoice-" + firstInvoice)).isVisible();
			screenshot(page, "waste-billing-evidence.png");
			byte[] bill = download(page, page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName(Pattern.compile("Télécharger .*" + firstInvoice))));
			assertThat(new String(bill, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		});
	}

	/**
	 * Issue 15's demo: a resident proposes an entry on a demo commune's site (the browser
	 * solves the proof of work), confirms her address by the mail's link; the commune's
	 * secretary publishes it from the moderation queue in portal-ui; the commune's site
	 * finds it by a search with an accent left out and a letter missing.
	 */
	@Test
	void residentProposesAnEntryThatTheSecretaryPublishesAndTheSiteFindsDespiteATypo() throws Exception {
		Matcher demo = DEMO_SECRETARY.matcher(this.platform.console());
		assertThat(demo.find()).as("a demo secretary of one commune in the launcher's summary").isTrue();
		String slug = demo.group(2);
		String resident = "artisan-" + UUID.randomUUID().toString().substring(0, 6) + "@exemple.clocher.test";
		String name = "Cordonnerie Sébastien";

		inFrenchBrowser("resident-proposes-entry", (page) -> {
			page.navigate(this.platform.gateway() + "/c/" + slug + "/annuaire/proposer");
			page.locator("#f-nom").fill(name);
			page.locator("#f-categorie").selectOption(new SelectOption().setLabel("Artisans"));
			page.locator("#f-description").fill("Ressemelage, clés minute et réparation de sacs.");
			page.locator("#f-telephone").fill("05 61 00 09 09");
			page.locator("#f-votre_courriel").fill(resident);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer la proposition")).click();
			// The proof of work runs in the page before the form leaves.
			assertThat(page.locator("h1")).hasText("Vérifiez votre messagerie",
					new LocatorAssertions.HasTextOptions().setTimeout(60_000));
			page.navigate(this.platform.mailLink(resident, "Confirmez votre proposition", Set.of()));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer ma proposition")).click();
			assertThat(page.locator("h1")).hasText("Proposition confirmée");
		});

		inFrenchBrowser("secretary-approves-entry", (page) -> {
			signIn(page, demo.group(1), DemoSeed.PASSWORD);
			page.navigate(this.platform.gateway() + "/admin/directory/moderation");
			page.locator("vaadin-grid-cell-content").filter(withText(name)).first().click();
			assertThat(page.locator("#approve-submission")).isVisible();
			screenshot(page, "secretary-directory-moderation.png");
			page.locator("#approve-submission").click();
			assertNotified(page, "est publiée");
			signOut(page);
		});

		awaitOnSite("/c/" + slug + "/annuaire/categorie/artisans", name);
		inFrenchBrowser("resident-searches-directory", (page) -> {
			page.navigate(this.platform.gateway() + "/c/" + slug + "/annuaire");
			page.locator("#dir-q").fill("cordonerie sebastien");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher")).click();
			assertThat(page.locator("main")).containsText(name);
			screenshot(page, "resident-directory-search.png");
		});
		assertThat(this.platform.mailLink(resident, "est publiée", Set.of())).as("the approval mail's link")
			.contains("/annuaire/");
	}

	/** Clicks a download link or button and answers the file's bytes. */
	private static byte[] download(Page page, Locator link) throws Exception {
		Download download = page.waitForDownload(link::click);
		return Files.readAllBytes(download.path());
	}

	private static Locator.FilterOptions withText(String text) {
		return new Locator.FilterOptions().setHasText(text);
	}

	/**
	 * Waits until a public page shows a text just published (the site's cache follows a
	 * publication within seconds).
	 */
	private void awaitOnSite(String path, String text) {
		Awaitility.await("'" + text + "' on " + path)
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> get(path).contains(text));
	}

	private static void assertNotified(Page page, String text) {
		assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text)))
			.isVisible();
	}

	/** A path the launcher's summary prints after a label. */
	private static Path printedPath(String console, String label) {
		Matcher printed = Pattern.compile(Pattern.quote(label) + " +(\\S+)").matcher(console);
		assertThat(printed.find()).as("'%s' in the launcher's summary", label).isTrue();
		Path path = Path.of(printed.group(1));
		assertThat(path).isRegularFile();
		return path;
	}

	/**
	 * Deleting the run command's state and running it again on the same database (a new
	 * Keycloak that has never heard of the communes) still ends with a platform where the
	 * demo logins sign in: the communes are provisioned again.
	 */
	@Test
	@Order(Integer.MAX_VALUE)
	void runningAgainWithItsStateDeletedStillGivesWorkingDemoLogins() throws Exception {
		this.platform.stopKeepingDatabase();
		this.platform = RunningPlatform.startWithDatabaseKept();
		assertThat(this.platform.log("tenant-service")).as("the communes Keycloak lost are provisioned again")
			.contains("Keycloak had no organization for");
		Matcher demo = DEMO_SECRETARY.matcher(this.platform.console());
		assertThat(demo.find()).as("a demo secretary in the second run's summary").isTrue();
		inFrenchBrowser("rerun", (page) -> {
			signIn(page, demo.group(1), DemoSeed.PASSWORD);
			page.navigate(this.platform.gateway() + "/admin/website/pages");
			assertThat(page.locator("#signed-in-as")).isVisible();
			signOut(page);
		});
	}

	private String get(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(this.platform.gateway() + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
		return response.body();
	}

	/** Types into a combo box and picks the first suggestion that names the text. */
	private static void choose(Page page, String comboBox, String text) {
		page.locator(comboBox + " input").fill(text);
		page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(text)).first().click();
	}

	/**
	 * What the new secretary does with her invitation e-mail: follows its link, creates
	 * her account with the invited address (which makes her a member of her commune), and
	 * follows the address verification Keycloak then sends her.
	 */
	private void acceptInvitation(Page page, String email) throws Exception {
		String invitation = this.platform.mailLink(email, Set.of());
		page.navigate(invitation);
		assertThat(page.locator("#firstName")).isVisible();
		screenshot(page, "secretary-invitation.png");
		assertThat(page.locator("#email")).hasValue(email);
		page.locator("#username").fill(email);
		page.locator("#firstName").fill("Élise");
		page.locator("#lastName").fill("Martin");
		page.locator("input[type=submit], button[type=submit]").first().click();
		assertThat(page.locator("#password-new")).isVisible();
		page.locator("#password-new").fill(PASSWORD);
		page.locator("#password-confirm").fill(PASSWORD);
		page.locator("input[type=submit], button[type=submit]").first().click();
		// Keycloak then asks her to verify her address, by a second e-mail.
		page.waitForCondition(() -> page.locator("#password-new").count() == 0);
		assertThat(page.locator("body")).containsText(email);
		page.navigate(this.platform.mailLink(email, Set.of(invitation)));
		Locator proceed = page.locator("#kc-info-message a");
		page.waitForCondition(() -> page.url().contains("/account") || proceed.count() > 0);
		if (!page.url().contains("/account")) {
			proceed.first().click();
		}
		page.waitForURL(Pattern.compile(".*/auth/realms/clocher/account.*"));
		// Signed in at Keycloak by her registration: the portal lets her in at once.
		page.navigate(this.platform.gateway() + "/admin/");
		page.waitForURL(Pattern.compile(Pattern.quote(this.platform.gateway() + "/admin/") + ".*"));
		assertThat(page.locator("#signed-in-as")).isVisible();
	}

	private void signIn(Page page, String username, String password) {
		page.navigate(this.platform.gateway() + "/admin/");
		page.waitForURL(Pattern.compile(Pattern.quote(this.platform.gateway() + "/auth/realms/clocher/") + ".*"));
		page.locator("#username").fill(username);
		if (page.locator("#password").count() == 0) {
			page.locator("#kc-login").click();
		}
		page.locator("#password").fill(password);
		page.locator("#kc-login").click();
		page.waitForURL(Pattern.compile(Pattern.quote(this.platform.gateway() + "/admin/") + ".*"));
		assertThat(page.locator("#signed-in-as")).isVisible();
	}

	private void signOut(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();
		page.waitForURL(Pattern.compile(Pattern.quote(this.platform.gateway() + "/auth/realms/clocher/") + ".*"));
		assertThat(page.locator("#username")).isVisible();
	}

	private void screenshot(Page page, String name) throws Exception {
		page.screenshot(
				new Page.ScreenshotOptions().setPath(this.platform.screenshots().resolve(name)).setFullPage(true));
	}

	/**
	 * Runs a scenario in a fresh French browser at 1280×720; when it fails, leaves a
	 * screenshot, the page's HTML and the platform's logs.
	 */
	private void inFrenchBrowser(String scenario, Scenario steps) throws Exception {
		try (BrowserContext context = this.chromium.browser()
			.newContext(new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1280, 720))) {
			Page page = context.newPage();
			try {
				steps.run(page);
			}
			catch (Exception | AssertionError ex) {
				page.screenshot(new Page.ScreenshotOptions()
					.setPath(this.platform.screenshots().resolve("failed-" + scenario + ".png")));
				Files.writeString(this.platform.screenshots().resolve("failed-" + scenario + ".html"),
						page.url() + "\n" + page.content());
				throw new AssertionError(ex.getMessage() + "\n" + this.platform.diagnostics(), ex);
			}
		}
	}

	@FunctionalInterface
	private interface Scenario {

		void run(Page page) throws Exception;

	}

}
