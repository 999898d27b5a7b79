package fr.clocher.announcements.service.events;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Events of the agenda: their controller, on the shared announcements' service.
 */
@Configuration(proxyBeanMethods = false)
@Import(EventsController.class)
public class EventsConfiguration {

}
