package fr.clocher.portal.signin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.UserRepresentation;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.clocher.kernel.keycloak.test.TestKeycloak;
import fr.clocher.kernel.test.browser.HeadlessChromium;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in for real: portal-ui on a random port, the realm in a real Keycloak
 * (TestKeycloak), Debian's chromium driven headless by Playwright. A secretary serving
 * two communes opens {@code /admin/}, signs in on Keycloak's French page (authorization
 * code flow with PKCE), sees the workspace say that tenant-service cannot be reached,
 * signs out (RP-initiated logout) and is asked to sign in again.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(Lifecycle.PER_CLASS)
class SignInEndToEndIT {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final String PASSWORD = "Clocher-e2e-2026";

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@LocalServerPort
	private int port;

	private HeadlessChromium chromium;

	@DynamicPropertySource
	static void keycloak(DynamicPropertyRegistry registry) {
		registry.add("clocher.auth.public-url", TestKeycloak::baseUrl);
		registry.add("clocher.auth.internal-url", TestKeycloak::baseUrl);
		registry.add("clocher.auth.client-secret", KeycloakPortalClient::secret);
		registry.add("spring.http.serviceclient.tenant-service.base-url", () -> "http://127.0.0.1:9");
	}

	@BeforeAll
	void startBrowser() {
		KeycloakPortalClient.allowRedirectsTo(portal());
		this.chromium = HeadlessChromium.launch();
	}

	@AfterAll
	void stopBrowser() {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@Test
	void secretarySignsInSeesHerCommunesAndSignsOut() throws Exception {
		String saintMartin = "saint-martin-" + this.run;
		String villeneuve = "villeneuve-" + this.run;
		TestKeycloak.createOrganization(saintMartin, "Saint-Martin " + this.run);
		TestKeycloak.createOrganization(villeneuve, "Villeneuve " + this.run);
		String username = "martine-" + this.run;
		createPerson(username, "Martine", "Dupont", PortalRole.SECRETARY_NAME);
		TestKeycloak.addMember(saintMartin, username);
		TestKeycloak.addMember(villeneuve, username);

		inFrenchBrowser("secretary", (page) -> {
			page.navigate(portal() + "/admin/");
			assertOnFrenchKeycloakSignIn(page);
			page.screenshot(new Page.ScreenshotOptions().setPath(screenshot("keycloak-sign-in.png")));
			signIn(page, username);

			page.waitForURL(Pattern.compile(Pattern.quote(portal() + "/admin/") + "(\\?.*)?"));
			assertThat(page.locator("#signed-in-as")).hasText("Connecté en tant que Martine Dupont");
			assertThat(page.locator("#role")).hasText("Secrétaire de mairie");
			// tenant-service is deliberately unreachable here (the full platform is
			// driven by
			// infra/launcher's PlatformEndToEndIT): the portal says so in plain French.
			assertThat(page.locator("#workspace-error")).containsText("momentanément injoignable");
			assertThat(page.locator("#workspace-error")).not().containsText("Exception");
			page.screenshot(new Page.ScreenshotOptions().setPath(screenshot("portal-signed-in.png")).setFullPage(true));

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();
			assertOnFrenchKeycloakSignIn(page);
			page.navigate(portal() + "/admin/");
			assertOnFrenchKeycloakSignIn(page);
			assertThat(page.locator("#signed-in-as")).hasCount(0);
		});
	}

	@Test
	void personWithoutRoleIsToldPolitely() throws Exception {
		String username = "jeanne-" + this.run;
		createPerson(username, "Jeanne", "Petit");
		inFrenchBrowser("no-role", (page) -> {
			page.navigate(portal() + "/admin/");
			assertOnFrenchKeycloakSignIn(page);
			signIn(page, username);
			assertThat(page.locator("#no-access")).hasText("Votre compte n'a pas encore accès à l'administration");
			page.screenshot(new Page.ScreenshotOptions().setPath(screenshot("portal-no-access.png")));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();
			assertOnFrenchKeycloakSignIn(page);
		});
	}

	/**
	 * Runs a scenario in a fresh browser whose language is French, as a secretary's is;
	 * when it fails, leaves a screenshot and the page's HTML beside the others.
	 */
	private void inFrenchBrowser(String scenario, Scenario steps) throws Exception {
		try (BrowserContext context = this.chromium.browser()
			.newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
			Page page = context.newPage();
			try {
				steps.run(page);
			}
			catch (Exception | AssertionError ex) {
				page.screenshot(new Page.ScreenshotOptions().setPath(screenshot("failed-" + scenario + ".png")));
				Files.writeString(screenshot("failed-" + scenario + ".html"), page.url() + "\n" + page.content());
				throw ex;
			}
		}
	}

	private void assertOnFrenchKeycloakSignIn(Page page) {
		page.waitForURL(Pattern.compile(Pattern.quote(TestKeycloak.issuer()) + "/protocol/openid-connect/auth\\?.*"));
		assertThat(page.locator("#username")).isVisible();
		assertThat(page.locator("html")).hasAttribute("lang", "fr");
		assertThat(page.locator("#kc-login")).hasText(Pattern.compile("Connexion|Se connecter"));
	}

	/**
	 * Signs in on Keycloak's page. With organizations on, the realm asks for the username
	 * first and for the password on a second page ("identity-first" login); both shapes
	 * are handled.
	 */
	private static void signIn(Page page, String username) {
		page.locator("#username").fill(username);
		if (page.locator("#password").count() == 0) {
			page.locator("#kc-login").click();
		}
		page.locator("#password").fill(PASSWORD);
		page.locator("#kc-login").click();
	}

	private static void createPerson(String username, String firstName, String lastName, String... roles) {
		String id = TestKeycloak.createUser(username, username + "@example.org", PASSWORD, roles);
		UserResource user = TestKeycloak.realm().users().get(id);
		UserRepresentation representation = user.toRepresentation();
		representation.setFirstName(firstName);
		representation.setLastName(lastName);
		representation.setEmailVerified(true);
		representation.setRequiredActions(List.of());
		user.update(representation);
	}

	/**
	 * The steps of a scenario in one browser page.
	 */
	@FunctionalInterface
	private interface Scenario {

		void run(Page page) throws Exception;

	}

	private String portal() {
		return "http://localhost:" + this.port;
	}

	private static Path screenshot(String name) throws Exception {
		Files.createDirectories(SCREENSHOTS);
		return SCREENSHOTS.resolve(name);
	}

}
