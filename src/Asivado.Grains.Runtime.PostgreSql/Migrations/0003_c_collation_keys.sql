-- Key columns compare byte for byte (collation "C"): every index lookup and insert compares keys, and under
-- a linguistic collation (the database default, e.g. en_US.UTF-8) each comparison is a strcoll call. Nothing
-- depends on a linguistic order of ids and names (ordinal order is applied in code where order matters).
ALTER TABLE grain_state
    ALTER COLUMN grain_type TYPE text COLLATE "C",
    ALTER COLUMN grain_key TYPE text COLLATE "C",
    ALTER COLUMN state_name TYPE text COLLATE "C";

ALTER TABLE grain_entries
    ALTER COLUMN grain_type TYPE text COLLATE "C",
    ALTER COLUMN grain_key TYPE text COLLATE "C",
    ALTER COLUMN collection_name TYPE text COLLATE "C",
    ALTER COLUMN entry_key TYPE text COLLATE "C";

ALTER TABLE reminders
    ALTER COLUMN grain_type TYPE text COLLATE "C",
    ALTER COLUMN grain_key TYPE text COLLATE "C",
    ALTER COLUMN reminder_name TYPE text COLLATE "C";
