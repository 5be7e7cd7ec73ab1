-- Analytics read plan-week tallies by week (adherence) and plans by id (routine filter), never by user.
create index plan_week_tally_week on plan_week_tally (week_start) include (plan_id, done, target);
create index user_plan_plan on user_plan (plan_id) include (routine_id, first_week);
