#!/usr/bin/env bash
# The Clocher database and its two roles, as DatabaseBootstrap creates them, for the
# PostgreSQL container of compose.yaml. The passwords come from the environment (infra/.env).
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" \
	-v owner_password="${CLOCHER_DB_OWNER_PASSWORD:?}" -v app_password="${CLOCHER_DB_APP_PASSWORD:?}" <<'SQL'
create role clocher_owner login nosuperuser nocreatedb nocreaterole nobypassrls password :'owner_password';
create role clocher_app   login nosuperuser nocreatedb nocreaterole nobypassrls password :'app_password';
create database clocher owner clocher_owner;
\connect clocher
alter schema public owner to clocher_owner;
revoke all on schema public from public;
revoke all on database clocher from public;
grant connect, temporary on database clocher to clocher_app;
grant usage on schema public to clocher_app;
SQL
