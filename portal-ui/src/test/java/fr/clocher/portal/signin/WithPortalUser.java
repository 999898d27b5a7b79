package fr.clocher.portal.signin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.test.context.support.WithSecurityContext;

/**
 * Runs a view test as a person signed in through Keycloak, without Keycloak: the security
 * context holds the {@link PortalUser} the sign-in would have made. Signing in itself is
 * tested for real by {@link SignInEndToEndIT}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
@Inherited
@Documented
@WithSecurityContext(factory = WithPortalUserSecurityContextFactory.class)
public @interface WithPortalUser {

	/**
	 * @return the username
	 */
	String username() default "mdupont";

	/**
	 * @return the given name
	 */
	String givenName() default "Martine";

	/**
	 * @return the family name
	 */
	String familyName() default "Dupont";

	/**
	 * @return the realm roles, e.g. {@code secretary}
	 */
	String[] roles() default { PortalRole.SECRETARY_NAME };

	/**
	 * @return the aliases of the communes served
	 */
	String[] communes() default { "saint-martin", "villeneuve" };

}
