package fr.clocher.wastebilling.service.evidence;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The residents' evidence settings ({@code clocher.waste-billing.evidence}), overridden
 * from the environment in capitals
 * ({@code CLOCHER_WASTE_BILLING_EVIDENCE_PER_ADDRESS}...).
 *
 * @param perAddress lookups a client address (IPv6: its /64) may make on a commune's site
 * in one window
 * @param perReference lookups of one payer reference on a commune's site in one window,
 * whoever makes them
 * @param window the length of a counting window
 * @param retention how long a lookup's log row is kept
 * @param proxyHops how many proxies between the gateway and tenant-service appended their
 * own peer to {@code X-Forwarded-For} (0: the gateway's last entry is the client)
 */
@ConfigurationProperties("clocher.waste-billing.evidence")
public record EvidenceProperties(@DefaultValue("20") int perAddress, @DefaultValue("10") int perReference,
		@DefaultValue("15m") Duration window, @DefaultValue("365d") Duration retention,
		@DefaultValue("0") int proxyHops) {

}
