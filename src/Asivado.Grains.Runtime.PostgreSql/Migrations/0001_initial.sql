-- Grain state and durable reminders.
-- Runs inside the migrator's transaction with search_path set to the provider's schema,
-- so names here are unqualified.

-- Versions come from one sequence per table, never from a per-row counter, so a record that is
-- deleted and created again never reuses an ETag an old writer may still hold.
CREATE SEQUENCE grain_state_version_seq AS bigint;

CREATE TABLE grain_state (
    grain_type  text        NOT NULL,
    grain_key   text        NOT NULL,
    state_name  text        NOT NULL,
    -- GrainId.StableHash reinterpreted as a signed 32-bit integer.
    grain_hash  integer     NOT NULL,
    -- The UTF-8 JSON exactly as the runtime wrote it (jsonb would reorder keys and drop whitespace).
    payload     bytea       NOT NULL,
    version     bigint      NOT NULL DEFAULT nextval('grain_state_version_seq'),
    modified_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT grain_state_pk PRIMARY KEY (grain_type, grain_key, state_name)
);

CREATE INDEX grain_state_grain_hash_idx ON grain_state (grain_hash);

CREATE SEQUENCE reminder_version_seq AS bigint;

CREATE TABLE reminders (
    grain_type    text    NOT NULL,
    grain_key     text    NOT NULL,
    reminder_name text    NOT NULL,
    -- GrainId.StableHash reinterpreted as a signed 32-bit integer.
    grain_hash    integer NOT NULL,
    -- DateTimeOffset.UtcTicks (100 ns since 0001-01-01 UTC): exact, unlike timestamptz's microseconds.
    due_at_ticks  bigint  NOT NULL,
    -- TimeSpan.Ticks; zero for a one-shot reminder.
    period_ticks  bigint  NOT NULL CONSTRAINT reminders_period_not_negative CHECK (period_ticks >= 0),
    version       bigint  NOT NULL DEFAULT nextval('reminder_version_seq'),
    CONSTRAINT reminders_pk PRIMARY KEY (grain_type, grain_key, reminder_name)
);

-- "Due before T in hash range R" is a range scan on due_at_ticks with the hash checked inside the index.
CREATE INDEX reminders_due_at_idx ON reminders (due_at_ticks, grain_hash);

CREATE INDEX reminders_grain_hash_idx ON reminders (grain_hash);
