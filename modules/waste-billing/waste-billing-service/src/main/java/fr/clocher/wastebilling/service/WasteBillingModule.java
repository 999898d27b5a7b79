package fr.clocher.wastebilling.service;

import java.util.List;
import java.util.Set;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.ModuleDescriptor;
import fr.clocher.kernel.api.PermissionDescriptor;
import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.module.ClocherModule;
import fr.clocher.wastebilling.api.WasteBilling;

/**
 * Incentive waste billing: switched on by the tenant that collects the waste, usually an
 * intercommunality or a syndicate, sometimes a commune billing itself.
 */
public class WasteBillingModule implements ClocherModule {

	/** The module key. */
	public static final String KEY = WasteBilling.KEY;

	public static final ModuleDescriptor DESCRIPTOR = new ModuleDescriptor(KEY,
			LocalizedText.of("Redevance incitative", "Incentive waste billing"),
			LocalizedText
				.of("Les redevables et leurs bacs, la grille tarifaire, l'import des levées des camions et la facturation par période.",
						"Payers and their bins, the tariff grid, the trucks' lift files and billing by period."),
			List.of(),
			List.of(new PermissionDescriptor("waste-billing.manage",
					LocalizedText.of("Gérer la redevance incitative", "Manage incentive waste billing"))),
			Set.of(TenantKind.INTERCOMMUNALITY, TenantKind.SYNDICATE, TenantKind.COMMUNE));

	@Override
	public ModuleDescriptor descriptor() {
		return DESCRIPTOR;
	}

}
