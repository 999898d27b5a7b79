package fr.clocher.kubernetes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the part of
 * Kustomize these manifests use: {@code resources} (files and directories),
 * {@code namespace}, {@code labels}, {@code images}, and {@code patches} either as JSON
 * 6902 operations (with a {@code target}) or as patches by kind and name that touch no
 * list. Anything else in a kustomization, or a list in such a patch (where Kustomize
 * would merge lists by key), is refused, so that this rendering never silently differs
 * from Kustomize's.
 */
final class Kustomization {

	static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

	private static final Set<String> KNOWN = Set.of("apiVersion", "kind", "resources", "namespace", "labels", "images",
			"patches");

	private Kustomization() {
	}

	static List<ObjectNode> render(Path directory) throws IOException {
		JsonNode kustomization = YAML.readTree(directory.resolve("kustomization.yaml").toFile());
		kustomization.fieldNames().forEachRemaining((field) -> {
			if (!KNOWN.contains(field)) {
				throw new IllegalStateException(directory + "/kustomization.yaml: '" + field
						+ "' is not rendered here; render with kubectl kustomize or extend Kustomization");
			}
		});
		List<ObjectNode> objects = new ArrayList<>();
		for (JsonNode resource : kustomization.path("resources")) {
			Path path = directory.resolve(resource.asText()).normalize();
			objects.addAll(Files.isDirectory(path) ? render(path) : read(path));
		}
		for (JsonNode patch : kustomization.path("patches")) {
			Path path = directory.resolve(patch.path("path").asText());
			JsonNode content = YAML.readTree(path.toFile());
			if (content.isArray()) {
				ObjectNode target = find(objects, patch.path("target").path("kind").asText(),
						patch.path("target").path("name").asText(), path);
				JsonPatch.apply(target, (ArrayNode) content, path);
			}
			else {
				for (ObjectNode part : read(path)) {
					ObjectNode target = find(objects, part.path("kind").asText(),
							part.path("metadata").path("name").asText(), path);
					mergeWithoutLists(target, part, path);
				}
			}
		}
		for (JsonNode pairs : kustomization.path("labels")) {
			for (Map.Entry<String, JsonNode> pair : pairs.path("pairs").properties()) {
				objects.forEach((object) -> metadata(object).withObjectProperty("labels")
					.put(pair.getKey(), pair.getValue().asText()));
			}
		}
		if (kustomization.has("namespace")) {
			objects.forEach((object) -> metadata(object).put("namespace", kustomization.get("namespace").asText()));
		}
		for (JsonNode image : kustomization.path("images")) {
			objects.forEach((object) -> retag(object, image));
		}
		return objects;
	}

	static List<ObjectNode> read(Path file) throws IOException {
		List<ObjectNode> documents = new ArrayList<>();
		try (var parser = YAML.createParser(file.toFile())) {
			Iterator<ObjectNode> values = YAML.readValues(parser, ObjectNode.class);
			values.forEachRemaining((document) -> {
				if (document != null && !document.isEmpty()) {
					documents.add(document);
				}
			});
		}
		return documents;
	}

	private static ObjectNode metadata(ObjectNode object) {
		return object.withObjectProperty("metadata");
	}

	private static ObjectNode find(List<ObjectNode> objects, String kind, String name, Path patch) {
		return objects.stream()
			.filter((object) -> object.path("kind").asText().equals(kind)
					&& object.path("metadata").path("name").asText().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(patch + ": no " + kind + " named '" + name + "' to patch"));
	}

	private static void mergeWithoutLists(ObjectNode target, ObjectNode patch, Path file) {
		for (Map.Entry<String, JsonNode> field : patch.properties()) {
			JsonNode value = field.getValue();
			if (value.isArray()) {
				throw new IllegalStateException(file + ": '" + field.getKey()
						+ "' is a list, which Kustomize merges by key: patch it with JSON 6902 operations");
			}
			if (value.isObject() && target.get(field.getKey()) instanceof ObjectNode existing) {
				mergeWithoutLists(existing, (ObjectNode) value, file);
			}
			else {
				target.set(field.getKey(), value);
			}
		}
	}

	private static void retag(ObjectNode object, JsonNode image) {
		for (JsonNode container : object.path("spec").path("template").path("spec").path("containers")) {
			String current = container.path("image").asText();
			int colon = current.lastIndexOf(':');
			String name = (colon < 0) ? current : current.substring(0, colon);
			if (name.equals(image.path("name").asText())) {
				String newName = image.has("newName") ? image.get("newName").asText() : name;
				String tag = image.has("newTag") ? image.get("newTag").asText() : current.substring(colon + 1);
				((ObjectNode) container).put("image", newName + ":" + tag);
			}
		}
	}

}
