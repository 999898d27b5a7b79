package fr.clocher.tenant.registry;

import java.time.OffsetDateTime;

import fr.clocher.kernel.api.platform.HostKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A host name that serves a tenant's public site.
 */
@Entity
@Table(name = "tenant_host")
public class TenantHost {

	@Id
	private String host;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "tenant_id")
	private Tenant tenant;

	@Enumerated(EnumType.STRING)
	private HostKind kind;

	private OffsetDateTime createdAt;

	protected TenantHost() {
	}

	TenantHost(String host, Tenant tenant, HostKind kind, OffsetDateTime createdAt) {
		this.host = host;
		this.tenant = tenant;
		this.kind = kind;
		this.createdAt = createdAt;
	}

	public String getHost() {
		return this.host;
	}

	public HostKind getKind() {
		return this.kind;
	}

	public Tenant getTenant() {
		return this.tenant;
	}

}
