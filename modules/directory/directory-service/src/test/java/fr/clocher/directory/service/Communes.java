package fr.clocher.directory.service;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.module.ModuleActivations;
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
 * Tenants with the directory on, and what their secretaries and residents do: through the
 * API with a secretary's token, and on the commune's own host.
 */
final class Communes {

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final TenantWork work;

	private final ModuleActivations activations;

	Communes(MockMvc mvc, JdbcClient jdbc, TenantWork work, ModuleActivations activations) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.work = work;
		this.activations = activations;
	}

	/** A path of the directory API of the tenant given as its first variable. */
	static String api(String path) {
		return "/api/tenants/{t}/directory" + path;
	}

	/** A commune with the directory (and its website) on. */
	Commune commune() {
		return tenant(TenantKind.COMMUNE, "commune-");
	}

	/** An intercommunality with the directory on, of which the communes are members. */
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
			this.activations.enable("directory", null);
			this.activations.enable("website", null);
		});
		return new Commune(slug, id, TestTokens.secretaryOf(slug));
	}

	/** A POST to the API by the tenant's secretary, with a JSON body. */
	ResultActions send(Commune tenant, String path, String json, Object... variables) throws Exception {
		return this.mvc.perform(post(api(path), variables(tenant, variables)).with(tenant.secretary())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	/** A GET of the API by the tenant's secretary. */
	ResultActions read(Commune tenant, String path, Object... variables) throws Exception {
		return this.mvc.perform(get(api(path), variables(tenant, variables)).with(tenant.secretary()));
	}

	/** The id of the tenant's category of this slug ({@code commerces}...). */
	String category(Commune tenant, String slug) throws Exception {
		String body = read(tenant, "/categories").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> ids = JsonPath.read(body, "$[?(@.slug == '" + slug + "')].id");
		return ids.getFirst();
	}

	/** Creates a draft entry; its id. */
	String create(Commune tenant, String json) throws Exception {
		String body = send(tenant, "/entries", json).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	/** Creates and publishes an entry of a category; its id. */
	String published(Commune tenant, String category, String name, String description) throws Exception {
		String id = create(tenant,
				json(Map.of("name", name, "categoryId", category(tenant, category), "description", description)));
		send(tenant, "/entries/{id}/publish", "", id).andExpect(status().isOk());
		return id;
	}

	/** How many rows of a table the tenant has, read under its own context. */
	long count(Commune tenant, String table) {
		return this.work.inTenant(tenant.id(),
				() -> this.jdbc.sql("select count(*) from " + table).query(Long.class).single());
	}

	/** A page of the tenant's public site, on its own host. */
	ResultActions site(Commune tenant, String path) throws Exception {
		return this.mvc.perform(get("http://" + tenant.slug() + ".clocher.test" + path));
	}

	/**
	 * A page of the tenant's public site with a query (encoded once here: a URI template
	 * would encode it again).
	 */
	ResultActions site(Commune tenant, String path, String parameter, String value) throws Exception {
		return this.mvc.perform(get(URI.create("http://" + tenant.slug() + ".clocher.test" + path + "?" + parameter
				+ "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
	}

	/** A free local port, for the test's mail server. */
	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A flat JSON object of strings. */
	static String json(Map<String, String> fields) {
		StringBuilder json = new StringBuilder("{");
		fields.forEach((key, value) -> json.append(json.length() > 1 ? "," : "")
			.append('"')
			.append(key)
			.append("\":\"")
			.append(value.replace("\\", "\\\\").replace("\"", "\\\""))
			.append('"'));
		return json.append('}').toString();
	}

	private static Object[] variables(Commune tenant, Object... variables) {
		Object[] all = new Object[variables.length + 1];
		all[0] = tenant.slug();
		System.arraycopy(variables, 0, all, 1, variables.length);
		return all;
	}

}
