package fr.clocher.directory.ui.moderation;

import java.math.BigDecimal;
import java.util.List;

import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import fr.clocher.directory.api.Directory;
import fr.clocher.directory.api.EntriesApi;
import fr.clocher.directory.api.Entry;
import fr.clocher.directory.api.EntryDraft;
import fr.clocher.directory.api.OpeningHoursText;
import fr.clocher.directory.api.Rejection;
import fr.clocher.directory.api.Submission;
import fr.clocher.directory.api.SubmissionsApi;
import fr.clocher.directory.ui.entries.EntryEditorView;
import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.ModuleScreen;
import fr.clocher.kernel.ui.ModuleView;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The residents' proposals waiting for the secretary (their submitters confirmed their
 * address): one is chosen, corrected if need be, then published, or refused with a reason
 * the submitter receives. A correction of an entry shows, under each field it changes,
 * the entry's present value.
 */
@Route("directory/moderation")
@PageTitle("Propositions pour l'annuaire")
@ModuleView(Directory.KEY)
@PermitAll
public class ModerationView extends ModuleScreen {

	final Grid<Submission> grid = new Grid<>();

	final VerticalLayout detail = new VerticalLayout();

	final TextField name = new TextField(translate("directory.moderation.name"));

	final TextArea description = new TextArea(translate("directory.moderation.description"));

	final TextField address = new TextField(translate("directory.moderation.address"));

	final BigDecimalField latitude = new BigDecimalField(translate("directory.entry.latitude"));

	final BigDecimalField longitude = new BigDecimalField(translate("directory.entry.longitude"));

	final TextField phone = new TextField(translate("directory.moderation.phone"));

	final TextField email = new TextField(translate("directory.moderation.email"));

	final TextField website = new TextField(translate("directory.moderation.website"));

	final TextArea hours = new TextArea(translate("directory.entry.hours"));

	final TextField siret = new TextField(translate("directory.moderation.siret"));

	final Paragraph submitter = new Paragraph();

	/**
	 * For a correction: which entry, and that the fields changed show its present value.
	 */
	final Paragraph correction = new Paragraph();

	final Button approve = new Button(translate("directory.moderation.approve"), VaadinIcon.CHECK.create(),
			(event) -> approve());

	final TextField reason = new TextField(translate("directory.moderation.reason"));

	final Button reject = new Button(translate("directory.moderation.reject"), VaadinIcon.BAN.create(),
			(event) -> reject());

	private final SubmissionsApi submissionsApi;

	private final EntriesApi entriesApi;

	private Submission chosen;

	public ModerationView(SubmissionsApi submissionsApi, EntriesApi entriesApi) {
		super(translate("directory.moderation.title"), translate("directory.moderation.intro"));
		this.submissionsApi = submissionsApi;
		this.entriesApi = entriesApi;
		this.grid.addColumn((submission) -> submission.proposed().name())
			.setHeader(translate("directory.moderation.name"));
		this.grid.addColumn(Submission::submitterEmail).setHeader(translate("directory.moderation.submitter"));
		this.grid.addColumn((submission) -> (submission.entryId() != null)
				? translate("directory.moderation.correction") : translate("directory.moderation.new"))
			.setHeader(translate("directory.moderation.kind"));
		this.grid.setAllRowsVisible(true);
		this.grid.setEmptyStateText(translate("directory.moderation.none"));
		this.grid.asSingleSelect().addValueChangeListener((event) -> choose(event.getValue()));
		this.approve.setId("approve-submission");
		this.approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.reject.setId("reject-submission");
		this.reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
		this.api.field("name", this.name)
			.field("description", this.description)
			.field("address", this.address)
			.field("latitude", this.latitude)
			.field("longitude", this.longitude)
			.field("phone", this.phone)
			.field("email", this.email)
			.field("website", this.website)
			.field("openingHours", this.hours)
			.field("siret", this.siret)
			.field("reason", this.reason);
		EntryEditorView.hoursErrors(this.api, this.hours);
		FormLayout form = new FormLayout(this.name, this.description, this.address, this.latitude, this.longitude,
				this.phone, this.email, this.website, this.hours, this.siret);
		this.detail.setPadding(false);
		this.correction.setId("correction-of");
		this.detail.add(new H3(translate("directory.moderation.detail")), this.submitter, this.correction, form,
				this.approve, new HorizontalLayout(this.reason, this.reject));
		this.detail.setVisible(false);
		add(this.grid, this.detail);
		load();
	}

	private void choose(Submission submission) {
		this.chosen = submission;
		this.detail.setVisible(submission != null);
		if (submission == null) {
			return;
		}
		EntryDraft proposed = submission.proposed();
		this.name.setValue(orEmpty(proposed.name()));
		this.description.setValue(orEmpty(proposed.description()));
		this.address.setValue(orEmpty(proposed.address()));
		this.latitude.setValue(proposed.latitude());
		this.longitude.setValue(proposed.longitude());
		this.hours.setValue(OpeningHoursText.format(proposed.openingHours()));
		this.phone.setValue(orEmpty(proposed.phone()));
		this.email.setValue(orEmpty(proposed.email()));
		this.website.setValue(orEmpty(proposed.website()));
		this.siret.setValue(orEmpty(proposed.siret()));
		this.reason.clear();
		this.submitter.setText(translate("directory.moderation.from", submission.submitterEmail()));
		showDifferences(submission);
	}

	/**
	 * For a correction, the entry's present value under each field the proposal changes;
	 * nothing under the others.
	 */
	private void showDifferences(Submission submission) {
		Entry present = (submission.entryId() != null)
				? this.api.run(() -> this.entriesApi.entry(tenant(), submission.entryId())).orElse(null) : null;
		this.correction.setVisible(present != null);
		if (present != null) {
			this.correction.setText(translate("directory.moderation.correction-of", present.name()));
		}
		EntryDraft proposed = submission.proposed();
		was(this.name, proposed.name(), (present != null) ? present.name() : null, present);
		was(this.description, proposed.description(), (present != null) ? present.description() : null, present);
		was(this.address, proposed.address(), (present != null) ? present.address() : null, present);
		was(this.phone, proposed.phone(), (present != null) ? present.phone() : null, present);
		was(this.email, proposed.email(), (present != null) ? present.email() : null, present);
		was(this.website, proposed.website(), (present != null) ? present.website() : null, present);
		was(this.siret, proposed.siret(), (present != null) ? present.siret() : null, present);
		was(this.latitude, plain(proposed.latitude()), (present != null) ? plain(present.latitude()) : null, present);
		was(this.longitude, plain(proposed.longitude()), (present != null) ? plain(present.longitude()) : null,
				present);
		was(this.hours, OpeningHoursText.format(proposed.openingHours()),
				(present != null) ? OpeningHoursText.format(present.openingHours()) : null, present);
	}

	/** A coordinate as it reads, whatever its scale (43.6 is 43.600000). */
	private static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : null;
	}

	private static void was(HasHelper field, String proposed, String value, Entry present) {
		boolean changed = present != null && !orEmpty(proposed).strip().equals(orEmpty(value).strip());
		field.setHelperText(changed
				? translate("directory.moderation.was",
						value != null && !value.isBlank() ? value : translate("directory.moderation.was-empty"))
				: null);
	}

	private void approve() {
		EntryDraft proposed = this.chosen.proposed();
		EntryDraft edited = new EntryDraft(this.name.getValue(), proposed.categoryId(), this.description.getValue(),
				this.address.getValue(), proposed.communeId(), this.latitude.getValue(), this.longitude.getValue(),
				this.phone.getValue(), this.email.getValue(), this.website.getValue(),
				OpeningHoursText.parse(this.hours.getValue()), this.siret.getValue());
		this.api.run(() -> this.submissionsApi.approveSubmission(tenant(), this.chosen.id(), edited))
			.ifPresent((entry) -> {
				ApiCall.success(translate("directory.moderation.approved", entry.name()));
				load();
			});
	}

	private void reject() {
		this.api
			.run(() -> this.submissionsApi.rejectSubmission(tenant(), this.chosen.id(),
					new Rejection(this.reason.getValue())))
			.ifPresent((submission) -> {
				ApiCall.success(translate("directory.moderation.rejected", submission.proposed().name()));
				load();
			});
	}

	private void load() {
		List<Submission> pending = this.api.run(() -> this.submissionsApi.submissions(tenant(), null))
			.orElse(List.of());
		this.grid.setItems(pending);
		choose(null);
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
