package fr.clocher.tenant.platform;

import java.net.URI;

import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.tenancy.TenantStatus;
import fr.clocher.tenant.provisioning.Provisioning;
import fr.clocher.tenant.registry.Tenant;
import fr.clocher.tenant.registry.TenantLifecycle;
import fr.clocher.tenant.registry.TenantQueries;
import fr.clocher.tenant.registry.TenantRegistry;
import fr.clocher.tenant.registry.TenantSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/platform")
@Tag(name = "Tenants", description = "Communes, intercommunalities and syndicates on the platform")
class PlatformTenantController {

	private final TenantRegistry registry;

	private final TenantQueries queries;

	private final TenantLifecycle lifecycle;

	private final Provisioning provisioning;

	PlatformTenantController(TenantRegistry registry, TenantQueries queries, TenantLifecycle lifecycle,
			Provisioning provisioning) {
		this.registry = registry;
		this.queries = queries;
		this.lifecycle = lifecycle;
		this.provisioning = provisioning;
	}

	@PostMapping("/communes")
	@Operation(summary = "Create a commune from its INSEE code")
	@Transactional
	ResponseEntity<TenantDetails> createCommune(@Valid @RequestBody OnboardingRequests.NewCommune request) {
		return created(withSecretary(this.registry.createCommune(request.inseeCode(), request.slug()),
				request.secretaryEmail()));
	}

	@PostMapping("/intercommunalities")
	@Operation(summary = "Onboard an intercommunality with all its member communes, from its SIREN")
	@Transactional
	ResponseEntity<TenantDetails> onboardIntercommunality(
			@Valid @RequestBody OnboardingRequests.NewIntercommunality request) {
		return created(withSecretary(this.registry.onboardIntercommunality(request.siren()), request.secretaryEmail()));
	}

	@PostMapping("/syndicates")
	@Operation(summary = "Create a syndicate and its member communes")
	@Transactional
	ResponseEntity<TenantDetails> createSyndicate(@Valid @RequestBody OnboardingRequests.NewSyndicate request) {
		return created(this.registry.createSyndicate(request.siren(), request.name(), request.slug(),
				request.memberInseeCodes()));
	}

	@GetMapping("/tenants")
	@Operation(summary = "List and search tenants",
			description = "name: accent- and case-insensitive prefix; intercommunality: id or slug of a group")
	PageOf<TenantSummary> search(@RequestParam(required = false) String name,
			@RequestParam(required = false) TenantKind kind, @RequestParam(required = false) String department,
			@RequestParam(required = false) String intercommunality,
			@RequestParam(required = false) TenantStatus status, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return PageOf.of(
				this.queries.search(new TenantSearch(name, kind, department, intercommunality, status), page, size),
				TenantSummary::of);
	}

	@GetMapping("/tenants/{tenant}")
	@Operation(summary = "One tenant, by id or slug, with its members or memberships")
	@Transactional(readOnly = true)
	TenantDetails get(@PathVariable String tenant) {
		return details(this.queries.get(tenant));
	}

	@PostMapping("/tenants/{tenant}/suspend")
	@Operation(summary = "Suspend a tenant: its site and admin become unavailable, its data is kept")
	@Transactional
	TenantDetails suspend(@PathVariable String tenant) {
		return details(this.lifecycle.suspend(tenant));
	}

	@PostMapping("/tenants/{tenant}/resume")
	@Operation(summary = "Resume a suspended tenant")
	@Transactional
	TenantDetails resume(@PathVariable String tenant) {
		return details(this.lifecycle.resume(tenant));
	}

	@PostMapping("/tenants/{tenant}/hosts")
	@Operation(summary = "Add a custom domain that serves the tenant's site")
	@Transactional
	TenantDetails addHost(@PathVariable String tenant, @Valid @RequestBody OnboardingRequests.NewHost request) {
		return details(this.lifecycle.addCustomHost(tenant, request.host()));
	}

	@PostMapping("/tenants/{tenant}/secretaries")
	@Operation(summary = "Make a person a secretary of the tenant (invited by e-mail if she has no account yet)")
	@Transactional
	ResponseEntity<TenantDetails> addSecretary(@PathVariable String tenant,
			@Valid @RequestBody OnboardingRequests.NewSecretary request) {
		return ResponseEntity.accepted().body(details(withSecretary(this.queries.get(tenant), request.email())));
	}

	@DeleteMapping("/tenants/{tenant}/hosts/{host}")
	@Operation(summary = "Remove a custom domain")
	@Transactional
	TenantDetails removeHost(@PathVariable String tenant, @PathVariable String host) {
		return details(this.lifecycle.removeCustomHost(tenant, host));
	}

	private Tenant withSecretary(Tenant tenant, String email) {
		if (email != null && !email.isBlank()) {
			this.provisioning.inviteSecretary(tenant.getId(), email);
		}
		return tenant;
	}

	private TenantDetails details(Tenant tenant) {
		return TenantDetails.of(tenant, this.provisioning.statusOf(tenant.getId()));
	}

	private ResponseEntity<TenantDetails> created(Tenant tenant) {
		return ResponseEntity.created(URI.create("/api/platform/tenants/" + tenant.getId())).body(details(tenant));
	}

}
