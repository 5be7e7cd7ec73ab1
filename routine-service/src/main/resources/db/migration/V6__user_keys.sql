-- Crypto-shredding (ADR 0014): each user's data key, wrapped with the deployment's master key, and the random alias
-- that keys their records on the routine.* topics. Erasure deletes the row; what stays on the topics is then noise.
create table user_key (
    user_id     text primary key,
    alias       uuid not null unique,
    wrapped_key bytea not null,
    created_at  timestamptz not null
);

-- Keyed fingerprints (HMAC under the master key) of erased user ids: such an id never gets a new key, so nothing
-- new is written for it; the fingerprint names no one without the master key.
create table erased_user (
    fingerprint bytea primary key,
    erased_at   timestamptz not null
);
