package fr.clocher.tenant.registry;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import fr.clocher.kernel.api.platform.HostKind;
import fr.clocher.kernel.api.platform.TenantStatus;
import fr.clocher.kernel.tenancy.RegistryChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the operator does to a tenant once it is on the platform: suspend, resume, add and
 * remove its own domains.
 */
@Service
public class TenantLifecycle {

	private static final java.util.regex.Pattern HOST = java.util.regex.Pattern
		.compile("(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

	private final TenantQueries queries;

	private final TenantHostRepository hosts;

	private final PlatformProperties platform;

	private final ApplicationEventPublisher events;

	TenantLifecycle(TenantQueries queries, TenantHostRepository hosts, PlatformProperties platform,
			ApplicationEventPublisher events) {
		this.queries = queries;
		this.hosts = hosts;
		this.platform = platform;
		this.events = events;
	}

	@Transactional
	public Tenant suspend(String reference) {
		return changeStatus(reference, TenantStatus.SUSPENDED);
	}

	@Transactional
	public Tenant resume(String reference) {
		return changeStatus(reference, TenantStatus.ACTIVE);
	}

	@Transactional
	public Tenant addCustomHost(String reference, String requested) {
		Tenant tenant = this.queries.get(reference);
		String host = (requested == null) ? "" : requested.trim().toLowerCase(Locale.ROOT);
		if (!HOST.matcher(host).matches()) {
			throw RegistryProblems.invalidHost(requested);
		}
		if (host.equals(this.platform.domain()) || host.endsWith("." + this.platform.domain())
				|| this.platform.contains(host)) {
			throw RegistryProblems.reservedHost(host, this.platform.domain());
		}
		this.hosts.findById(host).ifPresent((taken) -> {
			throw RegistryProblems.hostTaken(host, taken.getTenant().getName());
		});
		tenant.addHost(host, HostKind.CUSTOM, now());
		return tenant;
	}

	@Transactional
	public Tenant removeCustomHost(String reference, String host) {
		Tenant tenant = this.queries.get(reference);
		if (!tenant.removeHost(host.toLowerCase(Locale.ROOT), now())) {
			throw RegistryProblems.unknownHost(host);
		}
		this.events.publishEvent(new RegistryChanged(tenant.getId()));
		return tenant;
	}

	private Tenant changeStatus(String reference, TenantStatus status) {
		Tenant tenant = this.queries.get(reference);
		if (tenant.getStatus() != status) {
			tenant.changeStatus(status, now());
			this.events.publishEvent(new TenantStatusChanged(tenant.getId(), status));
			this.events.publishEvent(new RegistryChanged(tenant.getId()));
		}
		return tenant;
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

}
