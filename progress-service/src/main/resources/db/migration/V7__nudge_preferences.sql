-- A user's say over milestone events (GET/PUT /progress/me/nudges). A user without a row has the defaults of
-- NudgePreferences.DEFAULTS; the row is written by the first PUT.
create table nudge_preferences (
    user_id            text        primary key,
    week_at_risk       boolean     not null,
    week_missed        boolean     not null,
    inactive           boolean     not null,
    celebrations       boolean     not null,
    nudge_hour         smallint    not null check (nudge_hour between 0 and 23),
    quiet_start        time,
    quiet_end          time,
    max_nudges_per_day smallint    not null check (max_nudges_per_day between 1 and 10),
    updated_at         timestamptz not null,
    check ((quiet_start is null) = (quiet_end is null))
);
