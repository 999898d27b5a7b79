package fr.clocher.kubernetes;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Reads a rendered manifest into the typed Kubernetes model (fabric8), refusing any field
 * the model does not have: a misspelt {@code readinesProbe} or a field at the wrong level
 * fails, where the API server would drop it or reject it. The model keeps unknown fields
 * in each object's {@code additionalProperties} instead of failing, so every object read
 * is walked and each such map must be empty.
 */
final class TypedManifests {

	private static final ObjectMapper MAPPER = new ObjectMapper()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of("v1/ConfigMap", ConfigMap.class,
			"v1/Service", Service.class, "apps/v1/Deployment", Deployment.class,
			"autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class, "policy/v1/PodDisruptionBudget",
			PodDisruptionBudget.class, "networking.k8s.io/v1/Ingress", Ingress.class);

	private TypedManifests() {
	}

	/** Whether the model knows this kind (custom resources are checked by hand). */
	static boolean isTyped(JsonNode manifest) {
		return KINDS.containsKey(key(manifest));
	}

	static HasMetadata read(JsonNode manifest) {
		Class<? extends HasMetadata> type = KINDS.get(key(manifest));
		if (type == null) {
			throw new IllegalArgumentException("No typed model for " + key(manifest));
		}
		try {
			HasMetadata object = MAPPER.treeToValue(manifest, type);
			refuseUnknownFields(object, key(manifest) + " " + object.getMetadata().getName());
			return object;
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(key(manifest) + ": " + ex.getOriginalMessage(), ex);
		}
	}

	private static String key(JsonNode manifest) {
		return manifest.path("apiVersion").asText() + "/" + manifest.path("kind").asText();
	}

	private static void refuseUnknownFields(Object value, String where) {
		if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				refuseUnknownFields(list.get(i), where + "[" + i + "]");
			}
			return;
		}
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, item) -> refuseUnknownFields(item, where + "." + key));
			return;
		}
		if (value == null || !value.getClass().getPackageName().startsWith("io.fabric8")) {
			return;
		}
		for (Method getter : value.getClass().getMethods()) {
			if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
					|| !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
				continue;
			}
			Object field = invoke(getter, value);
			if (getter.getName().equals("getAdditionalProperties")) {
				if (field instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
					throw new IllegalStateException(where + ": unknown field(s) " + unknown.keySet());
				}
			}
			else {
				refuseUnknownFields(field, where + "." + property(getter));
			}
		}
	}

	private static Object invoke(Method getter, Object target) {
		try {
			return getter.invoke(target);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException(getter.toString(), ex);
		}
	}

	private static String property(Method getter) {
		String name = getter.getName().substring(3);
		return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

}
