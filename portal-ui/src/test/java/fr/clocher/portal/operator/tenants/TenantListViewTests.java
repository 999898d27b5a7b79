package fr.clocher.portal.operator.tenants;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.ResourceAccessException;

import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.api.platform.TenantRow;
import fr.clocher.kernel.api.platform.TenantStatus;
import fr.clocher.portal.operator.FakePlatformApi;
import fr.clocher.portal.signin.WithPortalUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenant list as an operator sees it, over the in-memory operator API.
 */
@SpringBootTest
@Import(FakePlatformApi.Config.class)
@WithPortalUser(username = "ops", givenName = "Paul", familyName = "Martin", roles = "platform-operator", communes = {})
class TenantListViewTests extends SpringBrowserlessTest {

	@Autowired
	FakePlatformApi api;

	@BeforeEach
	void french() {
		this.api.reset();
		UI.getCurrent().setLocale(Locale.FRANCE);
	}

	@Test
	void theListShowsOnePageAskedOfTheServerInFrench() {
		navigate(TenantListView.class);
		var grid = test(grid());

		assertThat($(H1.class).single().getText()).isEqualTo("Collectivités inscrites");
		assertThat(grid.size()).isEqualTo(4);
		assertThat(grid.getHeaderCell(0)).isEqualTo("Nom");
		assertThat(grid.getCellText(0, 0)).isEqualTo("Auzielle");
		assertThat(grid.getCellText(0, 5)).isEqualTo("Suspendue");
		assertThat(grid.getCellText(1, 1)).isEqualTo("Intercommunalité");
		assertThat(grid.getCellText(2, 0)).isEqualTo("Castanet-Tolosan");
		assertThat(grid.getCellText(2, 4)).isEqualTo("14\u202f000");
		assertThat(grid.getCellText(2, 6)).isEqualTo("Notes");
		assertThat(grid.getCellText(2, 7)).startsWith("2 mars 2026");
		assertThat(this.api.calls)
			.allMatch((call) -> call.startsWith("tenants(null,null,null,null,null,null,null,null,"))
			.allMatch((call) -> pageSize(call) <= 50);
		assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Collectivités — Clocher");
	}

	@Test
	void filtersAndSortAreSentToTheServer() {
		navigate(TenantListView.class);
		test($(TextField.class).id("tenant-search")).setValue("Cas");
		@SuppressWarnings("unchecked")
		ComboBox<TenantKind> kind = $(ComboBox.class).withCaption("Type").single();
		test(kind).selectItem("Commune");
		test(grid()).size();

		assertThat(this.api.calls)
			.anyMatch((call) -> call.startsWith("tenants(Cas,COMMUNE,null,null,null,null,null,null,"));
		assertThat(test(grid()).size()).isEqualTo(1);

		test(grid()).sortByColumn("population", SortDirection.DESCENDING);
		test(grid()).size();
		assertThat(this.api.calls)
			.anyMatch((call) -> call.startsWith("tenants(Cas,COMMUNE,null,null,null,null,POPULATION,true,"));
	}

	@Test
	void anIntercommunalityOpensOnItsMembersAndBack() {
		navigate(TenantListView.class);
		Button members = (Button) test(grid()).getCellComponent(1, "members");
		assertThat(members.getText()).isEqualTo("36 communes");
		assertThat(((Button) test(grid()).getCellComponent(0, "members")).isVisible()).isFalse();

		test(members).click();
		test(grid()).size();

		assertThat($(Span.class).id("group-name").getText()).isEqualTo("Communes membres de CA du Sicoval");
		assertThat(this.api.calls).anyMatch((call) -> call.startsWith("tenants(null,null,null,null,ca-du-sicoval,"));
		assertThat(test(grid()).size()).isEqualTo(3);
		test($(Button.class).withText("Toutes les collectivités").single()).click();
		assertThat(test(grid()).size()).isEqualTo(4);
	}

	@Test
	void suspendingAsksFirstAndCancellingSendsNothing() {
		navigate(TenantListView.class);
		Button suspend = (Button) test(grid()).getCellComponent(2, "actions");
		assertThat(suspend.getText()).isEqualTo("Suspendre");

		test(suspend).click();
		ConfirmDialog dialog = $(ConfirmDialog.class).single();
		assertThat(test(dialog).getHeader()).isEqualTo("Suspendre Castanet-Tolosan ?");
		assertThat(test(dialog).getText()).contains("deviendront indisponibles", "Ses données sont conservées");
		test(dialog).cancel();
		assertThat(this.api.calls).noneMatch((call) -> call.startsWith("suspend"));

		test((Button) test(grid()).getCellComponent(2, "actions")).click();
		test($(ConfirmDialog.class).last()).confirm();
		assertThat(this.api.calls).contains("suspend(castanet-tolosan)");
		assertThat(row(2).status()).isEqualTo(TenantStatus.SUSPENDED);
		assertThat(test(grid()).getCellText(2, 5)).isEqualTo("Suspendue");
		assertThat(((Button) test(grid()).getCellComponent(2, "actions")).getText()).isEqualTo("Réactiver");
	}

	@Test
	void aRefusedSuspensionIsReadableAndAnUnreachableServiceToo() {
		navigate(TenantListView.class);
		test((Button) test(grid()).getCellComponent(0, "actions")).click();
		this.api.failure = () -> FakePlatformApi.problem(HttpStatus.FORBIDDEN, "Action réservée aux opérateurs.", null,
				null);
		test($(ConfirmDialog.class).single()).confirm();
		assertThat(test($(Notification.class).last()).getText()).isEqualTo("Action réservée aux opérateurs.");

		this.api.failure = () -> new ResourceAccessException("Connection refused");
		grid().getDataProvider().refreshAll();
		assertThat(test(grid()).size()).isZero();
		assertThat($(Notification.class).all()).extracting((n) -> test(n).getText())
			.contains("Le service est momentanément injoignable. Réessayez dans quelques instants.");
	}

	@Test
	void theListSpeaksEnglishToo() {
		UI.getCurrent().setLocale(Locale.ENGLISH);
		navigate(TenantListView.class);
		assertThat($(H1.class).single().getText()).isEqualTo("Registered local authorities");
		assertThat(test(grid()).getHeaderCell(8)).isEqualTo("Members");
		assertThat(test(grid()).getCellText(0, 5)).isEqualTo("Suspended");
		assertThat(((Button) test(grid()).getCellComponent(0, "actions")).getText()).isEqualTo("Resume");
	}

	@SuppressWarnings("unchecked")
	private Grid<TenantRow> grid() {
		return $(Grid.class).single();
	}

	private static int pageSize(String call) {
		return Integer.parseInt(call.substring(call.lastIndexOf(',') + 1, call.length() - 1));
	}

	private TenantRow row(int index) {
		return test(grid()).getRow(index);
	}

}
