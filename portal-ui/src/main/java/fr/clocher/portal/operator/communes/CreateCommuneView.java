package fr.clocher.portal.operator.communes;

import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.clocher.kernel.api.platform.NewCommune;
import fr.clocher.kernel.api.platform.PlatformApi;
import fr.clocher.kernel.api.platform.ReferenceCommuneMatch;
import fr.clocher.kernel.api.platform.TenantDetails;
import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.ApiError;
import fr.clocher.portal.operator.Failures;
import fr.clocher.portal.signin.PortalRole;

/**
 * Creates a commune from the reference. A commune already on the platform is shown as
 * such and cannot be picked again.
 */
@Route("operator/communes/new")
@Menu(title = "operator.menu.create-commune", order = 110)
@RolesAllowed(PortalRole.PLATFORM_OPERATOR_NAME)
public class CreateCommuneView extends VerticalLayout implements HasDynamicTitle, LocaleChangeObserver {

	private static final int SUGGESTIONS = 20;

	private final PlatformApi api;

	private final H1 heading = new H1();

	private final Paragraph intro = new Paragraph();

	final ComboBox<ReferenceCommuneMatch> commune = new ComboBox<>();

	final EmailField secretary = new EmailField();

	final Button create = new Button();

	final Paragraph error = Failures.alert("create-error");

	public CreateCommuneView(PlatformApi api) {
		this.api = api;
		this.commune.setId("commune");
		this.commune.setRequiredIndicatorVisible(true);
		this.commune.setItems(this::suggestions);
		this.commune.setItemLabelGenerator(this::label);
		this.commune.setWidthFull();
		this.commune.addValueChangeListener((e) -> picked(e.getValue()));
		this.secretary.setId("secretary-email");
		this.secretary.setWidthFull();
		this.create.setId("create-commune");
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.create.setDisableOnClick(true);
		this.create.setEnabled(false);
		this.create.addClickListener((e) -> submit());
		FormLayout form = new FormLayout(this.commune, this.secretary);
		form.setMaxWidth("40em");
		add(this.heading, this.intro, form, this.error, this.create);
	}

	private Stream<ReferenceCommuneMatch> suggestions(Query<ReferenceCommuneMatch, String> query) {
		int offset = query.getOffset();
		int limit = Math.min(query.getLimit(), SUGGESTIONS);
		String text = query.getFilter().orElse("").trim();
		if (text.length() < 2 || offset > 0) {
			return Stream.empty();
		}
		try {
			return this.api.communes(text, limit).stream();
		}
		catch (RuntimeException ex) {
			ApiCall.failure(ex);
			return Stream.empty();
		}
	}

	private String label(ReferenceCommuneMatch match) {
		String label = getTranslation("operator.commune.label", match.name(), match.department(),
				String.join(", ", match.postalCodes()));
		return match.registered() ? label + " — " + getTranslation("operator.commune.registered") : label;
	}

	private void picked(ReferenceCommuneMatch match) {
		clearErrors();
		boolean registered = match != null && match.registered();
		this.commune.setInvalid(registered);
		this.commune.setErrorMessage(registered ? getTranslation("operator.commune.already", match.name()) : null);
		this.create.setEnabled(match != null && !registered);
	}

	private void submit() {
		clearErrors();
		ReferenceCommuneMatch match = this.commune.getValue();
		try {
			TenantDetails created = this.api
				.createCommune(new NewCommune(match.inseeCode(), null, blankToNull(this.secretary.getValue())))
				.getBody();
			ApiCall
				.success(getTranslation("operator.commune.created", created.tenant().name(), created.tenant().slug()));
			this.commune.clear();
			this.secretary.clear();
		}
		catch (RuntimeException ex) {
			showError(ApiError.of(ex));
			this.create.setEnabled(true);
		}
	}

	private void showError(ApiError failure) {
		boolean onField = false;
		if (failure.field("secretaryEmail") != null) {
			this.secretary.setInvalid(true);
			this.secretary.setErrorMessage(failure.field("secretaryEmail"));
			onField = true;
		}
		if (failure.field("inseeCode") != null) {
			this.commune.setInvalid(true);
			this.commune.setErrorMessage(failure.field("inseeCode"));
			onField = true;
		}
		if (!onField) {
			this.error.setText(failure.message());
			this.error.setVisible(true);
		}
	}

	private void clearErrors() {
		this.error.setVisible(false);
		this.secretary.setInvalid(false);
		this.commune.setInvalid(false);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("operator.commune.heading"));
		this.intro.setText(getTranslation("operator.commune.intro"));
		this.commune.setLabel(getTranslation("operator.commune.field"));
		this.commune.setPlaceholder(getTranslation("operator.commune.placeholder"));
		this.commune.setHelperText(getTranslation("operator.commune.helper"));
		this.secretary.setLabel(getTranslation("operator.secretary.field"));
		this.secretary.setHelperText(getTranslation("operator.secretary.helper"));
		this.secretary.setErrorMessage(getTranslation("operator.secretary.invalid"));
		this.create.setText(getTranslation("operator.commune.create"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("operator.commune.title");
	}

}
