-- A run's issued invoices read by number, a page at a time, for its PDF and its ledger:
-- each page is a range of this index (a run of 100,000 invoices is never sorted whole).
create index waste_invoice_run_number_idx on waste_invoice (tenant_id, run_id, number_year, number_seq)
    where number_year is not null;
