-- GET /analytics/cohorts from two small tables, whatever the number of plans: per cohort (the plans whose first active
-- week is first_week), how many plans it holds, and per week of their life how many met their target that week.
-- Each row is kept per routine and once more for all routines under the nil uuid, so that the cohorts of every routine
-- read one row per (cohort, week of life) too. Both follow user_plan and plan_week_tally in the consumer's transaction.
create table cohort_size (
    routine_id uuid   not null,
    first_week date   not null,
    plans      bigint not null,
    primary key (routine_id, first_week)
);

create table cohort_met (
    routine_id   uuid   not null,
    first_week   date   not null,
    week_of_life int    not null,
    plans        bigint not null,
    primary key (routine_id, first_week, week_of_life)
);

insert into cohort_size (routine_id, first_week, plans)
select r.routine_id, p.first_week, count(*)
from user_plan p
cross join lateral (values (p.routine_id), ('00000000-0000-0000-0000-000000000000'::uuid)) as r(routine_id)
where p.first_week is not null
group by 1, 2;

insert into cohort_met (routine_id, first_week, week_of_life, plans)
select r.routine_id, p.first_week, (t.week_start - p.first_week) / 7 + 1, count(*)
from plan_week_tally t
join user_plan p on p.user_id = t.user_id and p.plan_id = t.plan_id
cross join lateral (values (p.routine_id), ('00000000-0000-0000-0000-000000000000'::uuid)) as r(routine_id)
where p.first_week is not null and t.done >= t.target
group by 1, 2, 3;
