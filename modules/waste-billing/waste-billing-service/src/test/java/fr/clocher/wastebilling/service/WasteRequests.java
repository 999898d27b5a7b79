package fr.clocher.wastebilling.service;

import java.time.Duration;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static fr.clocher.wastebilling.service.Intercommunality.api;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The module's API as the secretary of one intercommunality calls it in the tests. */
public record WasteRequests(MockMvc mvc, Intercommunality tenant) {

	public ResultActions post(String path, String json, Object... variables) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.post(path, this.tenant, json, variables));
	}

	public ResultActions put(String path, String json, Object... variables) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.put(path, this.tenant, json, variables));
	}

	public ResultActions get(String path, Object... variables) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get(path, this.tenant, variables));
	}

	/** The SIRET of the professionals made here (its check digit right). */
	public static final String SIRET = "73282932000074";

	/**
	 * Creates a household of the first member commune (Madame Anne Famille ...); its id.
	 */
	public UUID household(String reference, int persons, String from, String to) throws Exception {
		return payer(reference, "HOUSEHOLD",
				"\"householdSize\":" + persons + ",\"civility\":\"MADAME\",\"firstName\":\"Anne\"", from, to);
	}

	/** Creates a professional of the first member commune, with a SIRET; its id. */
	public UUID professional(String reference, String category, String from) throws Exception {
		return payer(reference, "PROFESSIONAL",
				"\"professionalCategory\":\"" + category + "\",\"siret\":\"" + SIRET + "\"", from, null);
	}

	private UUID payer(String reference, String kind, String extra, String from, String to) throws Exception {
		String json = """
				{"kind":"%s","reference":"%s","name":"Famille %s","address":"1 rue de l'Église 31450",
				 "communeId":"%s",%s,"activeFrom":"%s"%s}
				""".formatted(kind, reference, reference, this.tenant.communes().get(0), extra, from,
				(to != null) ? ",\"activeTo\":\"" + to + "\"" : "");
		return id(post("/payers", json).andExpect(status().isCreated()));
	}

	/** Creates a bin; its id. */
	public UUID bin(String tag, int volume) throws Exception {
		return id(post("/bins", "{\"tag\":\"" + tag + "\",\"volumeLitres\":" + volume + "}")
			.andExpect(status().isCreated()));
	}

	/** Gives a bin to a payer from a date (to a date when not null). */
	public void assign(UUID bin, UUID payer, String from, String to) throws Exception {
		post("/bins/{id}/assignments", "{\"payerId\":\"" + payer + "\",\"startDate\":\"" + from + "\""
				+ ((to != null) ? ",\"endDate\":\"" + to + "\"" : "") + "}", bin)
			.andExpect(status().isOk());
	}

	/** Imports lifts, one {@code tag;timestamp;weight} per line; the file's id. */
	public String lifts(String fileName, String... lines) throws Exception {
		String file = "badge;horodatage;poids;camion\n" + java.util.Arrays.stream(lines)
			.map((line) -> line + ";Camion 1\n")
			.collect(java.util.stream.Collectors.joining());
		return JsonPath.read(this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post(api("/lift-imports"), this.tenant.slug())
				.with(this.tenant.secretary())
				.param("fileName", fileName)
				.contentType(MediaType.APPLICATION_OCTET_STREAM)
				.content(file.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
	}

	/**
	 * Reads a background job until it has ended (or fails the test after a minute).
	 * @param path the job's path, {@code /lift-import-jobs/{id}}
	 * @param id the job
	 * @return its JSON once done or failed
	 */
	public String ended(String path, Object id) {
		return Awaitility.await("the job " + id + " to end")
			.atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> get(path, id).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(),
					(job) -> !"RUNNING".equals(JsonPath.read(job, "$.state")));
	}

	/**
	 * Creates a billing run for a year's half, computes, validates and issues it; its id.
	 */
	public String issuedRun(int year, int half) throws Exception {
		String run = JsonPath
			.read(post("/billing-runs", "{\"year\":" + year + ",\"half\":" + half + "}").andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id");
		post("/billing-runs/{id}/compute", null, run).andExpect(status().isOk());
		post("/billing-runs/{id}/validate", null, run).andExpect(status().isOk());
		post("/billing-runs/{id}/issue", null, run).andExpect(status().isOk());
		return run;
	}

	public static UUID id(ResultActions result) throws Exception {
		return UUID.fromString(JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id"));
	}

	/** Request builders on the module's API of a tenant, with its secretary's token. */
	static final class MockMvcRequestBuilders {

		private MockMvcRequestBuilders() {
		}

		static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder post(String path,
				Intercommunality tenant, String json, Object... variables) {
			return org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post(api(path), prepend(tenant.slug(), variables))
				.with(tenant.secretary())
				.contentType(MediaType.APPLICATION_JSON)
				.content((json != null) ? json : "");
		}

		static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder put(String path,
				Intercommunality tenant, String json, Object... variables) {
			return org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put(api(path), prepend(tenant.slug(), variables))
				.with(tenant.secretary())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json);
		}

		static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder get(String path,
				Intercommunality tenant, Object... variables) {
			return org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get(api(path), prepend(tenant.slug(), variables))
				.with(tenant.secretary());
		}

		private static Object[] prepend(String slug, Object... variables) {
			Object[] all = new Object[variables.length + 1];
			all[0] = slug;
			System.arraycopy(variables, 0, all, 1, variables.length);
			return all;
		}

	}

}
