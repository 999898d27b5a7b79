package fr.clocher.gateway.securityheaders;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The security headers added to responses. A blank value leaves that header out. Left
 * unset, the strict defaults below apply.
 *
 * @param contentSecurityPolicy the default {@code Content-Security-Policy}
 * @param frameOptions the default {@code X-Frame-Options}
 * @param contentTypeOptions {@code X-Content-Type-Options}
 * @param referrerPolicy {@code Referrer-Policy}
 * @param strictTransportSecurity {@code Strict-Transport-Security}, sent only for
 * requests that came over TLS ({@code https} scheme or {@code X-Forwarded-Proto: https})
 * @param paths per path prefix, the policies that replace the defaults (first match wins)
 */
@ConfigurationProperties("clocher.gateway.security-headers")
public record SecurityHeadersProperties(String contentSecurityPolicy, String frameOptions, String contentTypeOptions,
		String referrerPolicy, String strictTransportSecurity, List<PathPolicy> paths) {

	static final String DEFAULT_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
			+ "script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	public SecurityHeadersProperties {
		contentSecurityPolicy = (contentSecurityPolicy != null) ? contentSecurityPolicy : DEFAULT_CSP;
		frameOptions = (frameOptions != null) ? frameOptions : "DENY";
		contentTypeOptions = (contentTypeOptions != null) ? contentTypeOptions : "nosniff";
		referrerPolicy = (referrerPolicy != null) ? referrerPolicy : "strict-origin-when-cross-origin";
		strictTransportSecurity = (strictTransportSecurity != null) ? strictTransportSecurity : "max-age=31536000";
		paths = (paths != null) ? List.copyOf(paths) : List.of();
	}

	/**
	 * The policies for the paths under one prefix.
	 *
	 * @param prefix the path prefix ({@code /admin} covers {@code /admin} and
	 * {@code /admin/...}, not {@code /administration})
	 * @param contentSecurityPolicy the {@code Content-Security-Policy} there, or
	 * {@code null} for the default
	 * @param frameOptions the {@code X-Frame-Options} there, or {@code null} for the
	 * default
	 */
	public record PathPolicy(String prefix, String contentSecurityPolicy, String frameOptions) {

	}

}
