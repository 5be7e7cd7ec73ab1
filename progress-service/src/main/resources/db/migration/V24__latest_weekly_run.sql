-- The last run of met weeks of a user whose celebrations are reconciled (LatestRuns.weekly), beside their last run of
-- days: a batch of sessions added in order that meets a week is then reconciled from the batch, the two runs and the
-- recorded keys its news can touch (InOrderAddition), without reading the user's plan-weeks or days. The Mondays of
-- the run's first and last week and its length in weeks with a target; length 0 when the user never met a week, null
-- when not known (rows written before this column, or by a window that began inside the run): the user's next batch
-- that meets a week reads a window instead.
alter table celebration_reconciled add column weekly_first date, add column weekly_last date,
    add column weekly_length int check (weekly_length >= 0);
