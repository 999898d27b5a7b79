package fr.clocher.kernel.api;

/**
 * What kind of local authority a tenant is. Named "tenant" in code, and for what it is in
 * the UI.
 */
public enum TenantKind {

	COMMUNE(LocalizedText.of("commune", "municipality")),

	INTERCOMMUNALITY(LocalizedText.of("intercommunalité", "intercommunality")),

	SYNDICATE(LocalizedText.of("syndicat", "syndicate"));

	private final LocalizedText label;

	TenantKind(LocalizedText label) {
		this.label = label;
	}

	public LocalizedText label() {
		return this.label;
	}

}
