package fr.clocher.website.service;

import fr.clocher.kernel.test.TestTenants;
import fr.clocher.kernel.test.host.ModuleTest;
import fr.clocher.kernel.test.host.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static fr.clocher.website.service.WebsiteRequests.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretary's uploads and their refusals: sizes checked before the body is read,
 * pixels before the image is decoded, documents by their content. (Images, theme, town
 * hall, menu, council and generated pages as the public site shows them are tested with
 * the site, in tenant-service's {@code WebsiteSettingsOnSiteTests}.)
 */
@ModuleTest(properties = { "clocher.website.max-image-size=300KB", "clocher.website.max-image-pixels=3000000" })
class WebsiteSettingsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String commune;

	JwtRequestPostProcessor secretary;

	@BeforeEach
	void aCommune() {
		this.commune = TestTenants.newCommune(this.jdbc);
		this.secretary = TestTokens.secretaryOf(this.commune);
	}

	@Test
	void anUploadDeclaringMoreThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
		WatchedUpload image = WatchedUpload.declaring(400 * 1024, new byte[400 * 1024],
				api("/images?fileName=grande.png&alt=Grande"), this.commune);
		this.mvc.perform(image.with(this.secretary))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.code").value("file-too-large"))
			.andExpect(jsonPath("$.field").value("content"))
			.andExpect(jsonPath("$.detail").value(containsString("300 ko")));
		// Spring peeks at one byte to tell an empty body from none.
		assertThat(image.bytesRead()).isLessThanOrEqualTo(1);

		WatchedUpload document = WatchedUpload.declaring(25L * 1024 * 1024, "%PDF-1.4".getBytes(),
				api("/attachments?fileName=cr.pdf"), this.commune);
		this.mvc.perform(document.with(this.secretary).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.detail").value("This file is too large: a document may be at most 20 MB."));
		assertThat(document.bytesRead()).isLessThanOrEqualTo(1);
	}

	@Test
	void aChunkedUploadIsRefusedAsSoonAsItPassesTheLimit() throws Exception {
		WatchedUpload large = WatchedUpload.chunked(new byte[1024 * 1024],
				api("/images?fileName=grande.png&alt=Grande"), this.commune);
		this.mvc.perform(large.with(this.secretary))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.code").value("file-too-large"))
			.andExpect(jsonPath("$.detail").value(containsString("300 ko")));
		assertThat(large.bytesRead()).isLessThanOrEqualTo(300 * 1024 + 1);

		WatchedUpload small = WatchedUpload.chunked(WebsiteRequests.image(200, 100, "png"),
				api("/images?fileName=petite.png&alt=Petite"), this.commune);
		this.mvc.perform(small.with(this.secretary)).andExpect(status().isCreated());
		this.mvc.perform(get(api("/images"), this.commune).with(this.secretary)).andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void anImageDeclaringMorePixelsThanTheSettingIsRefusedWithoutBeingDecoded() throws Exception {
		upload("/images?fileName=photo.png&alt=Photo", WebsiteRequests.image(2000, 2000, "png"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("image-too-large-in-pixels"));
		upload("/images?fileName=bombe.png&alt=Bombe", WebsiteRequests.declaringPng(20_000, 20_000))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("image-too-large-in-pixels"))
			.andExpect(jsonPath("$.field").value("content"))
			.andExpect(jsonPath("$.detail")
				.value(allOf(containsString("20000 × 20000 pixels"), containsString("au plus 3 millions de pixels"))));
		this.mvc.perform(get(api("/images"), this.commune).with(this.secretary)).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void documentsAreCheckedByTheirContent() throws Exception {
		upload("/attachments?fileName=CR conseil.pdf&contentType=application/pdf",
				"%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF".getBytes())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("cr-conseil"))
			.andExpect(jsonPath("$.path").value(containsString("/cr-conseil.pdf")));
		upload("/attachments?fileName=faux.pdf&contentType=application/pdf", "MZ not a pdf".getBytes())
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.code").value("unsupported-attachment-type"));
	}

	private ResultActions upload(String query, byte[] content) throws Exception {
		return this.mvc.perform(WebsiteRequests.upload(this.commune, query, content).with(this.secretary));
	}

}
