-- An intercommunality onboarded in the background: the operator's console follows its
-- progress. At most one job runs per SIREN (the unique partial index), so a second
-- submission finds the running one instead of starting another.
create table onboarding_job (
    id              uuid primary key,
    siren           varchar(9)   not null,
    name            varchar(200) not null,
    status          varchar(10)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    done            integer      not null default 0,
    total           integer      not null,
    secretary_email varchar(320),
    tenant_id       uuid references tenant (id),
    error_fr        text,
    error_en        text,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);
create unique index onboarding_job_running_idx on onboarding_job (siren) where status = 'RUNNING';
comment on table onboarding_job is 'platform: intercommunality onboarding jobs and their progress';
