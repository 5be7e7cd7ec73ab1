-- The last run of days with a session of a user whose celebrations are reconciled (QuietAddition.latestRun), as the
-- reconciliation that wrote the row saw it: a batch of sessions added in order that reaches no threshold, no comeback
-- and no target is recognised from it and the batch alone, and reads nothing of the user's history. Null when the
-- user has no session, or for rows written before this column: their next batch reads a window instead.
alter table celebration_reconciled add column run_first date, add column run_last date;
