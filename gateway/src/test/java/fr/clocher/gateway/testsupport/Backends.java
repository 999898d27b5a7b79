package fr.clocher.gateway.testsupport;

import java.util.List;
import java.util.function.Function;

import fr.clocher.gateway.testsupport.RecordingBackend.Answer;
import fr.clocher.gateway.testsupport.RecordingBackend.Received;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.DynamicPropertyRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three backends of the gateway as {@link RecordingBackend}s: tenant-service,
 * portal-ui and Keycloak. A test class registers them as a static extension, which
 * forgets what they received before each test and stops them after the last, and points
 * the gateway at them from its {@code @DynamicPropertySource}.
 */
public final class Backends implements BeforeEachCallback, AfterAllCallback {

	private final RecordingBackend tenantService;

	private final RecordingBackend portalUi;

	private final RecordingBackend keycloak;

	private Backends(RecordingBackend tenantService, RecordingBackend portalUi, RecordingBackend keycloak) {
		this.tenantService = tenantService;
		this.portalUi = portalUi;
		this.keycloak = keycloak;
	}

	/**
	 * Starts the three backends, each answering 200 and "{name} saw {uri}".
	 * @return the backends
	 */
	public static Backends start() {
		return new Backends(RecordingBackend.start("tenant-service"), RecordingBackend.start("portal-ui"),
				RecordingBackend.start("keycloak"));
	}

	/**
	 * Starts the three backends, tenant-service and Keycloak answering as told.
	 * @param tenantService what tenant-service answers
	 * @param keycloak what Keycloak answers
	 * @return the backends
	 */
	public static Backends start(Function<Received, Answer> tenantService, Function<Received, Answer> keycloak) {
		return new Backends(RecordingBackend.start("tenant-service", tenantService),
				RecordingBackend.start("portal-ui"), RecordingBackend.start("keycloak", keycloak));
	}

	public RecordingBackend tenantService() {
		return this.tenantService;
	}

	public RecordingBackend portalUi() {
		return this.portalUi;
	}

	public RecordingBackend keycloak() {
		return this.keycloak;
	}

	/**
	 * Points the gateway's routes at these backends.
	 * @param registry the registry of the test's {@code @DynamicPropertySource}
	 */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("clocher.gateway.tenant-service-url", this.tenantService::url);
		registry.add("clocher.gateway.portal-ui-url", this.portalUi::url);
		registry.add("clocher.gateway.keycloak-url", this.keycloak::url);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		all().forEach(RecordingBackend::forget);
	}

	public void assertNothingReceived() {
		all().forEach((backend) -> assertThat(backend.receivedNothing()).as("%s received nothing", backend).isTrue());
	}

	@Override
	public void afterAll(ExtensionContext context) {
		all().forEach(RecordingBackend::stop);
	}

	private List<RecordingBackend> all() {
		return List.of(this.tenantService, this.portalUi, this.keycloak);
	}

}
