package fr.clocher.tenant.registry;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.clocher.kernel.api.Slugs;
import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.api.platform.HostKind;
import fr.clocher.kernel.api.platform.TenantStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/**
 * A local authority on the platform: a commune, an intercommunality or a syndicate.
 */
@Entity
@Table(name = "tenant")
public class Tenant {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private TenantKind kind;

	private String officialCode;

	private String slug;

	private String name;

	private String searchName;

	private String department;

	private String region;

	private Integer population;

	@Enumerated(EnumType.STRING)
	private TenantStatus status;

	private OffsetDateTime createdAt;

	private OffsetDateTime updatedAt;

	@OneToMany(mappedBy = "tenant", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<TenantHost> hosts = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "tenant_membership", joinColumns = @JoinColumn(name = "group_id"),
			inverseJoinColumns = @JoinColumn(name = "member_id"))
	private Set<Tenant> members = new LinkedHashSet<>();

	@ManyToMany(mappedBy = "members")
	private Set<Tenant> groups = new LinkedHashSet<>();

	protected Tenant() {
	}

	Tenant(TenantKind kind, String officialCode, String slug, String name, String department, String region,
			Integer population, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.kind = kind;
		this.officialCode = officialCode;
		this.slug = slug;
		this.name = name;
		this.searchName = Slugs.searchKey(name);
		this.department = department;
		this.region = region;
		this.population = population;
		this.status = TenantStatus.ACTIVE;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void addHost(String host, HostKind hostKind, OffsetDateTime now) {
		this.hosts.add(new TenantHost(host, this, hostKind, now));
		this.updatedAt = now;
	}

	boolean removeHost(String host, OffsetDateTime now) {
		this.updatedAt = now;
		return this.hosts.removeIf((h) -> h.getKind() == HostKind.CUSTOM && h.getHost().equals(host));
	}

	void addMember(Tenant member) {
		this.members.add(member);
		member.groups.add(this);
	}

	void changeStatus(TenantStatus newStatus, OffsetDateTime now) {
		this.status = newStatus;
		this.updatedAt = now;
	}

	public UUID getId() {
		return this.id;
	}

	public TenantKind getKind() {
		return this.kind;
	}

	public String getOfficialCode() {
		return this.officialCode;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getDepartment() {
		return this.department;
	}

	public String getRegion() {
		return this.region;
	}

	public Integer getPopulation() {
		return this.population;
	}

	public TenantStatus getStatus() {
		return this.status;
	}

	public OffsetDateTime getCreatedAt() {
		return this.createdAt;
	}

	public OffsetDateTime getUpdatedAt() {
		return this.updatedAt;
	}

	public List<TenantHost> getHosts() {
		return List.copyOf(this.hosts);
	}

	public Set<Tenant> getMembers() {
		return Set.copyOf(this.members);
	}

	public Set<Tenant> getGroups() {
		return Set.copyOf(this.groups);
	}

}
