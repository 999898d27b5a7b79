package fr.clocher.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts portal-ui, the Vaadin administration of the platform, styled with Vaadin's Lumo
 * theme (free) and its utility classes, then our few own rules.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/clocher.css")
// Module screens live in their own packages (fr.clocher.<module>.ui): Vaadin finds routes
// here.
@AutoConfigurationPackage(basePackages = "fr.clocher")
public class PortalUiApplication implements AppShellConfigurator {

	public static void main(String[] args) {
		SpringApplication.run(PortalUiApplication.class, args);
	}

}
