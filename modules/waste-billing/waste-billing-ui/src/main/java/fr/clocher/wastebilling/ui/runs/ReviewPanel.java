package fr.clocher.wastebilling.ui.runs;

import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;

import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.WorkspaceCommune;
import fr.clocher.wastebilling.api.BillingRunsApi;
import fr.clocher.wastebilling.api.InvoicePrintsApi;
import fr.clocher.wastebilling.api.InvoiceSummary;
import fr.clocher.wastebilling.api.LineTotal;
import fr.clocher.wastebilling.api.PayerDifference;
import fr.clocher.wastebilling.api.RunReview;
import fr.clocher.wastebilling.ui.support.Labels;
import fr.clocher.wastebilling.ui.support.Money;
import fr.clocher.wastebilling.ui.support.Paged;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * What the secretary checks before validating: the totals per tariff line, the run's
 * total against the previous period's, the largest differences per payer, and every
 * invoice, page by page. Amounts in euros in her language.
 */
class ReviewPanel extends VerticalLayout {

	static final int PAGE = 50;

	final Grid<LineTotal> lines = new Grid<>();

	final Paragraph total = new Paragraph();

	final Paragraph previous = new Paragraph();

	final Grid<PayerDifference> differences = new Grid<>();

	final Grid<InvoiceSummary> invoices = new Grid<>();

	private final ApiCall api = new ApiCall();

	private final InvoicePrintsApi printsApi;

	private Registration opening;

	ReviewPanel(InvoicePrintsApi printsApi) {
		this.printsApi = printsApi;
		setPadding(false);
		this.total.setId("review-total");
		this.previous.setId("review-previous");
		this.lines.setId("review-lines");
		this.differences.setId("review-differences");
		this.invoices.setId("review-invoices");
		this.lines.addColumn((line) -> Labels.of(line.code()))
			.setHeader(translate("waste-billing.review.component"))
			.setFlexGrow(2);
		this.lines.addColumn(LineTotal::lines).setHeader(translate("waste-billing.review.lines"));
		this.lines.addColumn((line) -> euros(line.amountCents())).setHeader(translate("waste-billing.review.amount"));
		this.lines.setAllRowsVisible(true);
		this.differences.addColumn(PayerDifference::payerReference)
			.setHeader(translate("waste-billing.payers.reference"));
		this.differences.addColumn(PayerDifference::payerName)
			.setHeader(translate("waste-billing.payers.name"))
			.setFlexGrow(2);
		this.differences
			.addColumn((difference) -> (difference.previousCents() != null) ? euros(difference.previousCents())
					: translate("waste-billing.review.new-payer"))
			.setHeader(translate("waste-billing.review.previous"));
		this.differences.addColumn((difference) -> euros(difference.currentCents()))
			.setHeader(translate("waste-billing.review.current"));
		this.differences.addColumn((difference) -> signed(difference.differenceCents()))
			.setHeader(translate("waste-billing.review.difference"));
		this.differences.setAllRowsVisible(true);
		this.differences.setEmptyStateText(translate("waste-billing.review.no-difference"));
		this.invoices.addColumn(InvoiceSummary::number).setHeader(translate("waste-billing.review.number"));
		this.invoices.addColumn(InvoiceSummary::payerReference).setHeader(translate("waste-billing.payers.reference"));
		this.invoices.addColumn(InvoiceSummary::payerName)
			.setHeader(translate("waste-billing.payers.name"))
			.setFlexGrow(2);
		this.invoices.addColumn((invoice) -> euros(invoice.totalCents()))
			.setHeader(translate("waste-billing.review.amount"));
		this.invoices.setPageSize(PAGE);
		add(new H3(translate("waste-billing.review.totals")), this.lines, this.total, this.previous,
				new H3(translate("waste-billing.review.differences")), this.differences,
				new H3(translate("waste-billing.review.invoices")), this.invoices);
	}

	void show(RunReview review, BillingRunsApi runsApi, String tenant) {
		this.lines.setItems(review.lineTotals());
		this.total.setText(
				translate("waste-billing.review.total", euros(review.run().totalCents()), review.run().invoiceCount()));
		if (review.previousTotalCents() != null) {
			this.previous.setText(translate("waste-billing.review.previous-total", euros(review.previousTotalCents()),
					signed(review.run().totalCents() - review.previousTotalCents())));
		}
		else {
			this.previous.setText(translate("waste-billing.review.first-run"));
		}
		this.differences.setItems(review.differences());
		UUID runId = review.run().id();
		this.invoices.setItems(Paged.of((page, size) -> runsApi.invoices(tenant, runId, page, size), PAGE));
		if (this.opening != null) {
			this.opening.remove();
		}
		this.opening = this.invoices
			.addItemClickListener((event) -> this.api.run(() -> runsApi.invoice(tenant, event.getItem().id()))
				.ifPresent((invoice) -> new InvoiceDialog(invoice, this.printsApi, tenant).open()));
	}

	static String euros(long cents) {
		return Money.format(cents, locale());
	}

	/** A difference with its sign: {@code +12,00 €}, {@code -3,50 €}. */
	static String signed(long cents) {
		return (cents > 0) ? "+" + euros(cents) : euros(cents);
	}

	private static Locale locale() {
		return WorkspaceCommune.locale();
	}

}
