package fr.clocher.announcements.service.news;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * News items: their controller, on the shared announcements' service.
 */
@Configuration(proxyBeanMethods = false)
@Import(NewsController.class)
public class NewsConfiguration {

}
