package fr.clocher.website.api;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The site's theme: its colour, logo and header image.
 *
 * <p>
 * {@code tenant} is the commune's slug; the answers and refusals every method shares are
 * in the {@linkplain fr.clocher.website.api package's conventions}.
 */
@HttpExchange(Website.API)
public interface ThemeApi {

	/**
	 * The site's theme.
	 * @param tenant the commune's slug
	 * @return the theme (the platform's colour until one is chosen)
	 */
	@GetExchange("/theme")
	Theme theme(@PathVariable("tenant") String tenant);

	/**
	 * Changes the theme. A colour that does not reach the WCAG AA contrast of 4.5:1
	 * against white is refused with {@code contrast-too-low} (422), the reason giving the
	 * ratio found; {@code image-not-found} for an unknown logo or header image.
	 * @param tenant the commune's slug
	 * @param theme the new theme
	 * @return the theme saved (colour in lower-case {@code #rrggbb})
	 */
	@PutExchange("/theme")
	Theme updateTheme(@PathVariable("tenant") String tenant, @RequestBody Theme theme);

}
