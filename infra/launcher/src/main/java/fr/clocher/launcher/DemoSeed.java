package fr.clocher.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.clocher.announcements.api.Announcements;
import fr.clocher.wastebilling.api.WasteBilling;
import org.awaitility.Awaitility;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import tools.jackson.databind.JsonNode;

/**
 * The demo: the communes of one real intercommunality (the CA du Sicoval by default), an
 * operator, and secretaries, one of whom serves two communes. Onboarding goes through the
 * operator API like an operator's script, which invites each secretary (the invitations
 * are printed by the mail catcher). So that the printed demo logins work at once, the
 * seed then does as the master administrator what each secretary would do with her
 * invitation: creates her account with a verified address and the demo password, and
 * makes her a member. Only this development seed may take that shortcut; tenant-service
 * cannot. It then switches announcements on for the intercommunality and the demo
 * communes, and seeds the intercommunality's waste billing ({@link WasteBillingDemo}).
 * Running it again changes nothing.
 */
final class DemoSeed {

	static final String PASSWORD = "Clocher-demo-2026";

	private final OperatorApi api;

	private final Keycloak admin;

	private final Path state;

	/**
	 * What the demo gives: the logins (e-mail → what the person does) and the lift files
	 * the intercommunality's secretary may import.
	 */
	record Demo(Map<String, String> logins, WasteBillingDemo.LiftFiles liftFiles) {
	}

	/**
	 * @param api the operator API
	 * @param admin Keycloak's master administrator
	 * @param state where the run command keeps its state (the sample files go there)
	 */
	DemoSeed(OperatorApi api, Keycloak admin, Path state) {
		this.api = api;
		this.admin = admin;
		this.state = state;
	}

	Demo run(String siren) throws Exception {
		OperatorApi.Response created = this.api.post("/api/platform/intercommunalities",
				"{\"siren\":\"" + siren + "\",\"secretaryEmail\":\"secretariat@intercommunalite.clocher.test\"}");
		if (!created.createdOrThere()) {
			throw new IllegalStateException(
					"Onboarding " + siren + " failed: HTTP " + created.status() + " " + created.body());
		}
		JsonNode group = this.api.get("/api/platform/tenants?kind=INTERCOMMUNALITY&size=200").body();
		String groupSlug = null;
		for (JsonNode item : group.get("items")) {
			if (item.get("officialCode").asString().equals(siren)) {
				groupSlug = item.get("slug").asString();
			}
		}
		JsonNode members = this.api.get("/api/platform/tenants/" + groupSlug).body().get("members");
		String first = members.get(0).get("slug").asString();
		String second = members.get(1).get("slug").asString();
		String third = members.get(2).get("slug").asString();

		Map<String, String> logins = new LinkedHashMap<>();
		Map<String, List<String>> communes = new LinkedHashMap<>();
		logins.put("secretariat@intercommunalite.clocher.test", "secrétaire de l'intercommunalité " + groupSlug);
		communes.put("secretariat@intercommunalite.clocher.test", List.of(groupSlug));
		addSecretary(first, "secretaire@" + first + ".clocher.test");
		logins.put("secretaire@" + first + ".clocher.test", "secrétaire de " + first);
		communes.put("secretaire@" + first + ".clocher.test", List.of(first));
		String shared = "secretaire@" + second + "-" + third + ".clocher.test";
		addSecretary(second, shared);
		addSecretary(third, shared);
		logins.put(shared, "secrétaire de " + second + " et de " + third);
		communes.put(shared, List.of(second, third));
		// A database kept from an earlier run may say these communes were provisioned in
		// a Keycloak that is gone (its state deleted): they are provisioned again.
		OperatorApi.Response reconciled = this.api.post("/api/platform/provisioning/reconcile", "");
		if (reconciled.status() != 200) {
			throw new IllegalStateException("Comparing the communes with Keycloak failed: HTTP " + reconciled.status()
					+ " " + reconciled.body());
		}
		awaitProvisioned(List.of(groupSlug, first, second, third));

		RealmResource realm = this.admin.realm("clocher");
		communes.forEach((email, slugs) -> {
			ensureAccount(realm, email);
			readyToSignIn(realm, email);
			slugs.forEach((slug) -> ensureMember(realm, slug, email));
		});
		String operator = "operateur@clocher.test";
		if (realm.users().searchByEmail(operator, true).isEmpty()) {
			ensureAccount(realm, operator);
			String id = account(realm, operator).getId();
			realm.users()
				.get(id)
				.roles()
				.realmLevel()
				.add(List.of(realm.roles().get("platform-operator").toRepresentation()));
		}
		readyToSignIn(realm, operator);
		Map<String, String> all = new LinkedHashMap<>();
		all.put(operator, "opérateur de la plateforme");
		all.putAll(logins);

		// The demo shows announcements (an intercommunality's news reaches its members'
		// sites) and the intercommunality's waste billing.
		for (String slug : List.of(groupSlug, first, second, third)) {
			switchOn(slug, Announcements.KEY);
		}
		switchOn(groupSlug, WasteBilling.KEY);
		WasteBillingDemo.LiftFiles liftFiles = new WasteBillingDemo(this.api, this.state.resolve("demo"),
				WasteBillingDemo.today())
			.seed(groupSlug);
		// The member communes switch nothing on: the residents' evidence page follows the
		// intercommunality's switch on each member's site (the collector's data, read for
		// that commune's payers only).
		new DirectoryDemo(this.api).seed(groupSlug, List.of(first, second, third));
		return new Demo(all, liftFiles);
	}

	/**
	 * Switches a module on as a secretary does in her workspace, unless it is on already.
	 */
	private void switchOn(String slug, String module) throws Exception {
		String modules = "/api/tenants/" + slug + "/modules";
		for (JsonNode status : this.api.require(modules)) {
			if (status.get("module").get("key").asString().equals(module) && status.get("enabled").asBoolean()) {
				return;
			}
		}
		OperatorApi.Response switched = this.api.put(modules + "/" + module, Map.of("enabled", true));
		if (switched.status() != 200) {
			throw new IllegalStateException("Switching " + module + " on for " + slug + " failed: HTTP "
					+ switched.status() + " " + switched.body());
		}
	}

	private static void ensureAccount(RealmResource realm, String email) {
		if (realm.users().searchByEmail(email, true).isEmpty()) {
			UserRepresentation user = new UserRepresentation();
			user.setUsername(email);
			user.setEmail(email);
			user.setEmailVerified(true);
			user.setEnabled(true);
			realm.users().create(user).close();
		}
	}

	private static UserRepresentation account(RealmResource realm, String email) {
		return realm.users()
			.searchByEmail(email, true)
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Keycloak has no account for " + email));
	}

	private static void ensureMember(RealmResource realm, String slug, String email) {
		String userId = account(realm, email).getId();
		OrganizationRepresentation organization = realm.organizations()
			.search(null, false, 0, 100_000)
			.stream()
			.filter((candidate) -> slug.equals(candidate.getAlias()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No organization " + slug + " in Keycloak"));
		OrganizationResource resource = realm.organizations().get(organization.getId());
		if (resource.members().getAll().stream().noneMatch((member) -> member.getId().equals(userId))) {
			resource.members().addMember(userId).close();
		}
	}

	private void addSecretary(String slug, String email) throws Exception {
		OperatorApi.Response response = this.api.post("/api/platform/tenants/" + slug + "/secretaries",
				"{\"email\":\"" + email + "\"}");
		if (!response.createdOrThere()) {
			throw new IllegalStateException("Adding " + email + " to " + slug + " failed: " + response.body());
		}
	}

	/**
	 * Waits for provisioning, asking for a retry between looks (Keycloak may have just
	 * started).
	 */
	private void awaitProvisioned(List<String> slugs) {
		for (String slug : slugs) {
			Awaitility.await("provisioning of " + slug)
				.atMost(Duration.ofMinutes(2))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> provisioned(slug));
		}
	}

	private boolean provisioned(String slug) throws Exception {
		JsonNode provisioning = this.api.get("/api/platform/tenants/" + slug).body().get("provisioning");
		if ("DONE".equals(provisioning.get("status").asString())) {
			return true;
		}
		this.api.post("/api/platform/provisioning/retry", "");
		return false;
	}

	private static void readyToSignIn(RealmResource realm, String email) {
		readyToSignIn(realm, email, PASSWORD);
	}

	/** Gives an account a password and nothing left to do before signing in. */
	static void readyToSignIn(RealmResource realm, String email, String passwordValue) {
		UserRepresentation user = account(realm, email);
		CredentialRepresentation password = new CredentialRepresentation();
		password.setType(CredentialRepresentation.PASSWORD);
		password.setValue(passwordValue);
		password.setTemporary(false);
		realm.users().get(user.getId()).resetPassword(password);
		user.setRequiredActions(List.of());
		user.setEmailVerified(true);
		if (user.getFirstName() == null) {
			String local = email.substring(0, email.indexOf('@'));
			user.setFirstName(local.startsWith("operateur") ? "Olivier" : "Marie");
			user.setLastName(local.startsWith("operateur") ? "Opérateur" : "Secrétaire");
		}
		realm.users().get(user.getId()).update(user);
	}

}
