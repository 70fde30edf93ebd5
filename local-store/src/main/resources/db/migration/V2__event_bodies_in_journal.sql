-- Event bodies live in the journal, which already holds every event (ADR 0011): event_log points at the
-- record (journal_offset = byte offset of its frame in the segment holding its position) instead of
-- rewriting a second copy of the JSON into H2 pages on every commit. body is filled only for events whose
-- journal segment is about to be deleted by compaction (and for rows written before this migration).
ALTER TABLE event_log ADD COLUMN journal_offset BIGINT;
ALTER TABLE event_log ALTER COLUMN body DROP NOT NULL;
