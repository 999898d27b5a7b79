package fr.clocher.portal.welcome;

import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.clocher.portal.signin.PortalRole;
import fr.clocher.portal.signin.PortalUser;
import fr.clocher.portal.signin.SignOutButton;

/**
 * The landing page of a signed-in secretary or operator: who is signed in, in which role,
 * for which communes, and the way out.
 */
@Route("")
@RolesAllowed({ PortalRole.SECRETARY_NAME, PortalRole.PLATFORM_OPERATOR_NAME })
public class WelcomeView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

	private final PortalUser user;

	private final H1 heading = new H1();

	private final Paragraph intro = new Paragraph();

	private final Paragraph signedInAs = new Paragraph();

	private final Paragraph role = new Paragraph();

	private final H2 communesHeading = new H2();

	private final UnorderedList communes = new UnorderedList();

	private final Paragraph noCommune = new Paragraph();

	/**
	 * Creates the page for the signed-in person.
	 * @param authentication Vaadin's view of the signed-in person
	 */
	public WelcomeView(AuthenticationContext authentication) {
		this.user = authentication.getAuthenticatedUser(PortalUser.class)
			.orElseThrow(() -> new IllegalStateException("The welcome page needs a person signed in through Keycloak"));
		this.signedInAs.setId("signed-in-as");
		this.role.setId("role");
		this.communes.setId("communes");
		this.user.communes().forEach((commune) -> this.communes.add(new ListItem(commune)));
		this.communes.setVisible(!this.user.communes().isEmpty());
		this.noCommune.setVisible(this.user.communes().isEmpty());
		add(this.heading, this.signedInAs, this.role, this.intro, this.communesHeading, this.communes, this.noCommune,
				new SignOutButton(authentication));
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("welcome.heading"));
		this.intro.setText(getTranslation("welcome.intro"));
		this.signedInAs.setText(getTranslation("welcome.signed-in-as", this.user.displayName()));
		this.role.setText(this.user.roles()
			.stream()
			.map((portalRole) -> getTranslation(portalRole.labelKey()))
			.collect(Collectors.joining(", ")));
		this.communesHeading.setText(getTranslation("welcome.communes"));
		this.noCommune.setText(getTranslation("welcome.no-commune"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("welcome.title");
	}

}
