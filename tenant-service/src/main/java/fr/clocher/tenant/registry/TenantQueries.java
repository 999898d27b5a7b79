package fr.clocher.tenant.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.clocher.kernel.api.Slugs;
import fr.clocher.kernel.api.TenantKind;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds tenants: one by its id or slug, or a page of them by name prefix and filters.
 */
@Service
@Transactional(readOnly = true)
public class TenantQueries {

	private final TenantRepository tenants;

	TenantQueries(TenantRepository tenants) {
		this.tenants = tenants;
	}

	/** The tenant with this id or slug. */
	public Tenant get(String reference) {
		return find(reference).orElseThrow(() -> RegistryProblems.unknownTenant(reference));
	}

	public Optional<Tenant> find(String reference) {
		if (reference == null) {
			return Optional.empty();
		}
		try {
			return this.tenants.findById(UUID.fromString(reference));
		}
		catch (IllegalArgumentException notAnId) {
			return this.tenants.findBySlug(reference.toLowerCase(Locale.ROOT));
		}
	}

	/** Which of these official codes are registered as tenants of this kind. */
	public Set<String> registeredCodes(TenantKind kind, Collection<String> officialCodes) {
		if (officialCodes.isEmpty()) {
			return Set.of();
		}
		return this.tenants.findByKindAndOfficialCodeIn(kind, officialCodes)
			.stream()
			.map(Tenant::getOfficialCode)
			.collect(Collectors.toSet());
	}

	public Page<Tenant> search(TenantSearch search, int page, int size) {
		Specification<Tenant> matching = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (search.name() != null && !search.name().isBlank()) {
				where.add(cb.like(root.get("searchName"), escape(Slugs.searchKey(search.name())) + "%", '\\'));
			}
			if (search.kind() != null) {
				where.add(cb.equal(root.get("kind"), search.kind()));
			}
			if (search.department() != null && !search.department().isBlank()) {
				where.add(cb.equal(root.get("department"), search.department().trim().toUpperCase(Locale.ROOT)));
			}
			if (search.status() != null) {
				where.add(cb.equal(root.get("status"), search.status()));
			}
			if (search.intercommunality() != null && !search.intercommunality().isBlank()) {
				UUID group = get(search.intercommunality()).getId();
				where.add(cb.equal(root.join("groups").get("id"), group));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		return this.tenants.findAll(matching,
				PageRequest.of(page, size, Sort.by("searchName").ascending().and(Sort.by("officialCode"))));
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
