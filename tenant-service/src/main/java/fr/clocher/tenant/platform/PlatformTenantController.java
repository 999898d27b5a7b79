package fr.clocher.tenant.platform;

import java.net.URI;
import java.util.UUID;

import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.api.platform.NewCommune;
import fr.clocher.kernel.api.platform.NewHost;
import fr.clocher.kernel.api.platform.NewIntercommunality;
import fr.clocher.kernel.api.platform.NewSecretary;
import fr.clocher.kernel.api.platform.NewSyndicate;
import fr.clocher.kernel.api.platform.PageOf;
import fr.clocher.kernel.api.platform.PlatformTenantApi;
import fr.clocher.kernel.api.platform.TenantDetails;
import fr.clocher.kernel.api.platform.TenantRow;
import fr.clocher.kernel.api.platform.TenantSort;
import fr.clocher.kernel.api.platform.TenantStatus;
import fr.clocher.tenant.provisioning.Provisioning;
import fr.clocher.tenant.registry.Tenant;
import fr.clocher.tenant.registry.TenantLifecycle;
import fr.clocher.tenant.registry.TenantQueries;
import fr.clocher.tenant.registry.TenantRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant registry for operators; its paths and parameters are those of
 * {@link PlatformTenantApi}.
 */
@RestController
@Tag(name = "Tenants", description = "Communes, intercommunalities and syndicates on the platform")
class PlatformTenantController implements PlatformTenantApi {

	private final TenantRegistry registry;

	private final TenantQueries queries;

	private final TenantLifecycle lifecycle;

	private final Provisioning provisioning;

	private final TenantListing listing;

	PlatformTenantController(TenantRegistry registry, TenantQueries queries, TenantLifecycle lifecycle,
			Provisioning provisioning, TenantListing listing) {
		this.registry = registry;
		this.queries = queries;
		this.lifecycle = lifecycle;
		this.provisioning = provisioning;
		this.listing = listing;
	}

	@Override
	@Operation(summary = "Create a commune from its INSEE code")
	@Transactional
	public ResponseEntity<TenantDetails> createCommune(NewCommune request) {
		return created(withSecretary(this.registry.createCommune(request.inseeCode(), request.slug()),
				request.secretaryEmail()));
	}

	@Override
	@Operation(summary = "Onboard an intercommunality with all its member communes, from its SIREN")
	@Transactional
	public ResponseEntity<TenantDetails> onboardIntercommunality(NewIntercommunality request) {
		return created(withSecretary(this.registry.onboardIntercommunality(request.siren()), request.secretaryEmail()));
	}

	@Override
	@Operation(summary = "Create a syndicate and its member communes")
	@Transactional
	public ResponseEntity<TenantDetails> createSyndicate(NewSyndicate request) {
		return created(this.registry.createSyndicate(request.siren(), request.name(), request.slug(),
				request.memberInseeCodes()));
	}

	@Override
	@Operation(summary = "List and search tenants, sorted and paged",
			description = "name: accent- and case-insensitive prefix of the name, or prefix of the official code; "
					+ "intercommunality: id or slug of a group; module: key of a module the tenants have on")
	public PageOf<TenantRow> tenants(String name, TenantKind kind, TenantStatus status, String department,
			String intercommunality, String module, TenantSort sort, Boolean descending, int page, int size) {
		TenantFilter filter = new TenantFilter(name, kind, status, department, groupId(intercommunality), module);
		return this.listing.find(filter, (sort != null) ? sort : TenantSort.NAME, Boolean.TRUE.equals(descending), page,
				size);
	}

	@Override
	@Operation(summary = "One tenant, by id or slug, with its members or memberships")
	@Transactional(readOnly = true)
	public TenantDetails tenant(String tenant) {
		return details(this.queries.get(tenant));
	}

	@Override
	@Operation(summary = "The member communes of an intercommunality or syndicate, by name")
	public PageOf<TenantRow> members(String tenant, int page, int size) {
		TenantFilter filter = TenantFilter.members(groupId(tenant));
		return this.listing.find(filter, TenantSort.NAME, false, page, size);
	}

	@Override
	@Operation(summary = "Suspend a tenant: its site and admin become unavailable, its data is kept")
	@Transactional
	public TenantDetails suspend(String tenant) {
		return details(this.lifecycle.suspend(tenant));
	}

	@Override
	@Operation(summary = "Resume a suspended tenant")
	@Transactional
	public TenantDetails resume(String tenant) {
		return details(this.lifecycle.resume(tenant));
	}

	@Override
	@Operation(summary = "Add a custom domain that serves the tenant's site")
	@Transactional
	public TenantDetails addHost(String tenant, NewHost request) {
		return details(this.lifecycle.addCustomHost(tenant, request.host()));
	}

	@Override
	@Operation(summary = "Remove a custom domain")
	@Transactional
	public TenantDetails removeHost(String tenant, String host) {
		return details(this.lifecycle.removeCustomHost(tenant, host));
	}

	@Override
	@Operation(summary = "Make a person a secretary of the tenant (invited by e-mail if she has no account yet)")
	@Transactional
	public ResponseEntity<TenantDetails> addSecretary(String tenant, NewSecretary request) {
		return ResponseEntity.accepted().body(details(withSecretary(this.queries.get(tenant), request.email())));
	}

	private UUID groupId(String reference) {
		return (reference == null || reference.isBlank()) ? null : this.queries.get(reference).getId();
	}

	private Tenant withSecretary(Tenant tenant, String email) {
		if (email != null && !email.isBlank()) {
			this.provisioning.inviteSecretary(tenant.getId(), email);
		}
		return tenant;
	}

	private TenantDetails details(Tenant tenant) {
		return PlatformViews.details(tenant, this.provisioning.statusOf(tenant.getId()));
	}

	private ResponseEntity<TenantDetails> created(Tenant tenant) {
		return ResponseEntity.created(URI.create("/api/platform/tenants/" + tenant.getId())).body(details(tenant));
	}

}
