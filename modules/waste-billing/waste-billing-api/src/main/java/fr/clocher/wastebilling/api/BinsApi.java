package fr.clocher.wastebilling.api;

import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.api.platform.PageOf;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The bins, who holds them when, and the lost or stolen ones. Conventions in the
 * {@linkplain fr.clocher.wastebilling.api package}.
 */
@HttpExchange(WasteBilling.API)
public interface BinsApi {

	/**
	 * Bins whose tag starts with {@code q} (all when blank), by tag.
	 * @param tenant the tenant's slug
	 * @param q the tag's beginning
	 * @param page the page, from 0
	 * @param size its size, 1 to 200
	 * @return the page
	 */
	@GetExchange("/bins")
	PageOf<Bin> bins(@PathVariable("tenant") String tenant, @RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "50") int size);

	@GetExchange("/bins/{id}")
	Bin bin(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Creates a bin. Refused with {@code invalid-request} (400) and {@code tag-taken}
	 * (409, naming the bin that has it).
	 * @param tenant the tenant's slug
	 * @param draft the bin
	 * @return the bin (201)
	 */
	@PostExchange("/bins")
	Bin createBin(@PathVariable("tenant") String tenant, @RequestBody BinDraft draft);

	@PutExchange("/bins/{id}")
	Bin updateBin(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id, @RequestBody BinDraft draft);

	/**
	 * Gives the bin to a payer over a range of dates. Refused with
	 * {@code assignment-overlap} (409) when the range meets another assignment of the bin
	 * that cannot be ended the day before.
	 * @param tenant the tenant's slug
	 * @param id the bin
	 * @param draft the payer and the dates
	 * @return the bin
	 */
	@PostExchange("/bins/{id}/assignments")
	Bin assign(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id, @RequestBody AssignmentDraft draft);

	/**
	 * Refuses the bin's lifts from a date (lost, stolen); its open assignment ends the
	 * day before.
	 * @param tenant the tenant's slug
	 * @param id the bin
	 * @param blacklisting the date and the reason
	 * @return the bin
	 */
	@PostExchange("/bins/{id}/blacklist")
	Bin blacklist(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id,
			@RequestBody Blacklisting blacklisting);

	/**
	 * The assignments of a payer's bins, oldest first.
	 * @param tenant the tenant's slug
	 * @param payer the payer
	 * @return the assignments
	 */
	@GetExchange("/payers/{payer}/bins")
	List<BinAssignment> binsOfPayer(@PathVariable("tenant") String tenant, @PathVariable("payer") UUID payer);

}
