package fr.clocher.announcements.service.samples;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import fr.clocher.announcements.api.AlertDraft;
import fr.clocher.announcements.api.Announcements;
import fr.clocher.announcements.api.EventDraft;
import fr.clocher.announcements.api.NewsDraft;
import fr.clocher.announcements.service.content.AnnouncementService;
import fr.clocher.announcements.service.content.Content;
import fr.clocher.announcements.service.content.Kind;
import fr.clocher.announcements.service.images.Images;
import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.site.SiteSample;
import fr.clocher.kernel.site.SiteSamples;
import fr.clocher.kernel.tenancy.TenantRef;

/**
 * What a secretary posts on a real site: a news item with an image, another with a
 * category, an evening event and a whole-day one, an urgent alert; then the news list,
 * that item, the agenda, the event, the current alerts and the subscription form (the
 * alert band shows on every one of them).
 */
class AnnouncementsSamples implements SiteSamples {

	private final ModuleActivations activations;

	private final AnnouncementService announcements;

	private final Images images;

	private final Map<UUID, UUID[]> seeded = new ConcurrentHashMap<>();

	AnnouncementsSamples(ModuleActivations activations, AnnouncementService announcements, Images images) {
		this.activations = activations;
		this.announcements = announcements;
		this.images = images;
	}

	@Override
	public String moduleKey() {
		return Announcements.KEY;
	}

	@Override
	public void seed(TenantRef commune) {
		if (!this.activations.isEnabled(Announcements.KEY)) {
			this.activations.enable(Announcements.KEY, null);
		}
		UUID image = this.images.upload("Le lavoir restauré, au bord de la rivière", picture()).id();
		UUID news = publish(Kind.NEWS,
				this.announcements.drafts()
					.news(new NewsDraft("Le lavoir rouvre après restauration",
							"Les travaux sont finis : le lavoir accueille à nouveau les promeneurs.",
							"<p>Après six mois de travaux, le <strong>lavoir</strong> a retrouvé sa toiture.</p>"
									+ "<h2>Visite guidée</h2><ul><li>Samedi à 10 h</li><li>Dimanche à 15 h</li></ul>",
							"Patrimoine", image)));
		publish(Kind.NEWS,
				this.announcements.drafts()
					.news(new NewsDraft("Inscriptions à la cantine", "Les inscriptions sont ouvertes jusqu'au 30.",
							"<p>Formulaire disponible en mairie.</p>", "Vie scolaire", null)));
		LocalDate day = LocalDate.ofInstant(this.announcements.now(), Paris.ZONE).plusDays(10);
		UUID event = publish(Kind.EVENT,
				this.announcements.drafts()
					.event(new EventDraft("Loto de l'école", "Nombreux lots à gagner.", "<p>Buvette sur place.</p>",
							"Salle des fêtes", "https://example.org/loto", false, day.atTime(20, 0),
							day.atTime(23, 30))));
		publish(Kind.EVENT,
				this.announcements.drafts()
					.event(new EventDraft("Marché de Noël", null, "", "Place de l'Église", null, true,
							day.plusDays(5).atStartOfDay(), day.plusDays(6).atStartOfDay())));
		publish(Kind.ALERT,
				this.announcements.drafts()
					.alert(new AlertDraft("Coupure d'eau", "Rue des Écoles et impasse du Moulin",
							this.announcements.now().plus(Duration.ofDays(30)), "Prévoyez des réserves d'eau.")));
		this.seeded.put(commune.id(), new UUID[] { news, event });
	}

	private UUID publish(Kind kind, Content content) {
		UUID id = this.announcements.create(kind, content).id();
		this.announcements.publish(kind, id, null);
		return id;
	}

	@Override
	public List<SiteSample> samples(TenantRef commune) {
		UUID[] ids = this.seeded.get(commune.id());
		List<SiteSample> lists = List.of(new SiteSample("actualites", "/actualites", "Actualités"),
				new SiteSample("agenda", "/agenda", "Agenda"),
				new SiteSample("alertes", "/alertes", "Alertes en cours"),
				new SiteSample("abonnement", "/abonnement", "S'abonner par e-mail"));
		if (ids == null) {
			return lists;
		}
		return Stream.concat(lists.stream(),
				Stream.of(new SiteSample("actualite", "/actualites/" + ids[0], "Le lavoir rouvre après restauration"),
						new SiteSample("evenement", "/agenda/" + ids[1], "Loto de l'école")))
			.toList();
	}

	private static byte[] picture() {
		BufferedImage image = new BufferedImage(960, 540, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, new Color(60, 110, 150), 960, 540, new Color(140, 160, 90)));
		graphics.fillRect(0, 0, 960, 540);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
