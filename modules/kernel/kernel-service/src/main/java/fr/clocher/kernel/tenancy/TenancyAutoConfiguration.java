package fr.clocher.kernel.tenancy;

import java.util.List;
import java.util.Locale;

import org.hibernate.cfg.MultiTenancySettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Wires the tenancy kernel into any Clocher service that has a database.
 */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@EnableConfigurationProperties(DatabaseProperties.class)
public class TenancyAutoConfiguration {

	@Bean
	static TenantDataSourcePostProcessor tenantDataSourcePostProcessor() {
		return new TenantDataSourcePostProcessor();
	}

	@Bean
	HibernatePropertiesCustomizer tenantIdentifierResolver() {
		return (properties) -> properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER,
				new HibernateTenantResolver());
	}

	/**
	 * The platform's migrations: the kernel's number from 1, tenant-service's from 100,
	 * so a new kernel migration comes after tenant-service's already applied ones and
	 * must still run (out of order) on an existing database.
	 */
	@Bean
	FlywayConfigurationCustomizer platformMigrations(DatabaseProperties database) {
		return (configuration) -> configuration.locations("classpath:db/migration/platform")
			.outOfOrder(true)
			.placeholders(java.util.Map.of("appRole", database.appRole()));
	}

	@Bean
	TenantDirectory tenantDirectory(JdbcClient jdbc) {
		return new TenantDirectory(jdbc);
	}

	@Bean
	TenantWork tenantWork(PlatformTransactionManager transactionManager, TenantDirectory directory) {
		return new TenantWork(transactionManager, directory);
	}

	@Bean
	TenantPropagatingTaskDecorator tenantPropagatingTaskDecorator() {
		return new TenantPropagatingTaskDecorator();
	}

	@Bean
	FilterRegistrationBean<TenantFilter> tenantFilter(TenantDirectory directory,
			ObjectProvider<PlatformHosts> platformHosts,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
		FilterRegistrationBean<TenantFilter> registration = new FilterRegistrationBean<>(
				new TenantFilter(directory, platformHosts.getIfAvailable(() -> (host) -> false), problems));
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
		return registration;
	}

	/** French for everyone unless the browser asks for English. */
	@Bean(name = "localeResolver")
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(List.of(Locale.FRENCH, Locale.ENGLISH));
		resolver.setDefaultLocale(Locale.FRENCH);
		return resolver;
	}

}
