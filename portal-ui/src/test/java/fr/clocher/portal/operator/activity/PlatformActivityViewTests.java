package fr.clocher.portal.operator.activity;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.web.client.ResourceAccessException;

import fr.clocher.kernel.api.platform.PlatformActivity;
import fr.clocher.kernel.api.platform.PlatformActivity.Backlog;
import fr.clocher.kernel.api.platform.PlatformActivity.ModuleActivity;
import fr.clocher.kernel.api.platform.PlatformActivity.TenantActivity;
import fr.clocher.portal.operator.FakePlatformApi;
import fr.clocher.portal.signin.WithPortalUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's dashboard over the in-memory operator API.
 */
@SpringBootTest
@Import(FakePlatformApi.Config.class)
@WithPortalUser(username = "ops", givenName = "Paul", familyName = "Martin", roles = "platform-operator", communes = {})
class PlatformActivityViewTests extends SpringBrowserlessTest {

	@Autowired
	FakePlatformApi api;

	@BeforeEach
	void activity() {
		this.api.reset();
		this.api.activity = new PlatformActivity(Instant.parse("2026-12-07T06:00:00Z"),
				List.of(new ModuleActivity("site", 12_957, 40, 13, 4.26, 310.0),
						new ModuleActivity("website", 800, 2, 0, 18.5, 95.2)),
				List.of(new TenantActivity("bourg-les-vignes", 210, 1, 42.5),
						new TenantActivity("other", 9_000, 12, 5.1)),
				List.of(new Backlog("provisioning", 3L, 75L)), Instant.parse("2026-12-07T18:30:00Z"));
		UI.getCurrent().setLocale(Locale.FRANCE);
	}

	@Test
	void requestsErrorsAndTimePerModuleTheSlowestTenantsAndTheQueues() {
		PlatformActivityView view = navigate(PlatformActivityView.class);

		assertThat(view.since.getText())
			.startsWith("Depuis le démarrage de cette instance du service des collectivités");
		assertThat(test(view.modules).size()).isEqualTo(2);
		assertThat(test(view.modules).getCellText(0, 0)).isEqualTo("site");
		assertThat(test(view.modules).getCellText(0, 1)).isEqualTo("12\u202f957");
		assertThat(test(view.modules).getCellText(0, 3)).isEqualTo("13");
		assertThat(test(view.modules).getCellText(0, 4)).isEqualTo("0,1\u00a0%");
		assertThat(test(view.modules).getCellText(0, 5)).isEqualTo("4,3 ms");
		assertThat(test(view.tenants).getCellText(0, 0)).isEqualTo("bourg-les-vignes");
		assertThat(test(view.tenants).getCellText(1, 0)).isEqualTo("Les autres collectivités");
		assertThat(test(view.backlogs).getCellText(0, 0)).isEqualTo("Création des comptes (Keycloak)");
		assertThat(test(view.backlogs).getCellText(0, 1)).isEqualTo("3");
	}

	@Test
	void anUnreachableTenantServiceIsSaidAndTheRefreshBringsTheFiguresBack() {
		this.api.failure = () -> new ResourceAccessException("Connection refused");
		PlatformActivityView view = navigate(PlatformActivityView.class);

		assertThat(view.since.getText()).isEqualTo(
				"Activité indisponible : Le service est momentanément injoignable. Réessayez dans quelques instants.");
		assertThat(view.modules.isVisible()).isFalse();

		this.api.failure = null;
		test(view.refresh).click();
		assertThat(view.modules.isVisible()).isTrue();
		assertThat(test(view.modules).size()).isEqualTo(2);
	}

	@Test
	void theDashboardSpeaksEnglishToo() {
		UI.getCurrent().setLocale(Locale.ENGLISH);
		PlatformActivityView view = navigate(PlatformActivityView.class);

		assertThat(view.since.getText()).startsWith("Since this tenant-service instance started");
		assertThat(test(view.modules).getCellText(0, 4)).isEqualTo("0.1%");
		assertThat(test(view.tenants).getCellText(1, 0)).isEqualTo("The other local authorities");
	}

}
