package fr.clocher.wastebilling.api;

import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.api.platform.PageOf;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The payers (households and professionals) of the tenant's member communes, and their
 * exemptions. Conventions in the {@linkplain fr.clocher.wastebilling.api package}.
 */
@HttpExchange(WasteBilling.API)
public interface PayersApi {

	/**
	 * The member communes a payer may live in.
	 * @param tenant the tenant's slug
	 * @return the communes, by name
	 */
	@GetExchange("/communes")
	List<MemberCommune> communes(@PathVariable("tenant") String tenant);

	/**
	 * Payers whose reference, name or address contains {@code q} (case and accents
	 * ignored), by name.
	 * @param tenant the tenant's slug
	 * @param q the text searched, all payers when blank
	 * @param page the page, from 0
	 * @param size its size, 1 to 200
	 * @return the page
	 */
	@GetExchange("/payers")
	PageOf<PayerSummary> payers(@PathVariable("tenant") String tenant,
			@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "50") int size);

	@GetExchange("/payers/{id}")
	Payer payer(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	/**
	 * Creates a payer. Refused with {@code invalid-request} (400, naming each field) and
	 * {@code reference-taken} (409).
	 * @param tenant the tenant's slug
	 * @param draft the payer
	 * @return the payer (201)
	 */
	@PostExchange("/payers")
	Payer createPayer(@PathVariable("tenant") String tenant, @RequestBody PayerDraft draft);

	@PutExchange("/payers/{id}")
	Payer updatePayer(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id,
			@RequestBody PayerDraft draft);

	@GetExchange("/payers/{id}/exemptions")
	List<Exemption> exemptions(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id);

	@PostExchange("/payers/{id}/exemptions")
	Exemption addExemption(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id,
			@RequestBody ExemptionDraft draft);

	@DeleteExchange("/payers/{id}/exemptions/{exemption}")
	void removeExemption(@PathVariable("tenant") String tenant, @PathVariable("id") UUID id,
			@PathVariable("exemption") UUID exemption);

}
