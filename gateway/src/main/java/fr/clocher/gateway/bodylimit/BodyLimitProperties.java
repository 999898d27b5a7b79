package fr.clocher.gateway.bodylimit;

import fr.clocher.gateway.access.PathKind;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body accepted on each kind of path.
 *
 * @param api on {@code /api/**} (tenant-service accepts attachments of 20 MB)
 * @param admin on {@code /admin/**} (Vaadin uploads)
 * @param auth on {@code /auth/**} (Keycloak's forms)
 * @param publicSite on every other path (the public sites and their forms)
 */
@ConfigurationProperties("clocher.gateway.body-limit")
public record BodyLimitProperties(@DefaultValue("25MB") DataSize api, @DefaultValue("25MB") DataSize admin,
		@DefaultValue("64KB") DataSize auth, @DefaultValue("64KB") DataSize publicSite) {

	long bytesFor(PathKind kind) {
		return switch (kind) {
			case API -> this.api.toBytes();
			case ADMIN -> this.admin.toBytes();
			case AUTH -> this.auth.toBytes();
			case GATEWAY, PUBLIC_SITE -> this.publicSite.toBytes();
		};
	}

}
