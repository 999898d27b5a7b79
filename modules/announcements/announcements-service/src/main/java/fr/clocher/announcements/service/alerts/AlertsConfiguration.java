package fr.clocher.announcements.service.alerts;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Urgent alerts: their controller, on the shared announcements' service.
 */
@Configuration(proxyBeanMethods = false)
@Import(AlertsController.class)
public class AlertsConfiguration {

}
