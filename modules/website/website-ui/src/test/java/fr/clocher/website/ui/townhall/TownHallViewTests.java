package fr.clocher.website.ui.townhall;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import com.vaadin.flow.component.timepicker.TimePicker;
import org.junit.jupiter.api.Test;

import fr.clocher.website.api.DayHours;
import fr.clocher.website.api.TimeSlot;
import fr.clocher.website.api.TownHall;
import fr.clocher.website.ui.WebsiteViewTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The town hall's address and opening hours, loaded and saved.
 */
class TownHallViewTests extends WebsiteViewTest {

	private static final TimeSlot MORNING = new TimeSlot(LocalTime.of(9, 0), LocalTime.of(12, 0));

	private static final TimeSlot AFTERNOON = new TimeSlot(LocalTime.of(14, 0), LocalTime.of(17, 30));

	@Test
	void showsTheSavedAddressAndHours() {
		this.townHall.current = new TownHall("1 place de la Mairie", "31000", "Saint-Martin", "04 93 00 00 00",
				"mairie@saint-martin.fr", List.of(new DayHours(DayOfWeek.MONDAY, List.of(MORNING, AFTERNOON))),
				List.of(), "Permanence du maire le samedi");
		TownHallView view = navigate(TownHallView.class);

		assertThat(view.street.getValue()).isEqualTo("1 place de la Mairie");
		assertThat(view.phone.getValue()).isEqualTo("04 93 00 00 00");
		assertThat(view.note.getValue()).isEqualTo("Permanence du maire le samedi");
		assertThat(slot(view, DayOfWeek.MONDAY, 0)[0].getValue()).isEqualTo(LocalTime.of(9, 0));
		assertThat(slot(view, DayOfWeek.MONDAY, 1)[1].getValue()).isEqualTo(LocalTime.of(17, 30));
		assertThat(slot(view, DayOfWeek.TUESDAY, 0)[0].getValue()).isNull();
	}

	@Test
	void savesTheOpeningHoursTheSecretaryTypes() {
		TownHallView view = navigate(TownHallView.class);
		test(view.street).setValue("1 place de la Mairie");
		test(slot(view, DayOfWeek.TUESDAY, 0)[0]).setValue(LocalTime.of(9, 0));
		test(slot(view, DayOfWeek.TUESDAY, 0)[1]).setValue(LocalTime.of(12, 0));
		test(slot(view, DayOfWeek.THURSDAY, 1)[0]).setValue(LocalTime.of(14, 0));
		test(slot(view, DayOfWeek.THURSDAY, 1)[1]).setValue(LocalTime.of(17, 30));
		test(view.save).click();

		assertThat(this.townHall.saved).hasSize(1);
		TownHall saved = this.townHall.saved.get(0);
		assertThat(saved.street()).isEqualTo("1 place de la Mairie");
		assertThat(saved.postalCode()).isNull();
		assertThat(saved.weeklyHours()).containsExactly(new DayHours(DayOfWeek.TUESDAY, List.of(MORNING)),
				new DayHours(DayOfWeek.THURSDAY, List.of(AFTERNOON)));
		assertThat(notification()).isEqualTo("Informations de la mairie enregistrées.");
	}

	private static TimePicker[] slot(TownHallView view, DayOfWeek day, int index) {
		return view.days.get(day.ordinal()).slots.get(index);
	}

}
