package fr.clocher.kernel.tenancy;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the application's data source so every connection carries the current tenant.
 */
class TenantDataSourcePostProcessor implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof TenantAwareDataSource)
				&& "dataSource".equals(beanName)) {
			return new TenantAwareDataSource(dataSource);
		}
		return bean;
	}

}
