package fr.clocher.portal.operator.health;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.web.client.ResourceAccessException;

import fr.clocher.kernel.api.platform.PlatformHealth;
import fr.clocher.kernel.api.platform.ServiceCheck;
import fr.clocher.portal.operator.FakePlatformApi;
import fr.clocher.portal.signin.WithPortalUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Platform health over the in-memory operator API.
 */
@SpringBootTest
@Import(FakePlatformApi.Config.class)
@WithPortalUser(username = "ops", givenName = "Paul", familyName = "Martin", roles = "platform-operator", communes = {})
class PlatformHealthViewTests extends SpringBrowserlessTest {

	@Autowired
	FakePlatformApi api;

	@BeforeEach
	void french() {
		this.api.reset();
		this.api.health = new PlatformHealth(
				List.of(new ServiceCheck("tenant-service", true, "UP", 0), new ServiceCheck("database", true, "UP", 3),
						new ServiceCheck("keycloak", false, "ConnectException", 2)),
				13_107_200, 36_224, 2, 5, 3, 1, Instant.now());
		UI.getCurrent().setLocale(Locale.FRANCE);
	}

	@Test
	void servicesSizeAndBacklogAtAGlance() {
		navigate(PlatformHealthView.class);

		assertThat(text("service-portal-ui")).isEqualTo("Console d'administration : Opérationnel");
		assertThat(text("service-database")).isEqualTo("Base de données : Opérationnel");
		assertThat(text("service-keycloak"))
			.isEqualTo("Service de connexion (Keycloak) : Injoignable — ConnectException");
		assertThat(figure("database-size")).startsWith("12,5\u00a0Mo").endsWith("Taille de la base de données");
		assertThat(figure("tenants")).startsWith("36\u202f224");
		assertThat(figure("provisioning-tenants")).startsWith("3");
		assertThat(figure("provisioning-failing")).startsWith("1");
	}

	@Test
	void anUnreachableTenantServiceIsShownAsSuchNotAsAnError() {
		this.api.failure = () -> new ResourceAccessException("Connection refused");
		navigate(PlatformHealthView.class);

		assertThat(text("service-tenant-service")).isEqualTo(
				"Service des collectivités : Injoignable — Le service est momentanément injoignable. Réessayez dans quelques instants.");
		PlatformHealthView view = (PlatformHealthView) UI.getCurrent().getCurrentView();
		assertThat(view.figures.getChildren()).isEmpty();

		this.api.failure = null;
		test(view.refresh).click();
		assertThat(text("service-tenant-service")).isEqualTo("Service des collectivités : Opérationnel");
		assertThat(view.refresh.isEnabled()).isTrue();
	}

	@Test
	void healthSpeaksEnglishToo() {
		UI.getCurrent().setLocale(Locale.ENGLISH);
		navigate(PlatformHealthView.class);
		assertThat(text("service-keycloak")).isEqualTo("Sign-in service (Keycloak): Unreachable — ConnectException");
		assertThat(figure("database-size")).startsWith("12.5 MB");
	}

	private String text(String id) {
		return $(Paragraph.class).id(id).getElement().getTextRecursively();
	}

	private String figure(String key) {
		return $(Div.class).id("figure-" + key).getElement().getTextRecursively();
	}

}
