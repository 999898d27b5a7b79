package fr.clocher.announcements.service.notice;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.samskivert.mustache.Template;
import fr.clocher.announcements.service.content.Dates;
import fr.clocher.announcements.service.content.Kind;
import fr.clocher.announcements.service.content.StoredAnnouncement;
import fr.clocher.announcements.service.notice.Branding.Brand;
import fr.clocher.kernel.site.SiteTemplates;

import org.springframework.core.io.ClassPathResource;

/**
 * An announcement as an A4 notice for the town hall's board: XHTML from a template, made
 * a tagged PDF (PDF/UA) and PDF/A-3a by openhtmltopdf, with DejaVu Sans embedded and an
 * sRGB output intent, in French, titled with the announcement and the commune.
 */
class Notices {

	private static final String FONT = "DejaVu Sans";

	private final Template template;

	private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	Notices(SiteTemplates templates) {
		this.template = templates.template("announcements/notice");
	}

	byte[] pdf(StoredAnnouncement row, Brand brand) {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		builder.usePdfAConformance(PdfAConformance.PDFA_3_A);
		builder.useColorProfile(this.srgb);
		builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
		builder.withHtmlContent(this.template.execute(model(row, brand)), brand.site());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static Map<String, Object> model(StoredAnnouncement row, Brand brand) {
		Map<String, Object> model = new HashMap<>();
		model.put("commune", brand.name());
		model.put("logo", brand.logo());
		model.put("kind", row.kind().label().fr());
		model.put("cssClass", row.kind().name().toLowerCase(Locale.ROOT));
		model.put("title", row.title());
		model.put("summary", row.summary());
		List<String> facts = new ArrayList<>();
		if (row.kind() == Kind.EVENT) {
			facts.add(Dates.when(row));
		}
		if (row.place() != null) {
			facts.add(row.place());
		}
		if (row.kind() == Kind.ALERT) {
			facts.add("Jusqu'au " + Dates.moment(row.endsAt()));
			model.put("details", row.body().isEmpty() ? null : row.body());
		}
		else {
			model.put("body", row.body().isEmpty() ? null : row.body());
		}
		model.put("facts", facts);
		model.put("footer", brand.name() + " — " + brand.site()
				+ ((row.publishAt() != null) ? " — publié le " + Dates.date(row.publishAt()) : ""));
		return model;
	}

	private static InputStream font(String location) {
		try {
			return new ClassPathResource(location).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
