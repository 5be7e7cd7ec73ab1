-- Raw facts, one row per event (keyed by its eventId), so that any user's statistics can be recomputed
-- from what was received, in any order, with duplicates and deletions reconciled by the domain code.
-- Rollups beside them are what reads and analytics use; a batch replaces or increments them per user.
-- Weeks are stored as the date of their Monday (an ISO week is a span of dates, see IsoWeek).

-- One row per user: the lock a batch takes (in user order) before touching that user, so two consumer
-- instances never interleave on one user, and the zone of the user's latest session for "today".
create table progress_user (
    user_id             text        primary key,
    latest_session_at   timestamptz,
    latest_session_zone text
);

create table plan_scheduled (
    event_id      uuid primary key,
    user_id       text not null,
    plan_id       uuid not null,
    routine_id    uuid not null,
    weekly_target int  not null,
    time_zone     text not null,
    starts_on     date not null,
    ends_on       date
);
create index plan_scheduled_user on plan_scheduled (user_id);

create table plan_ended (
    event_id uuid primary key,
    user_id  text not null,
    plan_id  uuid not null,
    ends_on  date not null
);
create index plan_ended_user on plan_ended (user_id);

-- exercises: [{"areas":[...],"sets":n,"reps":n,"hold":n}], only what area volume needs
create table session_completed (
    event_id         uuid        primary key,
    user_id          text        not null,
    session_id       uuid        not null,
    routine_id       uuid        not null,
    plan_id          uuid,
    completed_at     timestamptz not null,
    time_zone        text        not null,
    local_date       date        not null,
    duration_seconds int         not null,
    exercises        jsonb       not null
);
create index session_completed_user on session_completed (user_id, session_id);

create table session_deleted (
    event_id   uuid primary key,
    user_id    text not null,
    session_id uuid not null
);
create index session_deleted_user on session_deleted (user_id, session_id);

-- The user's plans as reconciled (earliest end wins), with the targets of their partial first and last
-- weeks precomputed by PlanWeekRule so that analytics can enumerate plan-weeks in SQL.
create table user_plan (
    user_id           text not null,
    plan_id           uuid not null,
    routine_id        uuid not null,
    weekly_target     int  not null,
    time_zone         text not null,
    starts_on         date not null,
    ends_on           date,
    first_week        date,          -- Monday of the first active week; null when never active
    last_week         date,          -- Monday of the last active week; null while open-ended
    first_week_target int,
    last_week_target  int,
    primary key (user_id, plan_id)
);
create index user_plan_routine_weeks on user_plan (routine_id, first_week, last_week);
create index user_plan_first_week on user_plan (first_week);

-- What each live session counted where (AppliedSession): undone or recomputed for its user only.
create table applied_session (
    user_id          text not null,
    session_id       uuid not null,
    local_date       date not null,
    duration_seconds int  not null,
    plan_id          uuid,
    plan_week        date,
    primary key (user_id, session_id)
);

create table day_tally (
    user_id          text   not null,
    day              date   not null,
    sessions         int    not null,
    duration_seconds bigint not null,
    primary key (user_id, day)
);

-- Weeks in which at least one session counted; analytics add the empty active weeks from user_plan.
create table plan_week_tally (
    plan_id    uuid not null,
    week_start date not null,
    user_id    text not null,
    done       int  not null,
    target     int  not null,
    primary key (plan_id, week_start)
);
create index plan_week_tally_user on plan_week_tally (user_id);

create table area_volume (
    user_id      text   not null,
    area         text   not null,
    sessions     int    not null,
    sets         bigint not null,
    reps         bigint not null,
    hold_seconds bigint not null,
    primary key (user_id, area)
);
