-- A user's latest runs, and the rules' version their celebrations were reconciled under, move into the user's
-- progress_user row. A batch already locks that row (returning what it holds) and writes it once (the latest
-- session), so the runs cost neither a read nor a row version of their own. Null rules: not reconciled with every
-- change (never yet, milestones switched off, or the row came from a rebuild's twin), so the user's next
-- reconciliation reads their whole history.
alter table progress_user add column celebration_rules int, add column run_first date, add column run_last date,
    add column weekly_first date, add column weekly_last date, add column weekly_length int;
-- Whether the user's recorded celebrations are exactly those true now, each under its own key (LatestRuns.ownKeys):
-- then a batch in order publishes its news without reading the recorded keys. Not known for the rows moved here.
alter table progress_user add column celebration_own_keys boolean;

update progress_user p set celebration_rules = c.rules, run_first = c.run_first, run_last = c.run_last,
    weekly_first = c.weekly_first, weekly_last = c.weekly_last, weekly_length = c.weekly_length
from celebration_reconciled c where c.user_id = p.user_id;

drop table celebration_reconciled;
