package fr.clocher.portal.operator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Stream;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.ModuleDescriptor;
import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.api.platform.ModuleCount;
import fr.clocher.kernel.api.platform.ModuleMatrix;
import fr.clocher.kernel.api.platform.NewCommune;
import fr.clocher.kernel.api.platform.NewHost;
import fr.clocher.kernel.api.platform.NewIntercommunality;
import fr.clocher.kernel.api.platform.NewSecretary;
import fr.clocher.kernel.api.platform.NewSyndicate;
import fr.clocher.kernel.api.platform.OnboardingJob;
import fr.clocher.kernel.api.platform.PageOf;
import fr.clocher.kernel.api.platform.PlatformApi;
import fr.clocher.kernel.api.platform.PlatformActivity;
import fr.clocher.kernel.api.platform.PlatformHealth;
import fr.clocher.kernel.api.platform.ReferenceCommuneMatch;
import fr.clocher.kernel.api.platform.ReferenceIntercommunalityMatch;
import fr.clocher.kernel.api.platform.TenantDetails;
import fr.clocher.kernel.api.platform.TenantRow;
import fr.clocher.kernel.api.platform.TenantSort;
import fr.clocher.kernel.api.platform.TenantStatus;
import fr.clocher.kernel.api.platform.TenantSummary;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.HttpClientErrorException;

/**
 * The operator API in memory, for view tests: a few tenants of the CA du Sicoval, the
 * reference, onboarding jobs the test moves forward, and every call recorded.
 */
public class FakePlatformApi implements PlatformApi {

	/** Every call, as {@code method(arguments)}. */
	public final List<String> calls = new CopyOnWriteArrayList<>();

	public final List<TenantRow> tenants = new ArrayList<>();

	public final List<ReferenceCommuneMatch> communes = new ArrayList<>();

	public final List<ReferenceIntercommunalityMatch> intercommunalities = new ArrayList<>();

	/** What the next call that may fail does instead (null: succeed). */
	public Supplier<RuntimeException> failure;

	public OnboardingJob job;

	public PlatformHealth health;

	public PlatformActivity activity;

	public FakePlatformApi() {
		reset();
	}

	public final void reset() {
		this.calls.clear();
		this.failure = null;
		this.job = null;
		this.health = null;
		this.activity = null;
		this.tenants.clear();
		this.tenants.add(row("CA du Sicoval", TenantKind.INTERCOMMUNALITY, "243100633", 80_000, TenantStatus.ACTIVE,
				null, List.of(), 36));
		this.tenants.add(row("Castanet-Tolosan", TenantKind.COMMUNE, "31113", 14_000, TenantStatus.ACTIVE,
				Instant.parse("2026-03-02T09:30:00Z"), List.of("notes"), 0));
		this.tenants
			.add(row("Auzielle", TenantKind.COMMUNE, "31035", 1_500, TenantStatus.SUSPENDED, null, List.of(), 0));
		this.tenants.add(row("Labège", TenantKind.COMMUNE, "31254", 4_000, TenantStatus.ACTIVE, null, List.of(), 0));
		this.communes.clear();
		this.communes.add(new ReferenceCommuneMatch("31113", "Castanet-Tolosan", "31", List.of("31320"), 14_000,
				"CA du Sicoval", true));
		this.communes.add(new ReferenceCommuneMatch("31506", "Saint-Orens-de-Gameville", "31", List.of("31650"), 12_000,
				"Toulouse Métropole", false));
		this.intercommunalities.clear();
		this.intercommunalities
			.add(new ReferenceIntercommunalityMatch("243100633", "CA du Sicoval", "CA", 80_000, 36, true));
		this.intercommunalities
			.add(new ReferenceIntercommunalityMatch("244000659", "CC du Seignanx", "CC", 29_658, 8, false));
	}

	/** A problem detail as tenant-service answers it. */
	public static HttpClientErrorException problem(HttpStatus status, String detail, String field, String reason) {
		String errors = (field != null) ? ",\"field\":\"" + field + "\",\"errors\":[{\"field\":\"" + field
				+ "\",\"reason\":\"" + reason + "\"}]" : "";
		String body = "{\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"" + errors + "}";
		return HttpClientErrorException.create(status, status.getReasonPhrase(), HttpHeaders.EMPTY,
				body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
	}

	private void maybeFail() {
		if (this.failure != null) {
			throw this.failure.get();
		}
	}

	@Override
	public PageOf<TenantRow> tenants(String name, TenantKind kind, TenantStatus status, String department,
			String intercommunality, String module, TenantSort sort, Boolean descending, int page, int size) {
		this.calls.add("tenants(%s,%s,%s,%s,%s,%s,%s,%s,%d,%d)".formatted(name, kind, status, department,
				intercommunality, module, sort, descending, page, size));
		maybeFail();
		Stream<TenantRow> matching = this.tenants.stream()
			.filter((t) -> name == null || t.name().toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT)))
			.filter((t) -> kind == null || t.kind() == kind)
			.filter((t) -> status == null || t.status() == status)
			.filter((t) -> module == null || t.modulesOn().contains(module))
			.filter((t) -> intercommunality == null || t.kind() == TenantKind.COMMUNE);
		Comparator<TenantRow> order = (sort == TenantSort.POPULATION) ? Comparator.comparing(TenantRow::population)
				: Comparator.comparing(TenantRow::name);
		List<TenantRow> all = matching.sorted(Boolean.TRUE.equals(descending) ? order.reversed() : order).toList();
		List<TenantRow> items = all.stream().skip((long) page * size).limit(size).toList();
		return PageOf.of(items, page, size, all.size());
	}

	@Override
	public TenantDetails suspend(String tenant) {
		this.calls.add("suspend(" + tenant + ")");
		maybeFail();
		return details(changeStatus(tenant, TenantStatus.SUSPENDED));
	}

	@Override
	public TenantDetails resume(String tenant) {
		this.calls.add("resume(" + tenant + ")");
		maybeFail();
		return details(changeStatus(tenant, TenantStatus.ACTIVE));
	}

	@Override
	public List<ReferenceCommuneMatch> communes(String query, int limit) {
		this.calls.add("communes(" + query + ")");
		return this.communes.stream()
			.filter((c) -> c.name().toLowerCase(Locale.ROOT).startsWith(query.toLowerCase(Locale.ROOT))
					|| c.postalCodes().stream().anyMatch((p) -> p.startsWith(query)))
			.limit(limit)
			.toList();
	}

	@Override
	public List<ReferenceIntercommunalityMatch> intercommunalities(String query, int limit) {
		this.calls.add("intercommunalities(" + query + ")");
		return this.intercommunalities.stream()
			.filter((c) -> c.name().toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT)))
			.limit(limit)
			.toList();
	}

	@Override
	public ResponseEntity<TenantDetails> createCommune(NewCommune request) {
		this.calls.add("createCommune(" + request.inseeCode() + "," + request.secretaryEmail() + ")");
		maybeFail();
		ReferenceCommuneMatch match = this.communes.stream()
			.filter((c) -> c.inseeCode().equals(request.inseeCode()))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(details(row(match.name(), TenantKind.COMMUNE, match.inseeCode(), match.population(),
					TenantStatus.ACTIVE, null, List.of(), 0)));
	}

	@Override
	public ResponseEntity<OnboardingJob> startOnboarding(NewIntercommunality request) {
		this.calls.add("startOnboarding(" + request.siren() + "," + request.secretaryEmail() + ")");
		maybeFail();
		ReferenceIntercommunalityMatch epci = this.intercommunalities.stream()
			.filter((e) -> e.siren().equals(request.siren()))
			.findFirst()
			.orElseThrow();
		this.job = new OnboardingJob(UUID.randomUUID(), epci.siren(), epci.name(), OnboardingJob.State.RUNNING, 0,
				epci.memberCount(), null, null);
		return ResponseEntity.accepted().body(this.job);
	}

	/** Moves the job forward, as the background work would. */
	public void progress(int done, OnboardingJob.State state, LocalizedText error) {
		this.job = new OnboardingJob(this.job.id(), this.job.siren(), this.job.name(), state, done, this.job.total(),
				(state == OnboardingJob.State.DONE) ? "cc-du-seignanx" : null, error);
	}

	@Override
	public OnboardingJob onboardingJob(UUID id) {
		this.calls.add("onboardingJob(" + id + ")");
		return this.job;
	}

	@Override
	public List<ModuleDescriptor> catalog() {
		return List.of(module("notes", "Notes", "Notes", false), module("website", "Site internet", "Website", true));
	}

	@Override
	public ModuleMatrix matrix(String intercommunality, String department, int page, int size) {
		this.calls.add("matrix(%s,%s,%d,%d)".formatted(intercommunality, department, page, size));
		maybeFail();
		PageOf<TenantRow> rows = tenants(null, TenantKind.COMMUNE, null, department, intercommunality, null, null, null,
				page, size);
		return new ModuleMatrix(List.of(new ModuleCount("notes", LocalizedText.of("Notes", "Notes"), 1, 3),
				new ModuleCount("website", LocalizedText.of("Site internet", "Website"), 3, 3)), rows);
	}

	@Override
	public PlatformHealth health() {
		this.calls.add("health()");
		maybeFail();
		return this.health;
	}

	@Override
	public PlatformActivity activity() {
		this.calls.add("activity()");
		maybeFail();
		return this.activity;
	}

	@Override
	public TenantDetails tenant(String tenant) {
		throw new UnsupportedOperationException();
	}

	@Override
	public PageOf<TenantRow> members(String tenant, int page, int size) {
		throw new UnsupportedOperationException();
	}

	@Override
	public ResponseEntity<TenantDetails> onboardIntercommunality(NewIntercommunality request) {
		throw new UnsupportedOperationException();
	}

	@Override
	public ResponseEntity<TenantDetails> createSyndicate(NewSyndicate request) {
		throw new UnsupportedOperationException();
	}

	@Override
	public TenantDetails addHost(String tenant, NewHost request) {
		throw new UnsupportedOperationException();
	}

	@Override
	public TenantDetails removeHost(String tenant, String host) {
		throw new UnsupportedOperationException();
	}

	@Override
	public ResponseEntity<TenantDetails> addSecretary(String tenant, NewSecretary request) {
		throw new UnsupportedOperationException();
	}

	private TenantRow changeStatus(String slug, TenantStatus status) {
		for (int i = 0; i < this.tenants.size(); i++) {
			TenantRow t = this.tenants.get(i);
			if (t.slug().equals(slug)) {
				TenantRow changed = new TenantRow(t.id(), t.kind(), t.officialCode(), t.slug(), t.name(),
						t.department(), t.region(), t.population(), status, t.lastActivityAt(), t.modulesOn(),
						t.memberCount());
				this.tenants.set(i, changed);
				return changed;
			}
		}
		throw problem(HttpStatus.NOT_FOUND, "Aucune collectivité « " + slug + " ».", "tenant", "inconnue");
	}

	private static TenantRow row(String name, TenantKind kind, String code, int population, TenantStatus status,
			Instant lastActivity, List<String> modules, int members) {
		String slug = name.toLowerCase(Locale.ROOT).replace('è', 'e').replace(' ', '-');
		return new TenantRow(UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8)), kind, code, slug, name,
				"31", "76", population, status, lastActivity, modules, members);
	}

	private static TenantDetails details(TenantRow t) {
		return new TenantDetails(new TenantSummary(t.id(), t.kind(), t.officialCode(), t.slug(), t.name(),
				t.department(), t.region(), t.population(), t.status()), List.of(), List.of(), List.of(), null, null,
				null);
	}

	private static ModuleDescriptor module(String key, String fr, String en, boolean byDefault) {
		return new ModuleDescriptor(key, LocalizedText.of(fr, en), LocalizedText.of(fr, en), List.of(), List.of(),
				EnumSet.of(TenantKind.COMMUNE), byDefault);
	}

	/** The fake as the only {@link PlatformApi} of a test's application context. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		FakePlatformApi fakePlatformApi() {
			return new FakePlatformApi();
		}

	}

}
