package fr.clocher.website.ui.theme;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.ModuleScreen;
import fr.clocher.kernel.ui.ModuleView;
import fr.clocher.website.api.FilesApi;
import fr.clocher.website.api.ImageInfo;
import fr.clocher.website.api.Theme;
import fr.clocher.website.api.ThemeApi;
import fr.clocher.website.api.Website;
import fr.clocher.website.ui.support.Actions;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The site's colour, logo and header photo. A colour too pale to read white text on is
 * refused by the API; its reason shows on the colour field.
 */
@Route("website/theme")
@PageTitle("Apparence")
@ModuleView(Website.KEY)
@PermitAll
public class ThemeView extends ModuleScreen {

	private final ThemeApi themeApi;

	final TextField color = new TextField(translate("website.theme.primary-colour"));

	final Span swatch = new Span();

	ImagePicker logo;

	ImagePicker header;

	final Button save = Actions.button(translate("website.theme.save-appearance"), VaadinIcon.CHECK, true, this::save);

	public ThemeView(ThemeApi themeApi, FilesApi filesApi) {
		super(translate("website.theme.site-appearance"), translate("website.theme.intro"));
		this.themeApi = themeApi;
		this.save.setId("save-theme");
		this.color.setPlaceholder("#1f5f8b");
		this.color.setMaxLength(7);
		this.color.setPattern("#[0-9a-fA-F]{6}");
		this.color.setHelperText(translate("website.theme.colour-helper"));
		this.color.setSuffixComponent(this.swatch);
		this.swatch.setWidth("1.2em");
		this.swatch.setHeight("1.2em");
		this.swatch.getElement().setAttribute("aria-hidden", "true");
		this.color.addValueChangeListener((event) -> this.swatch.getStyle().set("background", event.getValue()));
		this.api.field("primaryColor", this.color);
		Theme theme = this.api.run(() -> themeApi.theme(tenant())).orElse(new Theme(null, null, null));
		List<ImageInfo> images = this.api.run(() -> filesApi.images(tenant())).orElse(List.of());
		this.color.setValue((theme.primaryColor() != null) ? theme.primaryColor() : "");
		this.logo = new ImagePicker(translate("website.theme.logo-coat-arms"), filesApi, tenant(), images,
				theme.logoId());
		this.header = new ImagePicker(translate("website.theme.home-page-header-photo"), filesApi, tenant(), images,
				theme.headerImageId());
		this.api.field("logoId", this.logo.image).field("headerImageId", this.header.image);
		add(this.color, this.logo, this.header, this.save);
	}

	private void save() {
		String value = this.color.getValue().strip();
		Theme theme = new Theme(value.isEmpty() ? null : value, this.logo.selected(), this.header.selected());
		this.api.run(() -> this.themeApi.updateTheme(tenant(), theme)).ifPresent((saved) -> {
			this.color.setValue((saved.primaryColor() != null) ? saved.primaryColor() : "");
			ApiCall.success(translate("website.theme.appearance-saved"));
		});
	}

}
