package fr.clocher.website.ui.theme;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import fr.clocher.kernel.ui.ModuleView;
import fr.clocher.website.api.FilesApi;
import fr.clocher.website.api.ImageInfo;
import fr.clocher.website.api.Theme;
import fr.clocher.website.api.ThemeApi;
import fr.clocher.website.api.Website;
import fr.clocher.website.ui.support.Actions;
import fr.clocher.website.ui.support.ApiCall;
import fr.clocher.website.ui.support.WebsiteScreen;

import static fr.clocher.website.ui.support.Texts.t;

/**
 * The site's colour, logo and header photo. A colour too pale to read white text on is
 * refused by the API; its reason shows on the colour field.
 */
@Route("website/theme")
@PageTitle("Apparence")
@ModuleView(Website.KEY)
@PermitAll
public class ThemeView extends WebsiteScreen {

	private final ThemeApi themeApi;

	final TextField color = new TextField(t("Couleur principale", "Primary colour"));

	final Span swatch = new Span();

	ImagePicker logo;

	ImagePicker header;

	final Button save = Actions.button(t("Enregistrer l'apparence", "Save the appearance"), VaadinIcon.CHECK, true,
			this::save);

	public ThemeView(ThemeApi themeApi, FilesApi filesApi) {
		super(t("Apparence du site", "Site appearance"), t(
				"Une seule mise en page, accessible, pour toutes les "
						+ "communes : choisissez sa couleur, votre logo et la photo d'accueil.",
				"One accessible design for " + "every commune: choose its colour, your logo and the home page photo."));
		this.themeApi = themeApi;
		this.save.setId("save-theme");
		this.color.setPlaceholder("#1f5f8b");
		this.color.setMaxLength(7);
		this.color.setPattern("#[0-9a-fA-F]{6}");
		this.color.setHelperText(t("Au format #rrvvbb. Le texte blanc doit rester lisible dessus (contraste 4,5:1).",
				"As #rrggbb. White text must stay readable on it (contrast 4.5:1)."));
		this.color.setSuffixComponent(this.swatch);
		this.swatch.setWidth("1.2em");
		this.swatch.setHeight("1.2em");
		this.swatch.getElement().setAttribute("aria-hidden", "true");
		this.color.addValueChangeListener((event) -> this.swatch.getStyle().set("background", event.getValue()));
		this.api.field("primaryColor", this.color);
		Theme theme = this.api.run(() -> themeApi.theme(tenant())).orElse(new Theme(null, null, null));
		List<ImageInfo> images = this.api.run(() -> filesApi.images(tenant())).orElse(List.of());
		this.color.setValue((theme.primaryColor() != null) ? theme.primaryColor() : "");
		this.logo = new ImagePicker(t("Logo ou blason", "Logo or coat of arms"), filesApi, tenant(), images,
				theme.logoId());
		this.header = new ImagePicker(t("Photo d'en-tête de l'accueil", "Home page header photo"), filesApi, tenant(),
				images, theme.headerImageId());
		this.api.field("logoId", this.logo.image).field("headerImageId", this.header.image);
		add(this.color, this.logo, this.header, this.save);
	}

	private void save() {
		String value = this.color.getValue().strip();
		Theme theme = new Theme(value.isEmpty() ? null : value, this.logo.selected(), this.header.selected());
		this.api.run(() -> this.themeApi.updateTheme(tenant(), theme)).ifPresent((saved) -> {
			this.color.setValue((saved.primaryColor() != null) ? saved.primaryColor() : "");
			ApiCall.success(t("Apparence enregistrée.", "Appearance saved."));
		});
	}

}
