package fr.clocher.announcements.service.preview;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The preview endpoint of the secretary's editor.
 */
@Configuration(proxyBeanMethods = false)
@Import(PreviewController.class)
public class PreviewConfiguration {

}
