package fr.clocher.announcements.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static fr.clocher.announcements.service.Communes.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The A4 notice of an announcement for the town hall's board: one A4 page, tagged (a
 * structure tree, marked content), in French, titled, its text readable with accents;
 * another commune's secretary cannot print it.
 */
@AnnouncementsTest
class AnnouncementsNoticeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Communes communes;

	@Autowired
	MutableClock clock;

	Commune commune;

	@BeforeEach
	void aCommune() {
		this.commune = this.communes.commune();
	}

	@Test
	void anAlertsNoticeIsATaggedA4PdfInFrench() throws Exception {
		String id = this.communes.published(this.commune, "/alerts",
				"{\"what\":\"Eau non potable\",\"where\":\"Hameau des Crêtes\",\"until\":\""
						+ this.clock.instant().plus(Duration.ofDays(2)) + "\",\"details\":\"Faites bouillir l'eau.\"}");
		byte[] pdf = this.mvc
			.perform(get(api("/alerts/{id}/notice"), this.commune.slug(), id).with(this.commune.secretary())
				.accept(MediaType.APPLICATION_PDF))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			PDRectangle size = document.getPage(0).getMediaBox();
			assertThat(Math.round(size.getWidth())).isEqualTo(Math.round(PDRectangle.A4.getWidth()));
			assertThat(Math.round(size.getHeight())).isEqualTo(Math.round(PDRectangle.A4.getHeight()));
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(structureTypes(document.getDocumentCatalog().getStructureTreeRoot().getKids()))
				.as("its structure: the heading and the paragraphs read back as such")
				.contains("H1", "P");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
			assertThat(document.getDocumentInformation().getTitle()).contains("Eau non potable")
				.contains(this.commune.slug());
			assertThat(new PDFTextStripper().getText(document)).contains("Eau non potable")
				.contains("Hameau des Crêtes")
				.contains("Faites bouillir l'eau.")
				.contains(this.commune.slug());
		}
		this.mvc
			.perform(get(api("/alerts/{id}/notice"), this.commune.slug(), id).with(this.communes.commune().secretary()))
			.andExpect(status().isForbidden());
	}

	/** The standard structure types of a tagged PDF's structure tree, read back. */
	private static List<String> structureTypes(List<Object> kids) {
		List<String> types = new ArrayList<>();
		for (Object kid : kids) {
			if (kid instanceof PDStructureElement element) {
				types.add(element.getStandardStructureType());
				types.addAll(structureTypes(element.getKids()));
			}
		}
		return types;
	}

	@Test
	void aNewsItemsNoticeCarriesItsSanitizedBody() throws Exception {
		String id = this.communes.create(this.commune, "/news", "{\"title\":\"Réunion publique\",\"body\":"
				+ "\"<p>Salle du conseil, <strong>jeudi</strong>.</p><ul><li>Ordre du jour</li></ul>\"}");
		byte[] pdf = this.mvc
			.perform(get(api("/news/{id}/notice"), this.commune.slug(), id).with(this.commune.secretary()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Réunion publique")
				.contains("Salle du conseil")
				.contains("jeudi")
				.contains("Ordre du jour");
		}
	}

}
