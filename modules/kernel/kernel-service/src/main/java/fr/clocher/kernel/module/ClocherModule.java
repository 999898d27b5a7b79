package fr.clocher.kernel.module;

import fr.clocher.kernel.api.ModuleDescriptor;

/**
 * What a commune module gives the platform; declared as a bean by the module's own
 * auto-configuration.
 */
public interface ClocherModule {

	ModuleDescriptor descriptor();

	default String key() {
		return descriptor().key();
	}

	/**
	 * Where the module's Flyway migrations are; they get a history table of their own.
	 */
	default String migrationsLocation() {
		return "classpath:db/migration/" + key();
	}

}
