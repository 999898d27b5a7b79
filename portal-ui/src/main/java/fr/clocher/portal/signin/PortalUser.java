package fr.clocher.portal.signin;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A person signed in to portal-ui: the OpenID Connect user, with the roles and the
 * communes (organization aliases, i.e. tenant slugs) read from the access token.
 */
public class PortalUser extends DefaultOidcUser {

	private static final long serialVersionUID = 1L;

	private final List<String> communes;

	/**
	 * Creates the user.
	 * @param authorities the authorities, {@code ROLE_<realm role>} among them
	 * @param idToken the ID token
	 * @param userInfo the user info, if fetched
	 * @param communes the aliases of the organizations the person is a member of
	 */
	public PortalUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
			@Nullable OidcUserInfo userInfo, List<String> communes) {
		super(authorities, idToken, userInfo);
		this.communes = communes.stream().sorted().toList();
	}

	/**
	 * The name to greet the person with: the full name, else the username, else the
	 * subject.
	 * @return the display name
	 */
	public String displayName() {
		return firstPresent(getFullName(), joined(getGivenName(), getFamilyName()), getPreferredUsername(), getEmail())
			.orElse(getSubject());
	}

	/**
	 * The communes the person serves, as organization aliases (tenant slugs), in
	 * alphabetical order.
	 * @return the aliases, in the token's order
	 */
	public List<String> communes() {
		return this.communes;
	}

	/**
	 * The roles that open portal-ui, operators first.
	 * @return the roles, empty when the account has no access yet
	 */
	public List<PortalRole> roles() {
		return getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.flatMap((authority) -> PortalRole.ofAuthority(authority).stream())
			.distinct()
			.sorted()
			.toList();
	}

	private static @Nullable String joined(@Nullable String given, @Nullable String family) {
		if (given == null || family == null) {
			return null;
		}
		return given + " " + family;
	}

	private static Optional<String> firstPresent(@Nullable String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null && !candidate.isBlank()) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	@Override
	public boolean equals(Object obj) {
		return super.equals(obj) && obj instanceof PortalUser other && this.communes.equals(other.communes);
	}

	@Override
	public int hashCode() {
		return 31 * super.hashCode() + this.communes.hashCode();
	}

}
