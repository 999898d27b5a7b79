package fr.clocher.announcements.service;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.site.SiteVersions;
import fr.clocher.kernel.tenancy.TenantWork;
import fr.clocher.kernel.test.TestTenants;
import fr.clocher.kernel.test.host.TestTokens;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tenants with the module on, and what their secretaries and residents do, as the
 * announcements' tests do it: through the API with a secretary's token, and on the
 * commune's own host.
 */
final class Communes {

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final TenantWork work;

	private final ModuleActivations activations;

	private final SiteVersions versions;

	Communes(MockMvc mvc, JdbcClient jdbc, TenantWork work, ModuleActivations activations, SiteVersions versions) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.work = work;
		this.activations = activations;
		this.versions = versions;
	}

	/** A path of the announcements API of the tenant given as its first variable. */
	static String api(String path) {
		return "/api/tenants/{t}/announcements" + path;
	}

	/** A commune with the announcements on. */
	Commune commune() {
		return tenant(TenantKind.COMMUNE, "commune-");
	}

	/**
	 * An intercommunality with the announcements on, of which the communes are members.
	 */
	Commune group(Commune... members) {
		Commune group = tenant(TenantKind.INTERCOMMUNALITY, "cc-");
		for (Commune member : members) {
			TestTenants.addMember(this.jdbc, group.id(), member.id());
		}
		return group;
	}

	private Commune tenant(TenantKind kind, String prefix) {
		String slug = prefix + UUID.randomUUID().toString().substring(0, 6);
		UUID id = TestTenants.create(this.jdbc, slug, kind);
		this.work.runInTenant(id, () -> {
			this.activations.enable("announcements", null);
			this.activations.enable("website", null);
		});
		return new Commune(slug, id, TestTokens.secretaryOf(slug));
	}

	/** Switches the announcements off for the tenant, as its workspace does. */
	void switchOff(Commune tenant) {
		this.work.runInTenant(tenant.id(), () -> this.activations.disable("announcements"));
	}

	/** Switches the announcements on again for the tenant, as its workspace does. */
	void switchOn(Commune tenant) {
		this.work.runInTenant(tenant.id(), () -> this.activations.enable("announcements", null));
	}

	/** A request to the API, by the tenant's secretary, with a JSON body. */
	ResultActions send(Commune tenant, String path, String json, Object... variables) throws Exception {
		Object[] all = new Object[variables.length + 1];
		all[0] = tenant.slug();
		System.arraycopy(variables, 0, all, 1, variables.length);
		return this.mvc.perform(
				post(api(path), all).with(tenant.secretary()).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	/** Creates a draft ({@code /news}, {@code /events}, {@code /alerts}); its id. */
	String create(Commune tenant, String kind, String json) throws Exception {
		String body = send(tenant, kind, json).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	/** Publishes a draft now. */
	void publish(Commune tenant, String kind, String id) throws Exception {
		send(tenant, kind + "/{id}/publish", "{}", id).andExpect(status().isOk());
	}

	/** Creates and publishes now; its id. */
	String published(Commune tenant, String kind, String json) throws Exception {
		String id = create(tenant, kind, json);
		publish(tenant, kind, id);
		return id;
	}

	/** A page of the tenant's public site, on its own host. */
	ResultActions site(Commune tenant, String path) throws Exception {
		return this.mvc.perform(get("http://" + tenant.slug() + ".clocher.test" + path));
	}

	/**
	 * A subscriber written straight into the tenant's table, under its context (the
	 * subscription itself is tested through the site).
	 */
	void subscriber(Commune tenant, String email, String topics, boolean confirmed) {
		this.work.runInTenant(tenant.id(), () -> this.jdbc.sql("""
				insert into announcement_subscriber (tenant_id, id, email, topics, confirmed_at, created_at)
				values (?, gen_random_uuid(), ?, ?, case when ? then now() end, now())
				""").params(tenant.id(), email, topics, confirmed).update());
	}

	/** A free local port, for a test's mail server. */
	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The tenant's site version. */
	long version(Commune tenant) {
		return this.work.inTenant(tenant.id(), () -> this.versions.current().version());
	}

}
