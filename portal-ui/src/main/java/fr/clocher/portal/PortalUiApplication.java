package fr.clocher.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts portal-ui, the Vaadin administration of the platform.
 */
@SpringBootApplication
public class PortalUiApplication {

	public static void main(String[] args) {
		SpringApplication.run(PortalUiApplication.class, args);
	}

}
