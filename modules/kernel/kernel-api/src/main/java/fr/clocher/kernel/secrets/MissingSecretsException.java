package fr.clocher.kernel.secrets;

import java.util.List;

/** What a service says when it refuses to start for want of its secrets. */
public class MissingSecretsException extends IllegalStateException {

	MissingSecretsException(List<String> problems) {
		super("Refusing to start without its secrets:\n  - " + String.join("\n  - ", problems));
	}

}
