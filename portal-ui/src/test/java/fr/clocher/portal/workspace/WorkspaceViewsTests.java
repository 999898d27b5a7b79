package fr.clocher.portal.workspace;

import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.clocher.kernel.ui.WorkspaceCommune;
import fr.clocher.portal.signin.WithPortalUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretary's workspace in a browserless Vaadin UI backed by the real application
 * context, tenant-service's API replaced by an in-memory one.
 */
@SpringBootTest
@WithPortalUser
@Import(WorkspaceTestConfiguration.class)
class WorkspaceViewsTests extends SpringBrowserlessTest {

	@Autowired
	InMemoryWorkspaceApi api;

	@BeforeEach
	void french() {
		UI.getCurrent().setLocale(Locale.FRENCH);
		this.api.notesOn.replaceAll((slug, on) -> false);
		this.api.calls.clear();
		this.api.unreachable = false;
	}

	@Test
	void theDashboardShowsTheCommuneItsSiteModulesAndChanges() {
		navigate(DashboardView.class);
		assertThat($(H1.class).id("commune-name").getText()).isEqualTo("Saint-Martin");
		assertThat($(Paragraph.class).id("identity").getText())
			.isEqualTo("Commune · code officiel 31001 · 812 habitants");
		assertThat($(Anchor.class).id("site-link").getHref()).isEqualTo("http://saint-martin.clocher.localhost:8080/");
		assertThat($(Div.class).id("modules-on").getElement().getTextRecursively())
			.isEqualTo("Aucun module n'est activé pour le moment.");
		assertThat($(Grid.class).id("changes").getGenericDataView().getItems().count()).isEqualTo(1);
		assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Tableau de bord — Clocher");
	}

	@Test
	void aSecretaryOfTwoCommunesSwitchesBetweenThem() {
		navigate(DashboardView.class);
		@SuppressWarnings("unchecked")
		Select<WorkspaceCommune> switcher = $(Select.class).id("commune-switcher");
		assertThat(switcher.getValue().name()).isEqualTo("Saint-Martin");
		test(switcher).selectItem("Villeneuve");
		assertThat($(H1.class).id("commune-name").getText()).isEqualTo("Villeneuve");
		assertThat(WorkspaceCommune.require().slug()).isEqualTo("villeneuve");
	}

	@Test
	@WithPortalUser(communes = "saint-martin")
	void aSecretaryOfOneCommuneSeesItsNameInTheHeader() {
		navigate(DashboardView.class);
		assertThat($(Span.class).id("current-commune").getText()).isEqualTo("Saint-Martin");
		assertThat($(Select.class).all()).noneMatch((select) -> "commune-switcher".equals(select.getId().orElse("")));
	}

	@Test
	void thePagesLanguageFollowsTheOneChosen() {
		navigate(DashboardView.class);
		assertThat(pageLanguages()).last().isEqualTo("fr");

		Select<Locale> language = $(Select.class).id("language");
		test(language).selectItem("English");

		assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
		assertThat(pageLanguages()).last().isEqualTo("en");
	}

	/** The languages the page was told to declare, in order. */
	private static List<Object> pageLanguages() {
		return UI.getCurrent()
			.getInternals()
			.dumpPendingJavaScriptInvocations()
			.stream()
			.map(PendingJavaScriptInvocation::getInvocation)
			.filter((invocation) -> invocation.getExpression().contains("document.documentElement.lang"))
			.map((invocation) -> invocation.getParameters().get(0))
			.toList();
	}

	@Test
	void switchingAModuleOnAfterConfirmationShowsItsMenuAndCardWithoutReload() {
		navigate(ModuleCatalogView.class);
		assertThat($(SideNav.class).all()).noneMatch((nav) -> "menu-notes".equals(nav.getId().orElse("")));
		test($(Button.class).id("toggle-notes")).click();
		ConfirmDialog dialog = $(ConfirmDialog.class).id("confirm-notes");
		assertThat(dialog.isOpened()).isTrue();
		test(dialog).confirm();

		assertThat(this.api.calls).containsExactly("saint-martin notes true {maxNotes=20}");
		assertThat($(Span.class).id("state-notes").getText()).isEqualTo("Activé");
		SideNav menu = $(SideNav.class).id("menu-notes");
		assertThat(menu.getLabel()).isEqualTo("Notes");
		assertThat(menu.getItems()).extracting((item) -> item.getLabel()).containsExactly("Mes notes");

		navigate(DashboardView.class);
		assertThat($(Div.class).id("attention").getElement().getTextRecursively())
			.contains("3 notes à relire à Saint-Martin");
	}

	@Test
	void switchingOffSaysTheDataIsKeptAndRemovesTheMenu() {
		this.api.notesOn.put("saint-martin", true);
		navigate(ModuleCatalogView.class);
		assertThat($(SideNav.class).id("menu-notes")).isNotNull();
		test($(Button.class).id("toggle-notes")).click();
		ConfirmDialog dialog = $(ConfirmDialog.class).id("confirm-notes");
		assertThat(dialog.getElement().getProperty("message")).contains("Ses données sont conservées");
		test(dialog).confirm();
		assertThat(this.api.calls).containsExactly("saint-martin notes false null");
		assertThat($(SideNav.class).all()).noneMatch((nav) -> "menu-notes".equals(nav.getId().orElse("")));
	}

	@Test
	void aSettingOutOfRangeIsRefusedOnItsFieldBeforeAnyCall() {
		navigate(ModuleCatalogView.class);
		IntegerField max = $(IntegerField.class).id("setting-maxNotes");
		max.setValue(5000);
		test($(Button.class).id("toggle-notes")).click();
		test($(ConfirmDialog.class).id("confirm-notes")).confirm();
		assertThat(this.api.calls).isEmpty();
		assertThat(max.isInvalid()).isTrue();
		assertThat(max.getErrorMessage()).isNotBlank();
	}

	@Test
	void aSettingRefusedByTenantServiceShowsItsReasonOnTheField() {
		navigate(ModuleCatalogView.class);
		IntegerField max = $(IntegerField.class).id("setting-maxNotes");
		test(max).setValue(500);
		test($(Button.class).id("toggle-notes")).click();
		test($(ConfirmDialog.class).id("confirm-notes")).confirm();
		assertThat(this.api.calls).hasSize(1);
		assertThat(max.isInvalid()).isTrue();
		assertThat(max.getErrorMessage()).isEqualTo("Au plus 100 notes.");
		assertThat($(Span.class).id("state-notes").getText()).isEqualTo("Désactivé");
	}

	@Test
	void aModuleScreenIsClosedWhileTheModuleIsOff() {
		navigate("notes", ModuleOffView.class);
		assertThat($(H1.class).single().getText()).isEqualTo("Le module « Notes » n'est pas activé");
		navigate(ModuleCatalogView.class);
		test($(Button.class).id("toggle-notes")).click();
		test($(ConfirmDialog.class).id("confirm-notes")).confirm();
		navigate("notes", NotesTestView.class);
		assertThat($(H1.class).single().getText()).isEqualTo("Notes");
	}

	@Test
	void theChangesScreenListsWhoDidWhat() {
		navigate(ChangesView.class);
		Grid<?> grid = $(Grid.class).id("changes");
		assertThat(grid.getGenericDataView().getItems().count()).isEqualTo(1);
		assertThat(test(grid).getCellText(0, 1)).isEqualTo("Martine Dupont");
		assertThat(test(grid).getCellText(0, 2)).isEqualTo("Module « Site internet » activé");
	}

	@Test
	void inEnglishTheWorkspaceSpeaksEnglish() {
		UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
		UI.getCurrent().setLocale(Locale.ENGLISH);
		navigate(ChangesView.class);
		assertThat($(H1.class).single().getText()).isEqualTo("Recent changes");
		assertThat(test($(Grid.class).id("changes")).getCellText(0, 2)).isEqualTo("Module 'Website' switched on");
	}

	@Test
	void anUnreachableServiceIsSaidPlainly() {
		this.api.unreachable = true;
		navigate(ChangesView.class);
		assertThat($(Div.class).all())
			.anyMatch((div) -> div.getElement().getTextRecursively().startsWith("Le service est momentanément"));
	}

}
