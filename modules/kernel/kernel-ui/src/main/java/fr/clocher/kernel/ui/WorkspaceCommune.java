package fr.clocher.kernel.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

import fr.clocher.kernel.api.TenantKind;

/**
 * The commune the secretary is working on, kept in her Vaadin session. portal-ui selects
 * it (the commune switcher); module views read it.
 *
 * @param slug the tenant slug, the {@code tenant} of every API path
 * @param name the commune's name
 * @param kind commune, intercommunality or syndicate
 * @param siteUrl the address of its public site
 */
public record WorkspaceCommune(String slug, String name, TenantKind kind, String siteUrl) {

	private static final String ATTRIBUTE = WorkspaceCommune.class.getName();

	/** The commune selected in the current session, if any. */
	public static Optional<WorkspaceCommune> current() {
		VaadinSession session = VaadinSession.getCurrent();
		return Optional.ofNullable(
				(session != null) ? locked(session, () -> (WorkspaceCommune) session.getAttribute(ATTRIBUTE)) : null);
	}

	/** The commune selected in the current session; module views run only with one. */
	public static WorkspaceCommune require() {
		return current().orElseThrow(() -> new IllegalStateException("No commune is selected in this session"));
	}

	/** Selects the commune for the rest of the session; null clears the selection. */
	public static void select(VaadinSession session, WorkspaceCommune commune) {
		session.setAttribute(ATTRIBUTE, commune);
	}

	/** The language to write in: the UI's, French unless English was chosen. */
	public static Locale locale() {
		UI ui = UI.getCurrent();
		VaadinSession session = VaadinSession.getCurrent();
		Locale locale = (ui != null) ? ui.getLocale() : (session != null) ? locked(session, session::getLocale) : null;
		return (locale != null && "en".equals(locale.getLanguage())) ? Locale.ENGLISH : Locale.FRENCH;
	}

	/**
	 * Reads the session under its lock: a request that does not hold it (an upload's
	 * body, streamed outside the UI's lock) may not read the session otherwise.
	 */
	private static <T> T locked(VaadinSession session, Supplier<T> read) {
		if (session.hasLock()) {
			return read.get();
		}
		session.lock();
		try {
			return read.get();
		}
		finally {
			session.unlock();
		}
	}

}
