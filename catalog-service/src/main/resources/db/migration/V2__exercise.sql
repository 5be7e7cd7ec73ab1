-- Trigram matching finds exercises from partial or misspelt names ("clamshel", "pigon").
-- pg_trgm is a trusted extension (PostgreSQL 13+), so the database owner may create it.
create extension if not exists pg_trgm;

create table exercise (
    slug          text        primary key,
    -- increases with every change, retirement included; the ETag and the events carry it
    version       integer     not null check (version >= 1),
    name          text        not null,
    aliases       text[]      not null default '{}',
    summary       text        not null,
    steps         text[]      not null,
    cues          text[]      not null default '{}',
    cautions      text[]      not null default '{}',
    category      text        not null,
    target_areas  text[]      not null,
    equipment     text[]      not null,
    position      text        not null,
    per_side      boolean     not null,
    prescription  jsonb       not null,
    sources       jsonb       not null default '[]',
    retired       boolean     not null default false,
    -- SHA-256 of the seed entry last applied to this row; null for exercises created through the API
    seed_hash     text,
    -- name and aliases in one string, kept by the application (array_to_string is not immutable,
    -- so it cannot feed a generated column)
    search_names  text        not null,
    search_vector tsvector generated always as (
        setweight(to_tsvector('english', search_names), 'A') ||
        setweight(to_tsvector('english', summary), 'B')) stored,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);

create index exercise_search_vector_idx on exercise using gin (search_vector);
create index exercise_search_names_trgm_idx on exercise using gin (search_names gin_trgm_ops);
create index exercise_target_areas_idx on exercise using gin (target_areas);
create index exercise_equipment_idx on exercise using gin (equipment);
