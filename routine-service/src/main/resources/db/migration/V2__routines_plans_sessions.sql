-- Local copy of the catalog, fed only by catalog.exercise-events. A retirement of a slug we never
-- saw leaves a row with retired = true and no snapshot, so an older snapshot arriving later is ignored.
create table catalog_exercise (
    slug         text primary key,
    version      bigint      not null,
    name         text,
    category     text,
    target_areas jsonb       not null default '[]',
    equipment    jsonb       not null default '[]',
    position     text,
    per_side     boolean     not null default false,
    prescription jsonb,
    retired      boolean     not null default false,
    updated_at   timestamptz not null
);

-- Catalog events already applied; written in the same transaction as their effect.
create table processed_event (
    event_id     uuid primary key,
    processed_at timestamptz not null default now()
);

-- Items are kept in the routine row, in order: they are always read and written as a whole.
create table routine (
    id             uuid primary key,
    slug           text unique,
    name           text        not null,
    description    text,
    purpose        text        not null,
    visibility     text        not null,
    owner_id       text,
    rounds_min     int         not null,
    rounds_max     int         not null,
    items          jsonb       not null,
    source_title   text,
    source_article text,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    deleted_at     timestamptz
);
create index routine_owner_idx on routine (owner_id) where deleted_at is null;

create table plan (
    id            uuid primary key,
    user_id       text        not null,
    routine_id    uuid        not null references routine (id),
    weekly_target int         not null,
    time_zone     text        not null,
    starts_on     date        not null,
    ends_on       date,
    created_at    timestamptz not null,
    ended_at      timestamptz
);
create index plan_user_idx on plan (user_id);

create table training_session (
    id               uuid primary key,
    user_id          text        not null,
    routine_id       uuid        not null references routine (id),
    plan_id          uuid references plan (id),
    purpose          text        not null,
    started_at       timestamptz not null,
    completed_at     timestamptz not null,
    time_zone        text        not null,
    local_date       date        not null,
    duration_seconds int         not null,
    effort           int,
    exercises        jsonb       not null,
    idempotency_key  text,
    request_hash     text,
    created_at       timestamptz not null,
    unique (user_id, idempotency_key)
);
create index training_session_user_date_idx on training_session (user_id, local_date);
