package fr.clocher.directory.service.reminders;

import jakarta.servlet.http.HttpServletRequest;

import fr.clocher.directory.api.Directory;
import fr.clocher.directory.service.site.SiteAnswers;
import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.kernel.site.SiteRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The owner's one click: the entry is confirmed current.
 */
@RestController
@ModuleEndpoint(Directory.KEY)
class OwnerController {

	private final OwnerReminders reminders;

	private final OwnerPages pages;

	private final SiteAnswers answers;

	OwnerController(OwnerReminders reminders, OwnerPages pages, SiteAnswers answers) {
		this.reminders = reminders;
		this.pages = pages;
		this.answers = answers;
	}

	@PostMapping(path = { OwnerPages.PATH, "/c/{slug}" + OwnerPages.PATH }, produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> confirm(HttpServletRequest http,
			@RequestParam(name = "jeton", required = false) String token) {
		SiteRequest site = this.answers.site(http, OwnerPages.PATH);
		if (!this.reminders.confirm(token)) {
			return this.answers.page(HttpStatus.BAD_REQUEST, site, this.pages.invalid(site));
		}
		return this.answers.page(HttpStatus.OK, site,
				this.answers.step(site, "Merci", "Votre fiche est confirmée à jour pour un an.", null, null, null));
	}

}
