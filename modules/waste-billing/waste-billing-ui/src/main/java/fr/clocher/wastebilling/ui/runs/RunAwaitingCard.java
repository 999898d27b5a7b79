package fr.clocher.wastebilling.ui.runs;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import fr.clocher.kernel.ui.ApiError;
import fr.clocher.kernel.ui.DashboardCard;
import fr.clocher.kernel.ui.WorkspaceCommune;
import fr.clocher.wastebilling.api.BillingRun;
import fr.clocher.wastebilling.api.BillingRunsApi;
import fr.clocher.wastebilling.api.RunStatus;
import fr.clocher.wastebilling.ui.support.Money;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The dashboard card: each computed run waiting for the secretary's validation, with its
 * total, opening its review. Nothing shows when no run waits.
 */
public class RunAwaitingCard implements DashboardCard {

	private final BillingRunsApi runsApi;

	public RunAwaitingCard(BillingRunsApi runsApi) {
		this.runsApi = runsApi;
	}

	@Override
	public Optional<Component> render(WorkspaceCommune commune) {
		Div card = new Div(new H3(translate("waste-billing.card.title")));
		card.setId("waste-billing-card");
		try {
			List<BillingRun> waiting = this.runsApi.runs(commune.slug())
				.stream()
				.filter((run) -> run.status() == RunStatus.REVIEW)
				.toList();
			if (waiting.isEmpty()) {
				return Optional.empty();
			}
			for (BillingRun run : waiting) {
				card.add(new Paragraph(translate("waste-billing.card.waiting", RunsView.period(run), run.invoiceCount(),
						Money.format(run.totalCents(), WorkspaceCommune.locale()))));
				card.add(new RouterLink(translate("waste-billing.card.review"), RunWizardView.class,
						new RouteParameters("id", run.id().toString())));
			}
		}
		catch (RuntimeException failure) {
			card.add(new Paragraph(ApiError.of(failure, WorkspaceCommune.locale()).message()));
		}
		return Optional.of(card);
	}

}
