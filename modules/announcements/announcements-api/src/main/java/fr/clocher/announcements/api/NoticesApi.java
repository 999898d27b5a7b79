package fr.clocher.announcements.api;

import java.util.UUID;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * Printable notices for the town hall's notice board.
 */
@HttpExchange(Announcements.API)
public interface NoticesApi {

	/**
	 * An A4 notice of an announcement, published or not, with the tenant's name and logo
	 * (the site's, when it has one): a tagged (accessible, PDF/UA) PDF/A document in
	 * French. 404 as reading the announcement does.
	 * @param tenant the tenant's slug
	 * @param kind {@code news}, {@code events} or {@code alerts}
	 * @param id the announcement
	 * @return the PDF
	 */
	@GetExchange(url = "/{kind}/{id}/notice", accept = "application/pdf")
	byte[] notice(@PathVariable("tenant") String tenant, @PathVariable("kind") String kind,
			@PathVariable("id") UUID id);

}
