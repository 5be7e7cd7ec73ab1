-- An erasure request and its state per service. pending_user_id names whom to erase only until routine has erased
-- them; after that nothing here identifies the person (the request's audit keeps when and by whom, not for whom).
create table erasure_request (
    id              uuid primary key,
    requested_at    timestamptz not null,
    requested_by    text        not null check (requested_by in ('user', 'admin')),
    pending_user_id text,
    completed_at    timestamptz
);
-- one open request per user: asking again while it runs answers the same request
create unique index erasure_request_pending on erasure_request (pending_user_id) where pending_user_id is not null;

-- A service's confirmation that it erased its part (from privacy.erasure-confirmations, routine's own included).
create table erasure_confirmation (
    request_id   uuid        not null references erasure_request (id),
    service      text        not null check (service in ('catalog', 'routine', 'progress')),
    confirmed_at timestamptz not null,
    primary key (request_id, service)
);
