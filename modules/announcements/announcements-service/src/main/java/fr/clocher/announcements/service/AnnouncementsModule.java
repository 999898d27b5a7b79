package fr.clocher.announcements.service;

import java.util.List;
import java.util.Set;

import fr.clocher.announcements.api.Announcements;
import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.ModuleDescriptor;
import fr.clocher.kernel.api.PermissionDescriptor;
import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.module.ClocherModule;

/**
 * Announcements: news, events and urgent alerts, for communes and for the groups that
 * publish to their member communes. Switched on by each tenant.
 */
public class AnnouncementsModule implements ClocherModule {

	/** The module key. */
	public static final String KEY = Announcements.KEY;

	public static final ModuleDescriptor DESCRIPTOR = new ModuleDescriptor(KEY,
			LocalizedText.of("Annonces", "Announcements"),
			LocalizedText
				.of("Actualités, agenda et alertes urgentes, publiés une fois : sur le site, dans les flux et l'agenda.",
						"News, events and urgent alerts, written once: on the site, in feeds and calendars."),
			List.of(),
			List.of(new PermissionDescriptor("announcements.publish",
					LocalizedText.of("Écrire et publier les annonces", "Write and publish announcements"))),
			Set.of(TenantKind.COMMUNE, TenantKind.INTERCOMMUNALITY, TenantKind.SYNDICATE));

	@Override
	public ModuleDescriptor descriptor() {
		return DESCRIPTOR;
	}

}
