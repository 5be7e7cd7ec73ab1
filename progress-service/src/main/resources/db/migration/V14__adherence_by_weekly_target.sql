-- GET /analytics/adherence?groupBy=weeklyTarget from two small tables, whatever the number of plans:
-- a histogram of the tallied plan-weeks by (week, weekly target, done capped at target, target), and the changes in
-- the number of active plans per (week, weekly target): +1 at a plan's first active week, -1 after its last, -1 at a
-- week a pause takes out whole and +1 after it; the plans active in a week are the sum of the changes up to it.
-- Both follow user_plan, plan_week_tally and plan_week_skipped in the consumer's transaction.
create table adherence_target_histogram (
    week_start    date   not null,
    weekly_target int    not null,
    done          int    not null,
    target        int    not null,
    plans         bigint not null,
    primary key (week_start, weekly_target, done, target)
);

create table adherence_target_active (
    week_start    date   not null,
    weekly_target int    not null,
    delta         bigint not null,
    primary key (week_start, weekly_target)
);

insert into adherence_target_histogram (week_start, weekly_target, done, target, plans)
select t.week_start, p.weekly_target, least(t.done, t.target), t.target, count(*)
from plan_week_tally t join user_plan p on p.user_id = t.user_id and p.plan_id = t.plan_id
group by 1, 2, 3, 4;

insert into adherence_target_active (week_start, weekly_target, delta)
select week_start, weekly_target, sum(delta) from (
    select p.first_week as week_start, p.weekly_target, 1 as delta from user_plan p
    where p.first_week is not null and (p.last_week is null or p.last_week >= p.first_week)
    union all
    select p.last_week + 7, p.weekly_target, -1 from user_plan p
    where p.first_week is not null and p.last_week >= p.first_week
    union all
    select s.week_start, p.weekly_target, -1 from plan_week_skipped s
    join user_plan p on p.user_id = s.user_id and p.plan_id = s.plan_id
    where s.week_start >= p.first_week and (p.last_week is null or s.week_start <= p.last_week)
    union all
    select s.week_start + 7, p.weekly_target, 1 from plan_week_skipped s
    join user_plan p on p.user_id = s.user_id and p.plan_id = s.plan_id
    where s.week_start >= p.first_week and (p.last_week is null or s.week_start <= p.last_week)
) changes group by 1, 2;
