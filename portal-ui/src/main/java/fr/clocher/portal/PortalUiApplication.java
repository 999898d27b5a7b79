package fr.clocher.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts portal-ui, the Vaadin administration of the platform.
 */
@SpringBootApplication
// Module screens live in their own packages (fr.clocher.<module>.ui): Vaadin finds routes
// here.
@AutoConfigurationPackage(basePackages = "fr.clocher")
public class PortalUiApplication {

	public static void main(String[] args) {
		SpringApplication.run(PortalUiApplication.class, args);
	}

}
