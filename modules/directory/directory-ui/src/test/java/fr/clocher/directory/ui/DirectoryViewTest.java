package fr.clocher.directory.ui;

import java.util.Locale;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;

import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.ui.WorkspaceCommune;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;

/**
 * A directory screen in a browserless Vaadin UI, built by Spring with the in-memory APIs
 * of {@link DirectoryUiTestConfiguration}, a commune selected as portal-ui's commune
 * switcher would, in French.
 */
@ContextConfiguration(classes = DirectoryUiTestConfiguration.class)
public abstract class DirectoryViewTest extends SpringBrowserlessTest {

	@Autowired
	protected InMemoryEntriesApi entries;

	@Autowired
	protected InMemoryCategoriesApi categories;

	@Autowired
	protected InMemorySubmissionsApi submissions;

	@BeforeEach
	void aCommuneInFrench() {
		this.submissions.reset();
		this.entries.reset();
		this.categories.reset();
		WorkspaceCommune.select(VaadinSession.getCurrent(),
				new WorkspaceCommune("aiglun", "Aiglun", TenantKind.COMMUNE, "http://aiglun.test/"));
		UI.getCurrent().setLocale(Locale.FRENCH);
	}

	@Override
	protected Set<String> scanPackages() {
		return Set.of("fr.clocher.directory.ui");
	}

	/** The text of the last notification shown. */
	protected String notification() {
		return test($(Notification.class).last()).getText();
	}

}
