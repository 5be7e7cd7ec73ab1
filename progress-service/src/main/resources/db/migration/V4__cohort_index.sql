-- Cohorts only look at plan-weeks that met their target.
create index plan_week_tally_met on plan_week_tally (plan_id, week_start) where done >= target;
