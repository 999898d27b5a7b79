package fr.clocher.directory.ui;

import java.util.List;

import fr.clocher.kernel.ui.BundleTranslations;

/**
 * The directory's and kernel-ui's bundles read as portal-ui's provider reads them.
 */
class TestTranslations extends BundleTranslations {

	TestTranslations() {
		super(List.of("vaadin-i18n.directory_translations", "vaadin-i18n.kernel_translations"));
	}

}
