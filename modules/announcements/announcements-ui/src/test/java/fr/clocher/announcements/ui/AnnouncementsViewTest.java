package fr.clocher.announcements.ui;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;

import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.ui.WorkspaceCommune;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;

/**
 * An announcements screen in a browserless Vaadin UI, built by Spring with the in-memory
 * APIs of {@link AnnouncementsUiTestConfiguration}, Saint-Martin selected as portal-ui's
 * commune switcher would, in French.
 */
@ContextConfiguration(classes = AnnouncementsUiTestConfiguration.class)
public abstract class AnnouncementsViewTest extends SpringBrowserlessTest {

	/**
	 * A moment far enough ahead to stay to come, in Paris time: 8 December 2099, 18:00.
	 */
	protected static final LocalDateTime LATER = LocalDateTime.of(2099, 12, 8, 18, 0);

	/** Saint-Martin's public site. */
	protected static final String SITE = "http://saint-martin.clocher.localhost:8080/";

	@Autowired
	protected InMemoryNewsApi news;

	@Autowired
	protected InMemoryEventsApi events;

	@Autowired
	protected InMemoryAlertsApi alerts;

	@Autowired
	protected InMemoryImagesApi images;

	@Autowired
	protected InMemoryIntercommunalApi intercommunal;

	@Autowired
	protected InMemoryAudienceApi audience;

	@BeforeEach
	void saintMartinInFrench() {
		this.news.reset();
		this.events.reset();
		this.alerts.reset();
		this.images.reset();
		this.intercommunal.reset();
		this.audience.reset();
		select(TenantKind.COMMUNE);
		UI.getCurrent().setLocale(Locale.FRENCH);
	}

	/** Selects Saint-Martin as a tenant of this kind. */
	protected static void select(TenantKind kind) {
		WorkspaceCommune.select(VaadinSession.getCurrent(),
				new WorkspaceCommune("saint-martin", "Saint-Martin", kind, SITE));
	}

	@Override
	protected Set<String> scanPackages() {
		return Set.of("fr.clocher.announcements.ui");
	}

	/** The text of the last notification shown. */
	protected String notification() {
		return test($(Notification.class).last()).getText();
	}

	/** The confirmation open now, its question asked. */
	protected ConfirmDialog confirmation() {
		return $(ConfirmDialog.class).last();
	}

}
