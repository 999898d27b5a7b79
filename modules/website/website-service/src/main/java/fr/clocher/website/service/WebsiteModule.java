package fr.clocher.website.service;

import java.util.List;
import java.util.Set;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.ModuleDescriptor;
import fr.clocher.kernel.api.PermissionDescriptor;
import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.module.ClocherModule;
import fr.clocher.website.api.Website;

/**
 * The website: on for every commune from its onboarding, with its generated pages.
 */
public class WebsiteModule implements ClocherModule {

	/** The module key. */
	public static final String KEY = Website.KEY;

	public static final ModuleDescriptor DESCRIPTOR = new ModuleDescriptor(KEY,
			LocalizedText.of("Site internet", "Website"),
			LocalizedText
				.of("Le site public de la commune : accueil, pages, menu, mairie, conseil municipal et pages légales.",
						"The commune's public website: home, pages, menu, town hall, council and legal pages."),
			List.of(),
			List.of(new PermissionDescriptor("website.edit",
					LocalizedText.of("Modifier et publier le site", "Edit and publish the website"))),
			Set.of(TenantKind.COMMUNE, TenantKind.INTERCOMMUNALITY, TenantKind.SYNDICATE), true);

	@Override
	public ModuleDescriptor descriptor() {
		return DESCRIPTOR;
	}

}
