package fr.clocher.portal.operator.matrix;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.clocher.portal.operator.FakePlatformApi;
import fr.clocher.portal.signin.WithPortalUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The activation matrix over the in-memory operator API.
 */
@SpringBootTest
@Import(FakePlatformApi.Config.class)
@WithPortalUser(username = "ops", givenName = "Paul", familyName = "Martin", roles = "platform-operator", communes = {})
class ModuleMatrixViewTests extends SpringBrowserlessTest {

	@Autowired
	FakePlatformApi api;

	@BeforeEach
	void french() {
		this.api.reset();
		UI.getCurrent().setLocale(Locale.FRANCE);
	}

	@Test
	void countsAndOneColumnPerModuleShowWhoHasWhat() {
		ModuleMatrixView view = navigate(ModuleMatrixView.class);

		assertThat(view.counts.tenants.getText()).isEqualTo("3 collectivités");
		assertThat($(Span.class).id("count-notes").getText()).isEqualTo("Notes : 1 sur 3");
		assertThat($(Span.class).id("count-website").getText()).isEqualTo("Site internet : 3 sur 3");
		var grid = test(view.grid);
		assertThat(grid.getHeaderCell(2)).isEqualTo("Notes");
		assertThat(grid.getHeaderCell(3)).isEqualTo("Site internet");
		assertThat(grid.size()).isEqualTo(3);
		assertThat(grid.getCellText(1, 0)).isEqualTo("Castanet-Tolosan");
		assertThat(grid.getCellText(1, 2)).isEqualTo("✓ Activé");
		assertThat(grid.getCellText(0, 2)).isEqualTo("—");
	}

	@Test
	void theDepartmentFilterIsSentToTheServer() {
		ModuleMatrixView view = navigate(ModuleMatrixView.class);
		test(view.department).setValue("31");
		assertThat(this.api.calls).contains("matrix(null,31,0,1)");
	}

	@Test
	void theMatrixSpeaksEnglishToo() {
		UI.getCurrent().setLocale(Locale.ENGLISH);
		ModuleMatrixView view = navigate(ModuleMatrixView.class);
		assertThat(view.counts.tenants.getText()).isEqualTo("3 local authorities");
		assertThat($(Span.class).id("count-notes").getText()).isEqualTo("Notes: 1 of 3");
		assertThat(test(view.grid).getCellText(1, 2)).isEqualTo("✓ On");
	}

}
