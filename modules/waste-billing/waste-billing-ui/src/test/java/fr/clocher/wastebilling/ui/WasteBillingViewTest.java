package fr.clocher.wastebilling.ui;

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
 * A waste billing screen in a browserless Vaadin UI, built by Spring with the in-memory
 * APIs of {@link WasteBillingUiTestConfiguration}, the CA du Sicoval selected as
 * portal-ui's commune switcher would, in French.
 */
@ContextConfiguration(classes = WasteBillingUiTestConfiguration.class)
public abstract class WasteBillingViewTest extends SpringBrowserlessTest {

	/**
	 * A French amount: the groups and the euro sign are set apart by non-breaking spaces.
	 */
	protected static final char NBSP = '\u00a0';

	@Autowired
	protected InMemoryPayersApi payers;

	@Autowired
	protected InMemoryBinsApi bins;

	@Autowired
	protected InMemoryTariffsApi tariffs;

	@Autowired
	protected InMemoryLiftImportsApi imports;

	@Autowired
	protected InMemoryBillingRunsApi runs;

	@BeforeEach
	void sicovalInFrench() {
		this.payers.reset();
		this.bins.reset();
		this.tariffs.reset();
		this.imports.reset();
		this.runs.reset();
		WorkspaceCommune.select(VaadinSession.getCurrent(),
				new WorkspaceCommune("sicoval", "CA du Sicoval", TenantKind.INTERCOMMUNALITY, "http://sicoval.test/"));
		UI.getCurrent().setLocale(Locale.FRENCH);
	}

	@Override
	protected Set<String> scanPackages() {
		return Set.of("fr.clocher.wastebilling.ui");
	}

	/** The text of the last notification shown. */
	protected String notification() {
		return test($(Notification.class).last()).getText();
	}

	/** Runs what other threads asked the UI to do, as the session's next lock would. */
	protected static void runPendingAccess() {
		VaadinSession session = VaadinSession.getCurrent();
		session.getService().runPendingAccessTasks(session);
	}

	/** A French amount as written on screen: {@code 1 234,50 €}. */
	protected static String euros(String amount) {
		return amount.replace(' ', NBSP) + NBSP + "€";
	}

}
