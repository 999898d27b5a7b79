package fr.clocher.kubernetes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The base and the production overlay, rendered without a cluster, hold only fields the
 * Kubernetes API knows, and give each service what running it needs: probes on its
 * management port's health groups, resources, an autoscaler, a Service; secrets come from
 * Secrets that are not committed; portal-ui's sessions are sticky; PostgreSQL is
 * external; Keycloak runs clustered through its operator.
 */
class KubernetesManifestsTests {

	private static final Path ROOT = Path.of(System.getProperty("user.dir"));

	private static final List<String> SERVICES = List.of("gateway", "tenant-service", "portal-ui");

	private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN|_KEY)$");

	private static final Set<String> KEYCLOAK_SPEC = Set.of("instances", "image", "db", "http", "hostname", "proxy",
			"ingress", "additionalOptions", "resources");

	@ParameterizedTest
	@ValueSource(strings = { "base", "overlays/production" })
	void everyManifestHoldsOnlyFieldsKubernetesKnows(String directory) throws IOException {
		List<ObjectNode> rendered = Kustomization.render(ROOT.resolve(directory));

		assertThat(rendered).hasSizeGreaterThan(10);
		for (ObjectNode manifest : rendered) {
			if (TypedManifests.isTyped(manifest)) {
				TypedManifests.read(manifest);
			}
			else {
				assertThat(manifest.path("kind").asText()).as("a kind without a typed model").isEqualTo("Keycloak");
				assertThat(Set.copyOf(fieldNames(manifest.path("spec")))).isSubsetOf(KEYCLOAK_SPEC);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "base", "overlays/production" })
	void eachServiceHasProbesResourcesAnAutoscalerAndAService(String directory) throws IOException {
		List<HasMetadata> objects = typed(directory);
		for (String service : SERVICES) {
			Deployment deployment = one(objects, Deployment.class, service);
			Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
			ContainerPort management = container.getPorts()
				.stream()
				.filter((port) -> port.getName().equals("management"))
				.findFirst()
				.orElseThrow();
			assertThat(env(container, "MANAGEMENT_SERVER_PORT")).as(service)
				.isEqualTo(String.valueOf(management.getContainerPort()));
			assertProbe(container.getLivenessProbe(), "/actuator/health/liveness");
			assertProbe(container.getReadinessProbe(), "/actuator/health/readiness");
			assertProbe(container.getStartupProbe(), "/actuator/health/liveness");
			assertThat(container.getResources().getRequests()).as(service).containsKeys("cpu", "memory");
			assertThat(container.getResources().getLimits()).as(service).containsKey("memory");

			HorizontalPodAutoscaler autoscaler = one(objects, HorizontalPodAutoscaler.class, service);
			assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(service);
			assertThat(autoscaler.getSpec().getMinReplicas()).as(service).isGreaterThanOrEqualTo(2);
			assertThat(autoscaler.getSpec().getMaxReplicas()).isGreaterThan(autoscaler.getSpec().getMinReplicas());
			assertThat(autoscaler.getSpec().getMetrics()).isNotEmpty();

			Service ports = one(objects, Service.class, service);
			assertThat(ports.getSpec().getSelector())
				.containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
			assertThat(ports.getSpec().getPorts()).extracting((port) -> port.getName()).contains("http");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "base", "overlays/production" })
	void secretsComeFromSecretsThatAreNotCommitted(String directory) throws IOException {
		List<HasMetadata> objects = typed(directory);
		assertThat(Kustomization.render(ROOT.resolve(directory)))
			.noneMatch((m) -> m.path("kind").asText().equals("Secret"));
		for (Deployment deployment : all(objects, Deployment.class)) {
			for (EnvVar variable : deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()) {
				if (SECRET_NAME.matcher(variable.getName()).matches()) {
					assertThat(variable.getValue()).as(variable.getName() + " holds no value").isNull();
					assertThat(variable.getValueFrom().getSecretKeyRef().getName()).isEqualTo("clocher-secrets");
				}
			}
		}
		all(objects, ConfigMap.class).forEach(
				(config) -> assertThat(config.getData().keySet()).noneMatch((k) -> SECRET_NAME.matcher(k).matches()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "base", "overlays/production" })
	void residentsReachTheGatewayOnlyAndPortalSessionsAreSticky(String directory) throws IOException {
		List<HasMetadata> objects = typed(directory);
		Ingress ingress = one(objects, Ingress.class, "clocher");
		ingress.getSpec().getRules().forEach((rule) -> rule.getHttp().getPaths().forEach((path) -> {
			assertThat(path.getBackend().getService().getName()).isEqualTo("gateway");
			assertThat(path.getBackend().getService().getPort().getName()).isEqualTo("http");
		}));
		assertThat(ingress.getMetadata().getAnnotations()).containsEntry("nginx.ingress.kubernetes.io/affinity",
				"cookie");
		assertThat(one(objects, Service.class, "portal-ui").getSpec().getSessionAffinity()).isEqualTo("ClientIP");
		Service postgres = one(objects, Service.class, "postgres");
		assertThat(postgres.getSpec().getType()).isEqualTo("ExternalName");
		assertThat(postgres.getSpec().getExternalName()).isNotBlank();
	}

	@Test
	void keycloakRunsClusteredOnTheExternalDatabase() throws IOException {
		JsonNode keycloak = Kustomization.render(ROOT.resolve("overlays/production"))
			.stream()
			.filter((m) -> m.path("kind").asText().equals("Keycloak"))
			.findFirst()
			.orElseThrow()
			.path("spec");
		assertThat(keycloak.path("instances").asInt()).isGreaterThanOrEqualTo(2);
		assertThat(keycloak.path("db").path("vendor").asText()).isEqualTo("postgres");
		assertThat(keycloak.path("db").path("host").asText()).isEqualTo("postgres");
		assertThat(keycloak.path("db").path("passwordSecret").path("name").asText()).isEqualTo("keycloak-db");
		assertThat(keycloak.path("hostname").path("hostname").asText())
			.isEqualTo("https://communes.metropole.example/auth");
	}

	@Test
	void theOverlayPutsEverythingInItsNamespaceWithItsImagesHostsAndDatabase() throws IOException {
		List<HasMetadata> objects = typed("overlays/production");
		assertThat(objects).allMatch((object) -> "clocher".equals(object.getMetadata().getNamespace()));
		assertThat(one(objects, Deployment.class, "gateway").getSpec()
			.getTemplate()
			.getSpec()
			.getContainers()
			.get(0)
			.getImage()).isEqualTo("registry.metropole.example/clocher/gateway:0.1.0");
		assertThat(one(objects, Ingress.class, "clocher").getSpec().getRules()).extracting((rule) -> rule.getHost())
			.containsExactly("communes.metropole.example", "*.communes.metropole.example");
		assertThat(one(objects, Service.class, "postgres").getSpec().getExternalName())
			.isEqualTo("pg-clocher.db.metropole.example");
		assertThat(one(objects, ConfigMap.class, "clocher-config").getData())
			.containsEntry("CLOCHER_PLATFORM_DOMAIN", "communes.metropole.example")
			.containsEntry("CLOCHER_LOG_FORMAT", "ecs");
	}

	@Test
	void aMisspeltFieldIsRefused() throws IOException {
		ObjectNode deployment = Kustomization.render(ROOT.resolve("base"))
			.stream()
			.filter((m) -> m.path("kind").asText().equals("Deployment"))
			.findFirst()
			.orElseThrow();
		ObjectNode container = (ObjectNode) deployment.path("spec")
			.path("template")
			.path("spec")
			.path("containers")
			.get(0);
		container.set("readinesProbe", container.get("readinessProbe"));

		assertThatIllegalStateException().isThrownBy(() -> TypedManifests.read(deployment))
			.withMessageContaining("readinesProbe");
	}

	private static void assertProbe(Probe probe, String path) {
		assertThat(probe).isNotNull();
		assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
		assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("management");
	}

	private static String env(Container container, String name) {
		return container.getEnv()
			.stream()
			.filter((variable) -> variable.getName().equals(name))
			.map(EnvVar::getValue)
			.findFirst()
			.orElse(null);
	}

	private static List<HasMetadata> typed(String directory) throws IOException {
		return Kustomization.render(ROOT.resolve(directory))
			.stream()
			.filter(TypedManifests::isTyped)
			.map(TypedManifests::read)
			.toList();
	}

	private static <T extends HasMetadata> List<T> all(List<HasMetadata> objects, Class<T> type) {
		return objects.stream().filter(type::isInstance).map(type::cast).toList();
	}

	private static <T extends HasMetadata> T one(List<HasMetadata> objects, Class<T> type, String name) {
		return all(objects, type).stream()
			.filter((object) -> object.getMetadata().getName().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " named " + name));
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}

}
