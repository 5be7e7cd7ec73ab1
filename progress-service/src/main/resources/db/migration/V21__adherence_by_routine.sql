-- GET /analytics/adherence?routineId= from two small tables, whatever the number of plans: V14's histogram of the
-- tallied plan-weeks and changes in the number of active plans, kept per routine instead of per weekly target.
-- Both follow user_plan, plan_week_tally and plan_week_skipped in the consumer's transaction.
create table adherence_routine_histogram (
    routine_id uuid   not null,
    week_start date   not null,
    done       int    not null,
    target     int    not null,
    plans      bigint not null,
    primary key (routine_id, week_start, done, target)
);

create table adherence_routine_active (
    routine_id uuid   not null,
    week_start date   not null,
    delta      bigint not null,
    primary key (routine_id, week_start)
);

insert into adherence_routine_histogram (routine_id, week_start, done, target, plans)
select p.routine_id, t.week_start, least(t.done, t.target), t.target, count(*)
from plan_week_tally t join user_plan p on p.user_id = t.user_id and p.plan_id = t.plan_id
group by 1, 2, 3, 4;

insert into adherence_routine_active (routine_id, week_start, delta)
select routine_id, week_start, sum(delta) from (
    select p.routine_id, p.first_week as week_start, 1 as delta from user_plan p
    where p.first_week is not null and (p.last_week is null or p.last_week >= p.first_week)
    union all
    select p.routine_id, p.last_week + 7, -1 from user_plan p
    where p.first_week is not null and p.last_week >= p.first_week
    union all
    select p.routine_id, s.week_start, -1 from plan_week_skipped s
    join user_plan p on p.user_id = s.user_id and p.plan_id = s.plan_id
    where s.week_start >= p.first_week and (p.last_week is null or s.week_start <= p.last_week)
    union all
    select p.routine_id, s.week_start + 7, 1 from plan_week_skipped s
    join user_plan p on p.user_id = s.user_id and p.plan_id = s.plan_id
    where s.week_start >= p.first_week and (p.last_week is null or s.week_start <= p.last_week)
) changes group by 1, 2;
