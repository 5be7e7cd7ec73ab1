-- The stretches each plan is actually paused (PlanPauses: cut short by the earliest resumption, cancelled ones left
-- out), beside user_plan and replaced with it whenever the user is recomputed; they are part of the plans that
-- targets, milestones and today's zone are computed from.
create table user_plan_pause (
    user_id   text not null,
    plan_id   uuid not null,
    pause_id  uuid not null,
    starts_on date not null,
    ends_on   date not null,
    primary key (user_id, plan_id, pause_id)
);

-- Plan-weeks a pause takes out whole (PlanWeekRule: every day of the plan in that week paused, target 0). Analytics
-- enumerate active plan-weeks from user_plan's first and last weeks and leave these out; plan_week_tally never holds
-- them.
create table plan_week_skipped (
    plan_id    uuid not null,
    week_start date not null,
    user_id    text not null,
    primary key (plan_id, week_start)
);
create index plan_week_skipped_user on plan_week_skipped (user_id);
