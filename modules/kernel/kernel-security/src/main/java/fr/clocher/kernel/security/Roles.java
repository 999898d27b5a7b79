package fr.clocher.kernel.security;

/**
 * The realm roles the platform knows.
 */
public final class Roles {

	/** The metropolitan IT team running the platform. */
	public static final String OPERATOR = "platform-operator";

	/** A village secretary; which communes she acts on is her organization membership. */
	public static final String SECRETARY = "secretary";

	private Roles() {
	}

}
