package fr.clocher.directory.service.submissions;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import fr.clocher.directory.api.Directory;
import fr.clocher.directory.api.EntryDraft;
import fr.clocher.directory.api.OpeningHours;
import fr.clocher.directory.service.entries.Checks;
import fr.clocher.directory.service.entries.StoredEntry;
import fr.clocher.directory.service.site.SiteAnswers;
import fr.clocher.kernel.module.ModuleEndpoint;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.kernel.site.SitePage;
import fr.clocher.kernel.site.SiteRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The proposal's posts on the commune's site (its host, or {@code /c/<slug>}): a fresh
 * proof-of-work challenge, the proposal (a new entry, or with {@code fiche} the
 * correction of a published one), the confirmation of the submitter's address. A proposal
 * is refused, in this order: a flood from one address (429), a filled honeypot (answered
 * as a success, nothing kept), a missing or replayed proof of work, then each refused
 * field, named on the form. Answers are pages in the commune's frame, never kept by a
 * cache.
 */
@RestController
@ModuleEndpoint(Directory.KEY)
class ProposalController {

	/** A refused field of one opening slot, {@code openingHours[2].closes}. */
	private static final Pattern SLOT_FIELD = Pattern.compile("openingHours\\[(\\d+)\\].*");

	private final Submissions submissions;

	private final ProposalPages pages;

	private final Challenges challenges;

	private final RateLimit limit;

	private final SubmissionMails mails;

	private final SiteAnswers answers;

	ProposalController(Submissions submissions, ProposalPages pages, Challenges challenges, RateLimit limit,
			SubmissionMails mails, SiteAnswers answers) {
		this.submissions = submissions;
		this.pages = pages;
		this.challenges = challenges;
		this.limit = limit;
		this.mails = mails;
		this.answers = answers;
	}

	@PostMapping(path = { ProposalPages.CHALLENGE, "/c/{slug}" + ProposalPages.CHALLENGE },
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> challenge() {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(this.challenges.create());
	}

	@PostMapping(path = { ProposalPages.FORM, "/c/{slug}" + ProposalPages.FORM }, produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> propose(HttpServletRequest http, @RequestParam MultiValueMap<String, String> form) {
		SiteRequest site = site(http, ProposalPages.FORM);
		Map<String, String> values = new LinkedHashMap<>();
		ProposalPages.FIELDS.values().forEach((field) -> values.put(field[0], form.getFirst(field[0])));
		if (!this.limit.allow(http.getRemoteAddr())) {
			return page(HttpStatus.TOO_MANY_REQUESTS, site, this.pages.step(site, "Trop de propositions",
					"Trop de propositions sont parties de votre connexion : réessayez dans une heure.", null, null));
		}
		if (form.getFirst("url_page") != null && !form.getFirst("url_page").isEmpty()) {
			return sent(site);
		}
		String fiche = values.get("fiche");
		UUID corrected = (fiche != null && !fiche.isBlank()) ? entryId(fiche).orElse(new UUID(0, 0)) : null;
		StoredEntry entry = (corrected != null) ? this.submissions.correctable(corrected).orElse(null) : null;
		String token;
		Checks unread = new Checks();
		try {
			token = this.submissions.propose(draft(form, entry, unread), corrected, values.get("votre_courriel"),
					form.getFirst("preuve"), unread);
		}
		catch (ApiProblem refused) {
			Map<String, String> errors = new LinkedHashMap<>();
			refused.fields().forEach((field) -> {
				Matcher slot = SLOT_FIELD.matcher(field.field());
				String reason = field.reason().fr();
				if (slot.matches()) {
					errors.putIfAbsent("openingHours",
							"créneau %d : %s".formatted(Integer.parseInt(slot.group(1)) + 1, reason));
				}
				else {
					errors.putIfAbsent(field.field(), reason);
				}
			});
			if (errors.isEmpty()) {
				errors.put("challenge", refused.title().fr());
			}
			return page(HttpStatus.BAD_REQUEST, site, this.pages.form(site, values, errors));
		}
		if (!this.mails.confirmation(site.tenant(), values.get("votre_courriel").strip(), token)) {
			return page(HttpStatus.SERVICE_UNAVAILABLE, site, this.pages.step(site, "Envoi impossible pour le moment",
					"Le message de confirmation n'a pas pu partir. Réessayez dans quelques minutes.", null, null));
		}
		return sent(site);
	}

	@PostMapping(path = { ProposalPages.CONFIRM, "/c/{slug}" + ProposalPages.CONFIRM },
			produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> confirm(HttpServletRequest http,
			@RequestParam(name = "jeton", required = false) String token) {
		SiteRequest site = site(http, ProposalPages.CONFIRM);
		if (!this.submissions.confirm(token)) {
			return page(HttpStatus.BAD_REQUEST, site, this.pages.invalid(site));
		}
		return page(HttpStatus.OK, site, this.pages.step(site, "Proposition confirmée",
				"Merci. La mairie va examiner votre proposition ; vous recevrez sa réponse par e-mail.", null, null));
	}

	private ResponseEntity<String> sent(SiteRequest site) {
		return page(HttpStatus.OK, site,
				this.pages.step(site, "Vérifiez votre messagerie",
						"Un message vient de vous être envoyé : ouvrez son lien pour confirmer votre proposition.",
						null, null));
	}

	/** The entry a correction names, when its id is one. */
	static Optional<UUID> entryId(String fiche) {
		try {
			return Optional.of(UUID.fromString(fiche.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The proposed entry from the form, the position and hours read from their text (what
	 * cannot be read, refused into {@code unread}); for a correction, what the form does
	 * not show (the member commune) or did not send is the entry's: a field sent blank
	 * clears it.
	 */
	private static EntryDraft draft(MultiValueMap<String, String> form, StoredEntry corrected, Checks unread) {
		UUID category;
		String chosen = form.getFirst("categorie");
		try {
			category = (chosen != null && !chosen.isBlank()) ? UUID.fromString(chosen) : null;
		}
		catch (IllegalArgumentException ex) {
			category = new UUID(0, 0);
		}
		BigDecimal latitude = form.containsKey("latitude")
				? FormFields.coordinate("latitude", form.getFirst("latitude"), unread)
				: (corrected != null) ? corrected.latitude() : null;
		BigDecimal longitude = form.containsKey("longitude")
				? FormFields.coordinate("longitude", form.getFirst("longitude"), unread)
				: (corrected != null) ? corrected.longitude() : null;
		List<OpeningHours> hours = form.containsKey("horaires") ? FormFields.hours(form.getFirst("horaires"), unread)
				: (corrected != null) ? corrected.openingHours() : List.of();
		return new EntryDraft(form.getFirst("nom"), category, form.getFirst("description"), form.getFirst("adresse"),
				(corrected != null) ? corrected.communeId() : null, latitude, longitude, form.getFirst("telephone"),
				form.getFirst("courriel"), form.getFirst("site"), hours, form.getFirst("siret"));
	}

	private SiteRequest site(HttpServletRequest http, String path) {
		return this.answers.site(http, path);
	}

	private ResponseEntity<String> page(HttpStatus status, SiteRequest site, SitePage page) {
		return this.answers.page(status, site, page);
	}

}
