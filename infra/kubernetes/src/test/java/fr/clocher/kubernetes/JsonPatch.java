package fr.clocher.kubernetes;

import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON 6902 operations, the two these manifests use: {@code replace} and {@code add}.
 */
final class JsonPatch {

	private JsonPatch() {
	}

	static void apply(ObjectNode target, ArrayNode operations, Path file) {
		for (JsonNode operation : operations) {
			String op = operation.path("op").asText();
			JsonPointer pointer = JsonPointer.compile(operation.path("path").asText());
			JsonNode parent = target.at(pointer.head());
			String last = pointer.last().getMatchingProperty();
			JsonNode value = operation.get("value");
			boolean exists = !target.at(pointer).isMissingNode();
			if (!op.equals("add") && !op.equals("replace")) {
				throw new IllegalStateException(file + ": operation '" + op + "' is not rendered here");
			}
			if (op.equals("replace") && !exists) {
				throw new IllegalStateException(file + ": nothing at " + pointer + " to replace");
			}
			if (parent instanceof ObjectNode object) {
				object.set(last, value);
			}
			else if (parent instanceof ArrayNode array) {
				if (last.equals("-")) {
					array.add(value);
				}
				else if (op.equals("replace")) {
					array.set(Integer.parseInt(last), value);
				}
				else {
					array.insert(Integer.parseInt(last), value);
				}
			}
			else {
				throw new IllegalStateException(file + ": no object or list at " + pointer.head());
			}
		}
	}

}
