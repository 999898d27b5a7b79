package fr.clocher.directory.service;

import java.util.List;
import java.util.Set;

import fr.clocher.directory.api.Directory;
import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.ModuleDescriptor;
import fr.clocher.kernel.api.PermissionDescriptor;
import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.module.ClocherModule;

/**
 * The service directory: associations, shops, artisans, health, childcare, public
 * services and transport of a commune, or of an intercommunality for its member communes.
 * Switched on by each tenant.
 */
public class DirectoryModule implements ClocherModule {

	/** The module key. */
	public static final String KEY = Directory.KEY;

	public static final ModuleDescriptor DESCRIPTOR = new ModuleDescriptor(KEY,
			LocalizedText.of("Annuaire des services", "Service directory"),
			LocalizedText.of(
					"Associations, commerces, artisans, santé, enfance, services publics et transports : "
							+ "recherche en français sur le site, données ouvertes.",
					"Associations, shops, artisans, health, childcare, public services and transport: "
							+ "French search on the site, open data."),
			List.of(),
			List.of(new PermissionDescriptor("directory.edit",
					LocalizedText.of("Tenir l'annuaire", "Keep the directory"))),
			Set.of(TenantKind.COMMUNE, TenantKind.INTERCOMMUNALITY));

	@Override
	public ModuleDescriptor descriptor() {
		return DESCRIPTOR;
	}

}
