package fr.clocher.kernel.api.platform;

import fr.clocher.kernel.api.TenantKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The tenant registry: creating communes, intercommunalities and syndicates, listing and
 * finding tenants, suspending and resuming them, their domains and secretaries.
 * {@code tenant} is a tenant's id or slug.
 */
@HttpExchange("/api/platform")
public interface PlatformTenantApi {

	/** Creates a commune from its INSEE code (201). */
	@PostExchange("/communes")
	ResponseEntity<TenantDetails> createCommune(@Valid @RequestBody NewCommune request);

	/** Onboards an intercommunality with all its members in one call (201). */
	@PostExchange("/intercommunalities")
	ResponseEntity<TenantDetails> onboardIntercommunality(@Valid @RequestBody NewIntercommunality request);

	/** Creates a syndicate and its members (201). */
	@PostExchange("/syndicates")
	ResponseEntity<TenantDetails> createSyndicate(@Valid @RequestBody NewSyndicate request);

	/**
	 * A page of tenants; every filter may be null.
	 * @param name accent- and case-insensitive prefix of the name, or of the official
	 * code
	 * @param kind commune, intercommunality or syndicate
	 * @param status active, suspended or archived
	 * @param department department code
	 * @param intercommunality id or slug of a group whose members are wanted
	 * @param module key of a module the tenants have on
	 * @param sort the sort, by name when null
	 * @param descending whether the sort is descending
	 * @param page the page, from 0
	 * @param size the page size, at most 200
	 * @return the page
	 */
	@GetExchange("/tenants")
	PageOf<TenantRow> tenants(@RequestParam(name = "name", required = false) String name,
			@RequestParam(name = "kind", required = false) TenantKind kind,
			@RequestParam(name = "status", required = false) TenantStatus status,
			@RequestParam(name = "department", required = false) String department,
			@RequestParam(name = "intercommunality", required = false) String intercommunality,
			@RequestParam(name = "module", required = false) String module,
			@RequestParam(name = "sort", required = false) TenantSort sort,
			@RequestParam(name = "descending", required = false) Boolean descending,
			@RequestParam(name = "page", defaultValue = "0") @Min(0) int page,
			@RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(200) int size);

	/** One tenant, with its members or memberships. */
	@GetExchange("/tenants/{tenant}")
	TenantDetails tenant(@PathVariable("tenant") String tenant);

	/** A page of a group's member communes, by name. */
	@GetExchange("/tenants/{tenant}/members")
	PageOf<TenantRow> members(@PathVariable("tenant") String tenant,
			@RequestParam(name = "page", defaultValue = "0") @Min(0) int page,
			@RequestParam(name = "size", defaultValue = "50") @Min(1) @Max(200) int size);

	/** Suspends a tenant: its site and admin become unavailable, its data is kept. */
	@PostExchange("/tenants/{tenant}/suspend")
	TenantDetails suspend(@PathVariable("tenant") String tenant);

	/** Resumes a suspended tenant. */
	@PostExchange("/tenants/{tenant}/resume")
	TenantDetails resume(@PathVariable("tenant") String tenant);

	/** Adds a custom domain. */
	@PostExchange("/tenants/{tenant}/hosts")
	TenantDetails addHost(@PathVariable("tenant") String tenant, @Valid @RequestBody NewHost request);

	/** Removes a custom domain. */
	@DeleteExchange("/tenants/{tenant}/hosts/{host}")
	TenantDetails removeHost(@PathVariable("tenant") String tenant, @PathVariable("host") String host);

	/** Makes a person a secretary of the tenant (202: provisioned in the background). */
	@PostExchange("/tenants/{tenant}/secretaries")
	ResponseEntity<TenantDetails> addSecretary(@PathVariable("tenant") String tenant,
			@Valid @RequestBody NewSecretary request);

}
