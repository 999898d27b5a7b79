package fr.clocher.website.api;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/**
 * The contract works as portal-ui uses it: a client proxy over a RestClient, files sent
 * from their bytes as the raw body with its length, their name and type as parameters,
 * generic pages read back.
 */
class WebsiteApiClientTests {

	private MockRestServiceServer server;

	private FilesApi files;

	private GeneratedPagesApi generated;

	private MenuApi menu;

	@BeforeEach
	void proxy() {
		RestClient.Builder builder = RestClient.builder().baseUrl("http://tenant-service");
		this.server = MockRestServiceServer.bindTo(builder).build();
		HttpServiceProxyFactory factory = HttpServiceProxyFactory.builderFor(RestClientAdapter.create(builder.build()))
			.build();
		this.files = factory.createClient(FilesApi.class);
		this.generated = factory.createClient(GeneratedPagesApi.class);
		this.menu = factory.createClient(MenuApi.class);
	}

	@Test
	void anImageIsSentAsTheRequestBodyWithItsNameTypeAndAlternativeText() {
		UUID id = UUID.randomUUID();
		this.server
			.expect(requestTo("http://tenant-service/api/tenants/aiglun/website/images?fileName=mairie.jpg"
					+ "&contentType=image%2Fjpeg&alt=La%20mairie"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(content().contentType(MediaType.APPLICATION_OCTET_STREAM))
			.andExpect(header(HttpHeaders.CONTENT_LENGTH, "3"))
			.andExpect(content().bytes(new byte[] { 1, 2, 3 }))
			.andRespond(withSuccess("""
					{"id":"%s","fileName":"mairie.jpg","alt":"La mairie","contentType":"image/jpeg",
					 "width":800,"height":600,"size":3,"uploadedAt":"2026-01-01T10:00:00Z",
					 "path":"/fichiers/images/%s","url":"http://aiglun.clocher.localhost/fichiers/images/%s",
					 "smallUrl":"http://aiglun.clocher.localhost/fichiers/images/%s/petite"}
					""".formatted(id, id, id, id), MediaType.APPLICATION_JSON));

		ImageInfo image = this.files.uploadImage("aiglun", "mairie.jpg", "image/jpeg", "La mairie",
				new byte[] { 1, 2, 3 });

		assertThat(image.id()).isEqualTo(id);
		assertThat(image.width()).isEqualTo(800);
		this.server.verify();
	}

	@Test
	void generatedPagesAreReadWithTheirFieldsDefaultsAndEdits() {
		this.server.expect(requestTo("http://tenant-service/api/tenants/aiglun/website/generated/accessibility"))
			.andRespond(withSuccess("""
					{"values":{"complianceStatus":"PARTIALLY_COMPLIANT","complianceRate":75,"auditDate":"2026-03-01"},
					 "defaults":{"complianceStatus":"NOT_COMPLIANT"},
					 "editedFields":["complianceStatus","complianceRate","auditDate"],
					 "publicPath":"/accessibilite","publicUrl":"http://aiglun.clocher.localhost/accessibilite"}
					""", MediaType.APPLICATION_JSON));

		GeneratedPage<AccessibilityFields> page = this.generated.accessibility("aiglun");

		assertThat(page.values().complianceStatus()).isEqualTo(ComplianceStatus.PARTIALLY_COMPLIANT);
		assertThat(page.values().auditDate()).hasToString("2026-03-01");
		assertThat(page.defaults().complianceStatus()).isEqualTo(ComplianceStatus.NOT_COMPLIANT);
		assertThat(page.editedFields()).contains("complianceRate");
	}

	@Test
	void aMenuWithOneLevelOfNestingTravelsAsJson() {
		UUID page = UUID.randomUUID();
		this.server.expect(requestTo("http://tenant-service/api/tenants/aiglun/website/menu"))
			.andExpect(method(HttpMethod.PUT))
			.andExpect(content().json("""
					{"entries":[{"label":"Vie pratique","target":"GROUP","children":[
					  {"label":"École","target":"PAGE","pageId":"%s","children":[]}]}]}
					""".formatted(page)))
			.andRespond(withSuccess("{\"entries\":[]}", MediaType.APPLICATION_JSON));

		Menu saved = this.menu.updateMenu("aiglun", new Menu(
				java.util.List.of(MenuEntry.group("Vie pratique", java.util.List.of(MenuEntry.page("École", page))))));

		assertThat(saved.entries()).isEmpty();
		this.server.verify();
	}

}
