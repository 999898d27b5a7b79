package fr.clocher.announcements.service.audience;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * Sends the read beacon's requests to {@link ReadBeacon}, before the public site's
 * mapping (which would answer them as cacheable pages).
 */
class ReadBeaconMapping extends AbstractHandlerMapping {

	private final ReadBeacon beacon;

	ReadBeaconMapping(ReadBeacon beacon) {
		this.beacon = beacon;
		setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
	}

	@Override
	protected Object getHandlerInternal(HttpServletRequest request) {
		return ReadBeacon.of(request).isPresent() ? this.beacon : null;
	}

}
