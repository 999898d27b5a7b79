package fr.clocher.wastebilling.ui;

import com.vaadin.flow.i18n.I18NProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the waste billing screens need from portal-ui, in memory: the feature clients and
 * the translations.
 */
@Configuration(proxyBeanMethods = false)
class WasteBillingUiTestConfiguration {

	@Bean
	InMemoryPayersApi payersApi() {
		return new InMemoryPayersApi();
	}

	@Bean
	InMemoryBinsApi binsApi(InMemoryPayersApi payers) {
		return new InMemoryBinsApi(payers);
	}

	@Bean
	InMemoryTariffsApi tariffsApi() {
		return new InMemoryTariffsApi();
	}

	@Bean
	InMemoryLiftImportsApi liftImportsApi() {
		return new InMemoryLiftImportsApi();
	}

	@Bean
	InMemoryBillingRunsApi billingRunsApi() {
		return new InMemoryBillingRunsApi();
	}

	@Bean
	InMemoryTreasuryApi treasuryApi() {
		return new InMemoryTreasuryApi();
	}

	@Bean
	InMemoryInvoicePrintsApi invoicePrintsApi() {
		return new InMemoryInvoicePrintsApi();
	}

	@Bean
	I18NProvider translations() {
		return new TestTranslations();
	}

	@Bean
	InMemoryTariffSimulationsApi tariffSimulationsApi() {
		return new InMemoryTariffSimulationsApi();
	}

}
