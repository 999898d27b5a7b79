package fr.clocher.website.service.samples;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.site.SiteSample;
import fr.clocher.kernel.site.SiteSamples;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.website.api.AccessibilityFields;
import fr.clocher.website.api.ComplianceStatus;
import fr.clocher.website.api.Council;
import fr.clocher.website.api.CouncilMember;
import fr.clocher.website.api.CouncilRole;
import fr.clocher.website.api.DayHours;
import fr.clocher.website.api.HomeContent;
import fr.clocher.website.api.Menu;
import fr.clocher.website.api.MenuEntry;
import fr.clocher.website.api.MenuTarget;
import fr.clocher.website.api.OpeningException;
import fr.clocher.website.api.PageDraft;
import fr.clocher.website.api.QuickLink;
import fr.clocher.website.api.Theme;
import fr.clocher.website.api.TimeSlot;
import fr.clocher.website.api.TownHall;
import fr.clocher.website.api.Website;
import fr.clocher.website.service.content.Pages;
import fr.clocher.website.service.files.SiteFiles;
import fr.clocher.website.service.generated.GeneratedPages;
import fr.clocher.website.service.settings.CouncilSettings;
import fr.clocher.website.service.settings.HomeSettings;
import fr.clocher.website.service.settings.MenuSettings;
import fr.clocher.website.service.settings.ThemeSettings;
import fr.clocher.website.service.settings.TownHallSettings;

/**
 * What a secretary fills in for a real site: a colour, a logo and a header image, town
 * hall hours with an exception, a written page with headings, a list, an image, links and
 * a PDF, a menu with a group, the home page, the council and the accessibility audit;
 * then the home, that page, the council and the three pages every site has.
 */
class WebsiteSamples implements SiteSamples {

	private static final String SERVICE_PUBLIC = "https://www.service-public.fr";

	private final SiteFiles files;

	private final Pages pages;

	private final ThemeSettings theme;

	private final TownHallSettings townHall;

	private final MenuSettings menu;

	private final HomeSettings home;

	private final CouncilSettings council;

	private final GeneratedPages generated;

	WebsiteSamples(SiteFiles files, Pages pages, ThemeSettings theme, TownHallSettings townHall, MenuSettings menu,
			HomeSettings home, CouncilSettings council, GeneratedPages generated) {
		this.files = files;
		this.pages = pages;
		this.theme = theme;
		this.townHall = townHall;
		this.menu = menu;
		this.home = home;
		this.council = council;
		this.generated = generated;
	}

	@Override
	public String moduleKey() {
		return Website.KEY;
	}

	@Override
	public List<SiteSample> samples(TenantRef commune) {
		return List.of(new SiteSample("accueil", "/", commune.name()),
				new SiteSample("page", "/pages/salle-des-fetes", "La salle des fêtes"),
				new SiteSample("conseil-municipal", "/conseil-municipal", "Conseil municipal"),
				new SiteSample("mentions-legales", "/mentions-legales", "Mentions légales"),
				new SiteSample("donnees-personnelles", "/donnees-personnelles", "Données personnelles"),
				new SiteSample("accessibilite", "/accessibilite", "Déclaration d'accessibilité"));
	}

	@Override
	public void seed(TenantRef commune) {
		UUID logo = image("blason.png", "Blason de la commune",
				SamplePictures.png(256, 256, new Color(122, 31, 61), new Color(230, 190, 80)));
		UUID header = image("village.png", "Le village vu depuis les vignes",
				SamplePictures.png(1600, 600, new Color(70, 110, 150), new Color(120, 150, 80)));
		this.theme.update(new Theme("#7a1f3d", logo, header));
		this.townHall.update(townHall(LocalDate.now().plusDays(20)));
		UUID hall = writeHallPage();
		UUID school = this.pages
			.create(new PageDraft("École et cantine", null, null,
					"<p>L'école accueille les enfants de 3 à 11 ans.</p>"))
			.id();
		this.pages.publish(school);
		this.menu.update(new Menu(List.of(page("La salle des fêtes", hall),
				new MenuEntry("Vie pratique", MenuTarget.GROUP, null, null,
						List.of(page("École et cantine", school), link("Collecte des déchets", SERVICE_PUBLIC))),
				link("Conseil municipal", "/conseil-municipal"))));
		this.home.update(new HomeContent(
				"<p>Bienvenue sur le site de la commune. Retrouvez les horaires de la mairie, "
						+ "les démarches et la vie du village.</p>",
				List.of(new QuickLink("Louer la salle des fêtes", hall, null),
						new QuickLink("École et cantine", school, null),
						new QuickLink("Démarches en ligne", null, SERVICE_PUBLIC))));
		UUID mayor = image("maire.png", "Portrait de Jeanne Martin",
				SamplePictures.png(400, 400, new Color(90, 90, 120), new Color(200, 180, 160)));
		this.council
			.update(new Council(List.of(new CouncilMember("Jeanne Martin", CouncilRole.MAYOR, null, null, mayor),
					new CouncilMember("Paul Lefèvre", CouncilRole.DEPUTY, "Premier adjoint",
							"Travaux, voirie et cimetière", null),
					new CouncilMember("Amina Benali", CouncilRole.DEPUTY, "Deuxième adjointe",
							"École, jeunesse et vie associative", null),
					new CouncilMember("Lucien Girard", CouncilRole.COUNCILLOR, null, null, null),
					new CouncilMember("Marie-Claude Dubois-Lemaire", CouncilRole.COUNCILLOR, null, null, null))));
		this.generated.updateAccessibility(new AccessibilityFields(ComplianceStatus.PARTIALLY_COMPLIANT, 82,
				LocalDate.of(2026, 3, 1), "Association Accès pour tous", null, null, null, null, null));
	}

	private static TownHall townHall(LocalDate closed) {
		TimeSlot morning = slot("09:00", "12:00");
		return new TownHall("2 place de l'Église", "51290", null, "03 26 72 00 00", "mairie@saint-remy-en-bouzemont.fr",
				List.of(new DayHours(DayOfWeek.MONDAY, List.of(morning)),
						new DayHours(DayOfWeek.TUESDAY, List.of(morning, slot("14:00", "17:30"))),
						new DayHours(DayOfWeek.THURSDAY, List.of(slot("14:00", "18:00"))),
						new DayHours(DayOfWeek.SATURDAY, List.of(slot("10:00", "12:00")))),
				List.of(new OpeningException(closed, closed.plusDays(4), "Congés de la secrétaire", List.of())),
				"Le maire reçoit sur rendez-vous.");
	}

	/** A page with headings, a list, a captioned image, a PDF and an outside link. */
	private UUID writeHallPage() {
		String picture = this.files
			.uploadImage("salle.png", "image/png", "La grande salle, ses tables rangées le long du mur et la scène",
					SamplePictures.png(1200, 800, new Color(160, 120, 80), new Color(240, 230, 210)))
			.path();
		String rules = this.files
			.uploadDocument("reglement-salle.pdf", "application/pdf", "Règlement de la salle des fêtes",
					"%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF"
						.getBytes(StandardCharsets.ISO_8859_1))
			.path();
		String body = """
				<h2>La salle</h2><p>La salle accueille 120 personnes assises. Elle dispose d'une cuisine \
				équipée et d'un parking.</p>\
				<figure><img src="%s" alt="La grande salle, tables rangées, et la scène" width="1200" \
				height="800"><figcaption>La grande salle après sa rénovation en 2024.</figcaption></figure>\
				<h2>Tarifs</h2><h3>Habitants de la commune</h3><ul><li>Week-end : 250 €</li>\
				<li>Journée en semaine : 120 €</li><li>Caution : 500 €</li></ul>\
				<h3>Associations</h3><p>Gratuit une fois par an, puis 60 € la journée.</p>\
				<h2>Réserver</h2><p>Réservez auprès de la mairie au moins un mois à l'avance. Lisez le \
				<a href="%s">règlement de la salle des fêtes (PDF)</a> avant de signer le contrat. Pour \
				une manifestation publique, déclarez-la aussi sur \
				<a href="https://www.service-public.fr/particuliers/vosdroits/F21899">service-public.fr</a>.\
				</p>""".formatted(picture, rules);
		UUID page = this.pages.create(new PageDraft("La salle des fêtes", "salle-des-fetes",
				"Louer la salle pour une fête de famille ou une association : capacité, tarifs, réservation.", body))
			.id();
		this.pages.publish(page);
		return page;
	}

	private UUID image(String fileName, String alt, byte[] png) {
		return this.files.uploadImage(fileName, "image/png", alt, png).id();
	}

	private static TimeSlot slot(String opens, String closes) {
		return new TimeSlot(LocalTime.parse(opens), LocalTime.parse(closes));
	}

	private static MenuEntry page(String label, UUID page) {
		return new MenuEntry(label, MenuTarget.PAGE, page, null, List.of());
	}

	private static MenuEntry link(String label, String url) {
		return new MenuEntry(label, MenuTarget.LINK, null, url, List.of());
	}

}
