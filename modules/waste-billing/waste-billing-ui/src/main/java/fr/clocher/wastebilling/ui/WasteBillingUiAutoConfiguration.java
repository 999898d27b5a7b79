package fr.clocher.wastebilling.ui;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.service.registry.ImportHttpServices;

import fr.clocher.kernel.ui.ModuleUi;
import fr.clocher.wastebilling.api.BillingRunsApi;
import fr.clocher.wastebilling.api.BinsApi;
import fr.clocher.wastebilling.api.InvoicePrintsApi;
import fr.clocher.wastebilling.api.LiftImportsApi;
import fr.clocher.wastebilling.api.PayersApi;
import fr.clocher.wastebilling.api.TariffSimulationsApi;
import fr.clocher.wastebilling.api.TariffsApi;
import fr.clocher.wastebilling.api.TreasuryApi;

/**
 * Installs the waste billing module in portal-ui: its workspace entries and card, and one
 * API client per feature of its contract in the tenant-service group (portal-ui gives
 * that group its base URL, the user's token and language). Each screen asks for the
 * clients of the features it shows.
 */
@AutoConfiguration
@ImportHttpServices(group = ModuleUi.TENANT_SERVICE,
		types = { PayersApi.class, BinsApi.class, TariffsApi.class, LiftImportsApi.class, BillingRunsApi.class,
				TreasuryApi.class, InvoicePrintsApi.class, TariffSimulationsApi.class })
public class WasteBillingUiAutoConfiguration {

	@Bean
	ModuleUi wasteBillingModuleUi(BillingRunsApi runs) {
		return new WasteBillingModuleUi(runs);
	}

}
