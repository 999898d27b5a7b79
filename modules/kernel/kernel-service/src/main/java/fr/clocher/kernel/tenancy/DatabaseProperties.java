package fr.clocher.kernel.tenancy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The database roles the kernel relies on.
 *
 * @param appRole the role the services connect as; migrations grant it row access
 */
@ConfigurationProperties("clocher.database")
public record DatabaseProperties(@DefaultValue("clocher_app") String appRole) {

}
