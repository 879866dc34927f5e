-- The Orleans-era schema: grain state (IGrainStorage), keyed-collection entries (IGrainEntryStorage) and
-- one-shot deadlines (IDeadlineTable). Runs inside the migrator's transaction with search_path set to the
-- provider's schema, so names here are unqualified.
--
-- Key columns compare byte for byte (collation "C"): every index lookup and insert compares keys, and under a
-- linguistic collation (the database default, e.g. en_US.UTF-8) each comparison is a strcoll call. Nothing depends
-- on a linguistic order of ids and names.
--
-- grain_hash is GrainId.GetUniformHashCode() (Orleans' ring position, a uint) reinterpreted as a signed 32-bit
-- integer; the providers turn ring ranges into at most two signed ranges.

-- Versions come from a sequence, never from a per-row counter, so a state that is cleared (deleted) and written
-- again never reuses an ETag an old writer may still hold.
CREATE SEQUENCE grain_state_version_seq AS bigint;

CREATE TABLE grain_state (
    grain_type  text COLLATE "C" NOT NULL,
    grain_key   text COLLATE "C" NOT NULL,
    state_name  text COLLATE "C" NOT NULL,
    grain_hash  integer          NOT NULL,
    -- The UTF-8 JSON exactly as System.Text.Json wrote it (jsonb would reorder keys and drop whitespace);
    -- readable with convert_from(payload, 'UTF8').
    payload     bytea            NOT NULL,
    version     bigint           NOT NULL DEFAULT nextval('grain_state_version_seq'),
    modified_at timestamptz      NOT NULL DEFAULT now(),
    CONSTRAINT grain_state_pk PRIMARY KEY (grain_type, grain_key, state_name)
);

-- Keyed collections of grains, stored entry by entry so that changing one entry writes one row, whatever the size
-- of the collection.
CREATE TABLE grain_entries (
    grain_type      text COLLATE "C" NOT NULL,
    grain_key       text COLLATE "C" NOT NULL,
    collection_name text COLLATE "C" NOT NULL,
    entry_key       text COLLATE "C" NOT NULL,
    grain_hash      integer          NOT NULL,
    payload         bytea            NOT NULL,
    CONSTRAINT grain_entries_pk PRIMARY KEY (grain_type, grain_key, collection_name, entry_key)
);

-- One row per pending one-shot deadline of a grain.
CREATE TABLE deadlines (
    grain_type    text COLLATE "C" NOT NULL,
    grain_key     text COLLATE "C" NOT NULL,
    deadline_name text COLLATE "C" NOT NULL,
    grain_hash    integer          NOT NULL,
    -- DateTimeOffset.UtcTicks (100 ns since 0001-01-01 UTC): exact, unlike timestamptz's microseconds.
    due_at_ticks  bigint           NOT NULL,
    CONSTRAINT deadlines_pk PRIMARY KEY (grain_type, grain_key, deadline_name)
);

-- "Due between F and B in ring range R" is a range scan on due_at_ticks with the hash checked inside the index.
CREATE INDEX deadlines_due_at_idx ON deadlines (due_at_ticks, grain_hash);

-- Counting a range's deadlines (hand-over, metrics) reads this index only.
CREATE INDEX deadlines_grain_hash_idx ON deadlines (grain_hash);
