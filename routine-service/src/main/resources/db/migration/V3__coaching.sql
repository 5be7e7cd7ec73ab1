-- A coach's invitation, by the SHA-256 (hex) of its code: the code is a bearer secret until it is used
-- or expires, so whoever reads the database (a backup, a report) must not be able to accept it. Codes
-- carry about 59 random bits, so a plain hash cannot be reversed by trying candidates.
create table coach_invitation (
    code_hash  text primary key,
    coach_id   text        not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    used_by    text
);
create index coach_invitation_open_idx on coach_invitation (coach_id, expires_at) where used_at is null;

-- What an athlete lets a coach do, one row while the relationship lasts; revoking deletes it.
create table coaching_grant (
    athlete_id    text        not null,
    coach_id      text        not null,
    view_progress boolean     not null,
    assign_plans  boolean     not null,
    granted_at    timestamptz not null,
    primary key (athlete_id, coach_id),
    check (view_progress or assign_plans)
);
create index coaching_grant_coach_idx on coaching_grant (coach_id);

-- The coach who scheduled the plan for its user; null when the user scheduled it.
alter table plan add column assigned_by text;

-- A pause covers starts_on .. ends_on (inclusive), or starts_on .. resumed_on - 1 once resumed early.
create table plan_pause (
    id         uuid primary key,
    plan_id    uuid        not null references plan (id),
    starts_on  date        not null,
    ends_on    date        not null,
    paused_by  text        not null,
    created_at timestamptz not null,
    resumed_on date,
    resumed_at timestamptz,
    check (ends_on >= starts_on),
    check (resumed_on is null or (resumed_on between starts_on and ends_on))
);
create index plan_pause_plan_idx on plan_pause (plan_id, starts_on);

-- Pain during or after the session, 0..10; null when not given.
alter table training_session add column discomfort int check (discomfort between 0 and 10);
