package fr.clocher.website.ui.townhall;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.ModuleScreen;
import fr.clocher.kernel.ui.ModuleView;
import fr.clocher.website.api.DayHours;
import fr.clocher.website.api.OpeningException;
import fr.clocher.website.api.TownHall;
import fr.clocher.website.api.TownHallApi;
import fr.clocher.website.api.Website;
import fr.clocher.website.ui.support.Actions;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The town hall's address, contacts and opening hours, as the home page and every page's
 * footer show them.
 */
@Route("website/town-hall")
@PageTitle("Mairie")
@ModuleView(Website.KEY)
@PermitAll
public class TownHallView extends ModuleScreen {

	private final TownHallApi townHallApi;

	final TextField street = new TextField(translate("website.town-hall.street-address"));

	final TextField postalCode = new TextField(translate("website.town-hall.postal-code"));

	final TextField city = new TextField(translate("website.town-hall.town"));

	final TextField phone = new TextField(translate("website.town-hall.phone"));

	final EmailField email = new EmailField(translate("website.town-hall.e-mail"));

	final TextArea note = new TextArea(translate("website.town-hall.note-under-hours"));

	final List<DayRow> days = new ArrayList<>();

	final List<ExceptionRow> exceptions = new ArrayList<>();

	private final VerticalLayout exceptionRows = new VerticalLayout();

	final Button save = Actions.button(translate("website.town-hall.save"), VaadinIcon.CHECK, true, this::save);

	public TownHallView(TownHallApi townHallApi) {
		super(translate("website.town-hall.town-hall"), translate("website.town-hall.intro"));
		this.townHallApi = townHallApi;
		this.save.setId("save-town-hall");
		this.postalCode.setMaxLength(5);
		this.postalCode.setAllowedCharPattern("[0-9]");
		this.phone.setPlaceholder("04 93 00 00 00");
		this.note.setMaxLength(500);
		FormLayout address = new FormLayout(this.street, this.postalCode, this.city, this.phone, this.email);
		address.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
		this.api.field("street", this.street)
			.field("postalCode", this.postalCode)
			.field("city", this.city)
			.field("phone", this.phone)
			.field("email", this.email)
			.field("note", this.note);
		VerticalLayout week = new VerticalLayout();
		week.setPadding(false);
		for (DayOfWeek day : DayOfWeek.values()) {
			DayRow row = new DayRow(day);
			this.days.add(row);
			week.add(row);
		}
		this.exceptionRows.setPadding(false);
		Button addException = new Button(translate("website.town-hall.add-exception"), VaadinIcon.PLUS.create(),
				(event) -> addException(null));
		addException.setId("add-exception");
		this.note.setWidthFull();
		add(address, new H3(translate("website.town-hall.opening-hours")), week, this.note,
				new H3(translate("website.town-hall.special-days")), this.exceptionRows, addException, this.save);
		this.api.run(() -> townHallApi.townHall(tenant())).ifPresent(this::show);
	}

	private void show(TownHall townHall) {
		this.street.setValue(Objects.requireNonNullElse(townHall.street(), ""));
		this.postalCode.setValue(Objects.requireNonNullElse(townHall.postalCode(), ""));
		this.city.setValue(Objects.requireNonNullElse(townHall.city(), ""));
		this.phone.setValue(Objects.requireNonNullElse(townHall.phone(), ""));
		this.email.setValue(Objects.requireNonNullElse(townHall.email(), ""));
		this.note.setValue(Objects.requireNonNullElse(townHall.note(), ""));
		for (DayRow row : this.days) {
			row.show(townHall.weeklyHours()
				.stream()
				.filter((hours) -> hours.day() == row.day)
				.findFirst()
				.orElse(new DayHours(row.day, List.of())));
		}
		this.exceptions.clear();
		this.exceptionRows.removeAll();
		townHall.exceptions().forEach(this::addException);
	}

	private void addException(OpeningException exception) {
		ExceptionRow[] holder = new ExceptionRow[1];
		holder[0] = new ExceptionRow(exception, () -> {
			this.exceptions.remove(holder[0]);
			this.exceptionRows.remove(holder[0]);
		});
		this.exceptions.add(holder[0]);
		this.exceptionRows.add(holder[0]);
	}

	private void save() {
		List<DayHours> week = new ArrayList<>();
		for (DayRow row : this.days) {
			DayHours hours = row.hours(this.api, week.size());
			if (hours != null) {
				week.add(hours);
			}
		}
		List<OpeningException> special = new ArrayList<>();
		for (ExceptionRow row : this.exceptions) {
			special.add(row.exception(this.api, special.size()));
		}
		TownHall townHall = new TownHall(blankToNull(this.street), blankToNull(this.postalCode), blankToNull(this.city),
				blankToNull(this.phone), blankToNull(this.email), week, special, blankToNull(this.note));
		this.api.run(() -> this.townHallApi.updateTownHall(tenant(), townHall)).ifPresent((saved) -> {
			show(saved);
			ApiCall.success(translate("website.town-hall.saved"));
		});
	}

	private static String blankToNull(com.vaadin.flow.component.HasValue<?, String> field) {
		String value = field.getValue().strip();
		return value.isEmpty() ? null : value;
	}

}
