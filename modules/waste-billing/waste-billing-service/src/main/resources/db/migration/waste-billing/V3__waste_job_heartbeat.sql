-- A running job's instance says it is alive every few seconds; a job silent for long was
-- cut short by a stop of that instance and is read as failed (Jobs).
alter table waste_job add column heartbeat_at timestamptz;
update waste_job set heartbeat_at = coalesce(finished_at, started_at);
alter table waste_job alter column heartbeat_at set not null;
