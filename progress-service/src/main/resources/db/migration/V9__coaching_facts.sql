-- Coaching: which coach may read which athlete's progress, from routine.coaching-events (key athleteId). One row per
-- (athlete, coach): the latest granted or revoked event of the pair, by occurredAt and then event id as text, so
-- that any arrival order leaves the same row. A revoke leaves the row with no scopes and revoked = true.
-- A rebuild replays the topic into its twin like every fact table.
create table coach_grant (
    athlete_id  text        not null,
    coach_id    text        not null,
    scopes      text[]      not null,
    revoked     boolean     not null,
    occurred_at timestamptz not null,
    event_id    uuid        not null,
    primary key (athlete_id, coach_id),
    check (revoked = (cardinality(scopes) = 0))
);
-- a coach's athletes: GET /coach/athletes and the access check of every coach read
create index coach_grant_coach on coach_grant (coach_id, athlete_id) where not revoked;

-- The coach who scheduled a plan (absent when the athlete did), and how a session felt: effort 1..10 and
-- discomfort 0..10, each null when not given (and for sessions stored before these columns existed, until a rebuild).
alter table plan_scheduled add column assigned_by text;
alter table session_completed add column effort int, add column discomfort int;

-- Plan pauses, one row per event like every raw fact: reconciled per pause id (the earliest resumption cuts a pause
-- short; one on its first day cancels it) whenever the user is recomputed.
create table plan_paused (
    event_id  uuid primary key,
    user_id   text not null,
    plan_id   uuid not null,
    pause_id  uuid not null,
    starts_on date not null,
    ends_on   date not null,
    paused_by text not null
);
create index plan_paused_user on plan_paused (user_id);

create table plan_resumed (
    event_id   uuid primary key,
    user_id    text not null,
    plan_id    uuid not null,
    pause_id   uuid not null,
    resumed_on date not null
);
create index plan_resumed_user on plan_resumed (user_id);
