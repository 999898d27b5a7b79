package fr.clocher.kernel.api.workspace;

import java.util.List;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * A tenant's workspace, for its secretaries (and operators). {@code tenant} is the slug.
 */
@HttpExchange("/api/tenants/{tenant}")
public interface WorkspaceApi {

	@GetExchange
	TenantProfile profile(@PathVariable("tenant") String tenant);

	@GetExchange("/modules")
	List<ModuleStatus> modules(@PathVariable("tenant") String tenant);

	@PutExchange("/modules/{key}")
	ModuleStatus switchModule(@PathVariable("tenant") String tenant, @PathVariable("key") String key,
			@RequestBody ModuleSwitch change);

	@GetExchange("/changes")
	List<ChangeEntry> changes(@PathVariable("tenant") String tenant, @RequestParam("limit") int limit);

}
