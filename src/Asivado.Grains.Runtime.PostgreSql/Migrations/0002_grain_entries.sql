-- Keyed collections of grains (IPersistentDictionary), stored entry by entry so that changing one
-- entry writes one row, whatever the size of the collection.
CREATE TABLE grain_entries (
    grain_type      text    NOT NULL,
    grain_key       text    NOT NULL,
    collection_name text    NOT NULL,
    entry_key       text    NOT NULL,
    -- GrainId.StableHash reinterpreted as a signed 32-bit integer.
    grain_hash      integer NOT NULL,
    -- The UTF-8 JSON exactly as the runtime wrote it.
    payload         bytea   NOT NULL,
    CONSTRAINT grain_entries_pk PRIMARY KEY (grain_type, grain_key, collection_name, entry_key)
);
