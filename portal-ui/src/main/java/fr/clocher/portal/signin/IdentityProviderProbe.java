package fr.clocher.portal.signin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Keycloak's realm, at its internal address, whether it answers, so that a person
 * about to be sent there learns at once, and in words, that signing in is impossible
 * right now instead of meeting a browser error page.
 */
class IdentityProviderProbe {

	private static final Logger log = LoggerFactory.getLogger(IdentityProviderProbe.class);

	private final URI realm;

	private final Duration timeout;

	private final HttpClient client;

	IdentityProviderProbe(SignInProperties properties) {
		this.realm = URI.create(properties.internalRealmUrl());
		this.timeout = properties.probeTimeout();
		this.client = HttpClient.newBuilder().connectTimeout(this.timeout).build();
	}

	/**
	 * Whether Keycloak's realm answers without a server error.
	 * @return {@code true} when it does
	 */
	boolean isAvailable() {
		HttpRequest request = HttpRequest.newBuilder(this.realm).timeout(this.timeout).GET().build();
		try {
			int status = this.client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			if (status >= 500) {
				log.warn("Keycloak answered HTTP {} at {}: signing in is impossible for now", status, this.realm);
				return false;
			}
			return true;
		}
		catch (IOException ex) {
			log.warn("Keycloak does not answer at {} ({}): signing in is impossible for now", this.realm,
					ex.toString());
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
