package fr.clocher.wastebilling.ui.simulator;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import fr.clocher.wastebilling.api.HouseholdTypeChange;
import fr.clocher.wastebilling.ui.support.Money;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The change per payer of each household type as horizontal bars drawn on the server
 * (plain elements and inline styles: no chart library, no script). One image for
 * assistive technologies, its text alternative listing every figure; the direction is
 * written with the sign, never told by colour alone.
 */
class ChangeChart extends Div {

	static final String RISE = "#8a1c1c";

	static final String FALL = "#1d5e2f";

	ChangeChart() {
		setId("simulation-chart");
		getElement().setAttribute("role", "img");
		getStyle().set("display", "grid").set("gap", "0.4rem").set("max-width", "40rem").set("width", "100%");
	}

	void show(List<HouseholdTypeChange> types, Locale locale) {
		removeAll();
		long largest = types.stream().mapToLong((t) -> Math.abs(t.averageChangeCents())).max().orElse(0);
		getElement().setAttribute("aria-label", alternative(types, locale));
		for (HouseholdTypeChange type : types) {
			add(row(type, largest, locale));
		}
	}

	/** The text alternative: every type's change per payer, in words. */
	static String alternative(List<HouseholdTypeChange> types, Locale locale) {
		return translate("waste-billing.simulator.chart-alt") + " "
				+ types.stream()
					.map((t) -> SimulationLabels.type(t.type()) + " : " + signed(t.averageChangeCents(), locale))
					.collect(Collectors.joining(" ; "))
				+ ".";
	}

	static String signed(long cents, Locale locale) {
		return ((cents > 0) ? "+" : "") + Money.format(cents, locale);
	}

	private static Div row(HouseholdTypeChange type, long largest, Locale locale) {
		Span label = new Span(SimulationLabels.type(type.type()));
		label.getStyle().set("flex", "0 0 9rem");
		Div bar = new Div();
		long share = (largest > 0) ? Math.abs(type.averageChangeCents()) * 100 / largest : 0;
		bar.getStyle()
			.set("width", share + "%")
			.set("height", "1rem")
			.set("background", (type.averageChangeCents() > 0) ? RISE : FALL);
		Div track = new Div(bar);
		track.getStyle().set("flex", "1 1 8rem").set("min-width", "4rem").set("background", "#eceff3");
		Span value = new Span(signed(type.averageChangeCents(), locale));
		value.getStyle().set("flex", "0 0 7rem").set("text-align", "right");
		Div row = new Div(label, track, value);
		row.getStyle()
			.set("display", "flex")
			.set("flex-wrap", "wrap")
			.set("align-items", "center")
			.set("gap", "0.5rem");
		return row;
	}

}
