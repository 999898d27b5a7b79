package fr.clocher.tenant.registry;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import fr.clocher.kernel.api.Slugs;
import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.api.platform.HostKind;
import fr.clocher.tenant.reference.ReferenceCommune;
import fr.clocher.tenant.reference.ReferenceData;
import fr.clocher.tenant.reference.ReferenceIntercommunality;
import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds local authorities to the platform from the official reference. Each call is one
 * transaction: an intercommunality and all its new member communes are recorded together
 * or not at all.
 */
@Service
public class TenantRegistry {

	/** How many members are written between two progress reports. */
	private static final int PROGRESS_STEP = 10;

	private final ReferenceData reference;

	private final SlugRule slugRule;

	private final TenantRepository tenants;

	private final PlatformProperties platform;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	TenantRegistry(ReferenceData reference, SlugRule slugRule, TenantRepository tenants, PlatformProperties platform,
			EntityManager entityManager, ApplicationEventPublisher events) {
		this.reference = reference;
		this.slugRule = slugRule;
		this.tenants = tenants;
		this.platform = platform;
		this.entityManager = entityManager;
		this.events = events;
	}

	/**
	 * Creates a commune from its INSEE code; {@code slug} may override the derived one.
	 */
	@Transactional
	public Tenant createCommune(String inseeCode, String slug) {
		ReferenceCommune commune = this.reference.commune(inseeCode)
			.orElseThrow(() -> RegistryProblems.unknownInseeCode("inseeCode", inseeCode));
		this.tenants.findByKindAndOfficialCode(TenantKind.COMMUNE, inseeCode).ifPresent((existing) -> {
			throw RegistryProblems.alreadyRegistered("inseeCode", existing);
		});
		String chosen = chooseSlug(slug, this.slugRule.forCommune(commune));
		Tenant tenant = register(communeTenant(commune, chosen), now());
		if (commune.intercommunalitySiren() != null) {
			this.tenants.findByKindAndOfficialCode(TenantKind.INTERCOMMUNALITY, commune.intercommunalitySiren())
				.ifPresent((epci) -> epci.addMember(tenant));
		}
		return tenant;
	}

	/**
	 * Onboards an intercommunality with all its member communes: those already on the
	 * platform are linked, the others created.
	 */
	@Transactional
	public Tenant onboardIntercommunality(String siren) {
		return onboardIntercommunality(siren, null);
	}

	/**
	 * Onboards an intercommunality as {@link #onboardIntercommunality(String)} does,
	 * telling {@code progress} how many member communes are recorded so far (the members
	 * are written as they go, so the count follows the real work; all of it still commits
	 * or rolls back together; {@code progress} may be null).
	 */
	@Transactional
	public Tenant onboardIntercommunality(String siren, IntConsumer progress) {
		ReferenceIntercommunality epci = intercommunalityToOnboard(siren);
		List<ReferenceCommune> members = epci.memberInseeCodes()
			.stream()
			.map((code) -> this.reference.commune(code)
				.orElseThrow(() -> RegistryProblems.unknownInseeCode("memberInseeCodes", code)))
			.toList();
		String slug = chooseSlug(null, this.slugRule.forIntercommunality(epci));
		Area area = Area.of(members);
		Tenant group = new Tenant(TenantKind.INTERCOMMUNALITY, siren, slug, epci.name(), area.department(),
				area.region(), epci.population(), now());
		return registerGroup(group, members, progress);
	}

	/**
	 * The intercommunality with this SIREN, if it can be onboarded: known to the
	 * reference and not on the platform yet.
	 */
	@Transactional(readOnly = true)
	public ReferenceIntercommunality intercommunalityToOnboard(String siren) {
		ReferenceIntercommunality epci = this.reference.intercommunality(siren)
			.orElseThrow(() -> RegistryProblems.unknownSiren(siren));
		this.tenants.findByKindAndOfficialCode(TenantKind.INTERCOMMUNALITY, siren).ifPresent((existing) -> {
			throw RegistryProblems.alreadyRegistered("siren", existing);
		});
		return epci;
	}

	/** Creates a syndicate by hand, with its member communes. */
	@Transactional
	public Tenant createSyndicate(String siren, String name, String slug, List<String> memberInseeCodes) {
		this.tenants.findByKindAndOfficialCode(TenantKind.SYNDICATE, siren).ifPresent((existing) -> {
			throw RegistryProblems.alreadyRegistered("siren", existing);
		});
		List<ReferenceCommune> members = new ArrayList<>();
		for (int i = 0; i < memberInseeCodes.size(); i++) {
			String code = memberInseeCodes.get(i);
			String field = "memberInseeCodes[" + i + "]";
			members.add(this.reference.commune(code).orElseThrow(() -> RegistryProblems.unknownInseeCode(field, code)));
		}
		String chosen = chooseSlug(slug, Slugs.TENANT.of(name));
		Area area = Area.of(members);
		int population = members.stream().mapToInt(ReferenceCommune::population).sum();
		Tenant group = new Tenant(TenantKind.SYNDICATE, siren, chosen, name.trim(), area.department(), area.region(),
				population, now());
		return registerGroup(group, members, null);
	}

	private Tenant registerGroup(Tenant group, List<ReferenceCommune> members, IntConsumer progress) {
		OffsetDateTime now = now();
		Set<String> codes = members.stream()
			.map(ReferenceCommune::inseeCode)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Map<String, Tenant> existing = this.tenants.findByKindAndOfficialCodeIn(TenantKind.COMMUNE, codes)
			.stream()
			.collect(Collectors.toMap(Tenant::getOfficialCode, Function.identity()));
		List<ReferenceCommune> missing = members.stream().filter((c) -> !existing.containsKey(c.inseeCode())).toList();
		Map<String, String> slugs = new HashMap<>();
		missing.forEach((commune) -> slugs.put(commune.inseeCode(), this.slugRule.forCommune(commune)));
		requireFree(slugs.values(), "memberInseeCodes");
		register(group, now);
		int done = 0;
		for (ReferenceCommune commune : members) {
			Tenant member = existing.containsKey(commune.inseeCode()) ? existing.get(commune.inseeCode())
					: register(communeTenant(commune, slugs.get(commune.inseeCode())), now);
			group.addMember(member);
			done++;
			if (progress != null && (done % PROGRESS_STEP == 0 || done == members.size())) {
				this.entityManager.flush();
				progress.accept(done);
			}
		}
		return group;
	}

	private Tenant register(Tenant tenant, OffsetDateTime now) {
		tenant.addHost(this.platform.hostFor(tenant.getSlug()), HostKind.PLATFORM, now);
		this.entityManager.persist(tenant);
		this.events.publishEvent(new TenantRegistered(tenant.getId(), tenant.getKind(), tenant.getSlug()));
		return tenant;
	}

	private String chooseSlug(String requested, String derived) {
		String slug = (requested == null || requested.isBlank()) ? derived : requested.trim();
		if (!Slugs.TENANT.isValid(slug)) {
			throw RegistryProblems.invalidSlug(slug);
		}
		requireFree(List.of(slug), "slug");
		return slug;
	}

	private void requireFree(Collection<String> slugs, String field) {
		if (slugs.isEmpty()) {
			return;
		}
		this.tenants.findBySlugIn(slugs).stream().findFirst().ifPresent((owner) -> {
			throw RegistryProblems.slugTaken(field, owner.getSlug(), owner.getName());
		});
	}

	private static Tenant communeTenant(ReferenceCommune commune, String slug) {
		return new Tenant(TenantKind.COMMUNE, commune.inseeCode(), slug, commune.name(), commune.department(),
				commune.region(), commune.population(), now());
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

	/** Where a group of communes mostly lies. */
	private record Area(String department, String region) {

		static Area of(List<ReferenceCommune> members) {
			return members.stream()
				.collect(Collectors.groupingBy((c) -> new Area(c.department(), c.region()), Collectors.counting()))
				.entrySet()
				.stream()
				.max(Map.Entry.<Area, Long>comparingByValue()
					.thenComparing(Map.Entry.comparingByKey(Comparator.comparing(Area::department).reversed())))
				.map(Map.Entry::getKey)
				.orElse(new Area(null, null));
		}

	}

}
