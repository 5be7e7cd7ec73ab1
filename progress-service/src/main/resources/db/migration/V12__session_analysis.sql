-- A session's prescription as routine published it (null for records written before it did), and what each session
-- adds to the analytics rollups, kept so that deleting or replacing the session subtracts exactly that.
alter table session_completed add column prescription jsonb;

create table session_analysis (
    user_id    text not null,
    session_id uuid not null,
    routine_id uuid not null,
    week_start date not null,   -- Monday of the ISO week of the session's local date
    primary key (user_id, session_id)
);

create table session_item_outcome (
    user_id    text         not null,
    session_id uuid         not null,
    position   int          not null,
    exercise_slug text      not null,
    completed  boolean      not null,
    dose       numeric(8, 4),           -- null: not logged, or nothing measurable prescribed
    drop_off   boolean      not null,   -- the session's last completed item
    primary key (user_id, session_id, position)
);

create table session_exercise_outcome (
    user_id       text         not null,
    session_id    uuid         not null,
    exercise_slug text         not null,
    completed     boolean      not null,
    dose          numeric(8, 4),
    effort        int,
    discomfort    int,
    primary key (user_id, session_id, exercise_slug)
);
