package fr.clocher.website.service.publicsite;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.samskivert.mustache.Template;
import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.site.SiteTemplates;

/**
 * The module's page fragments, Mustache templates in {@code templates/website/} compiled
 * by the kernel's {@link SiteTemplates}, values HTML-escaped unless written
 * {@code {{{raw}}}}.
 */
final class Views {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

	final Template home;

	final Template townHall;

	final Template page;

	final Template council;

	final Template sections;

	/**
	 * Compiles the templates now, when the module starts, rather than on the first
	 * reader's request.
	 */
	Views(SiteTemplates templates) {
		this.home = templates.template("website/home");
		this.townHall = templates.template("website/town-hall");
		this.page = templates.template("website/page");
		this.council = templates.template("website/council");
		this.sections = templates.template("website/sections");
	}

	static String date(java.time.LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	static String date(Instant instant) {
		return (instant != null) ? DATE.format(instant.atZone(Paris.ZONE)) : "";
	}

}
