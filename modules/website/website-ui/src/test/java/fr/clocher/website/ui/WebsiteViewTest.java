package fr.clocher.website.ui;

import java.nio.charset.StandardCharsets;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.client.HttpClientErrorException;

/**
 * A website screen in a browserless Vaadin UI, built by Spring with the in-memory APIs of
 * {@link WebsiteUiTestConfiguration}, Saint-Martin selected as portal-ui's commune
 * switcher would, in French.
 */
@ContextConfiguration(classes = WebsiteUiTestConfiguration.class)
public abstract class WebsiteViewTest extends SpringBrowserlessTest {

	@Autowired
	protected InMemoryPagesApi pages;

	@Autowired
	protected InMemoryTownHallApi townHall;

	@Autowired
	protected InMemoryThemeApi theme;

	@Autowired
	protected InMemoryMenuApi menu;

	@Autowired
	protected InMemoryCouncilApi council;

	@Autowired
	protected InMemoryGeneratedPagesApi generatedPages;

	@BeforeEach
	void saintMartinInFrench() {
		this.pages.reset();
		this.townHall.reset();
		this.theme.reset();
		this.menu.reset();
		this.council.reset();
		this.generatedPages.reset();
		WorkspaceCommune.select(VaadinSession.getCurrent(), new WorkspaceCommune("saint-martin", "Saint-Martin",
				TenantKind.COMMUNE, "http://saint-martin.clocher.localhost:8080/"));
		UI.getCurrent().setLocale(Locale.FRENCH);
	}

	@Override
	protected Set<String> scanPackages() {
		return Set.of("fr.clocher.website.ui");
	}

	/** The text of the last notification shown. */
	protected String notification() {
		return test($(Notification.class).last()).getText();
	}

	/**
	 * What the API client throws for a refusal: a problem whose detail and field reasons
	 * tenant-service wrote in the secretary's language.
	 */
	protected static RuntimeException refusal(HttpStatus status, String detail, String field, String reason) {
		String body = """
				{"type":"about:blank","status":%d,"detail":"%s","errors":[{"field":"%s","reason":"%s"}]}"""
			.formatted(status.value(), detail, field, reason);
		return HttpClientErrorException.create(status, status.getReasonPhrase(), HttpHeaders.EMPTY,
				body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
	}

}
