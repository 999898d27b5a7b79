package fr.clocher.kernel.api.platform;

import java.util.List;

import fr.clocher.kernel.api.ModuleDescriptor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The installed modules and which tenants have them on.
 */
@HttpExchange("/api/platform")
public interface PlatformModuleApi {

	/** Every installed module, with its settings and the kinds of tenant it is for. */
	@GetExchange("/modules")
	List<ModuleDescriptor> catalog();

	/**
	 * Tenants × modules with per-module counts, for the members of an intercommunality or
	 * the tenants of a department (both null: every tenant).
	 */
	@GetExchange("/modules/matrix")
	ModuleMatrix matrix(@RequestParam(name = "intercommunality", required = false) String intercommunality,
			@RequestParam(name = "department", required = false) String department,
			@RequestParam(name = "page", defaultValue = "0") @Min(0) int page,
			@RequestParam(name = "size", defaultValue = "50") @Min(1) @Max(200) int size);

}
