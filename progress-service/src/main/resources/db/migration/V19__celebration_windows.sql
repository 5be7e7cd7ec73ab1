-- Celebrations reconciled from a window of a user's history (CelebrationWindow, ADR 0006) rather than all of it.
--
-- The days each celebration key is about (CelebrationWindow.days): a plan-week's Monday to Sunday, a streak's
-- stretch, a comeback's spell; null for nudges. A window reads the keys whose days end on or after its start.
alter table milestone add column period_first date, add column period_last date;

update milestone set period_first = to_date(split_part(key_text, '|', 3) || '-1', 'IYYY-"W"IW-ID'),
                     period_last  = to_date(split_part(key_text, '|', 3) || '-7', 'IYYY-"W"IW-ID')
 where type = 'week-target-met';
-- streak-reached|-|daily/7/2026-11-02..2026-11-08
update milestone set period_first = split_part(split_part(split_part(key_text, '|', 3), '/', 3), '..', 1)::date,
                     period_last  = split_part(split_part(split_part(key_text, '|', 3), '/', 3), '..', 2)::date
 where type = 'streak-reached' and split_part(key_text, '|', 3) like 'daily/%';
-- streak-reached|-|weekly/4/2026-W45..2026-W48: Monday of the first week to Sunday of the last
update milestone set period_first = to_date(split_part(split_part(split_part(key_text, '|', 3), '/', 3), '..', 1) || '-1',
                                            'IYYY-"W"IW-ID'),
                     period_last  = to_date(split_part(split_part(split_part(key_text, '|', 3), '/', 3), '..', 2) || '-7',
                                            'IYYY-"W"IW-ID')
 where type = 'streak-reached' and split_part(key_text, '|', 3) like 'weekly/%';
-- comeback|-|2026-11-03..2026-11-12
update milestone set period_first = split_part(split_part(key_text, '|', 3), '..', 1)::date,
                     period_last  = split_part(split_part(key_text, '|', 3), '..', 2)::date
 where type = 'comeback';

create index milestone_celebration_days on milestone (user_id, period_last) where period_last is not null;

-- The users whose recorded celebrations were reconciled with every change to their facts so far, under the rules
-- of EventMilestones.RULES: only theirs may be reconciled from a window. A batch with milestones switched off deletes
-- its users' rows, a rebuild's swap deletes them all, and a change of rules leaves them under the old number; the
-- user's next batch then reads their whole history and writes the row again.
create table celebration_reconciled (
    user_id text primary key,
    rules   int  not null
);

-- A window reads a user's plan-week tallies from a week on: the same index, with the week beside the user.
drop index plan_week_tally_user;
create index plan_week_tally_user on plan_week_tally (user_id, week_start);
