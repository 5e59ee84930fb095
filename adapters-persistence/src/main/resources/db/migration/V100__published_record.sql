-- Where an inspection's outcome was published (the published record): the source's address, the
-- publication date as precisely as known (2022-05-17, 2022-05 or 2022) and what the source said
-- besides, the number of recommendations where stated, and whether the inspection is only that
-- published summary (held as published) rather than a full report.
ALTER TABLE inspections ADD COLUMN source_url TEXT;
ALTER TABLE inspections ADD COLUMN publication_date TEXT;
ALTER TABLE inspections ADD COLUMN publication_note TEXT;
ALTER TABLE inspections ADD COLUMN recommendations_stated INTEGER CHECK (recommendations_stated >= 0);
ALTER TABLE inspections ADD COLUMN summary_only BOOLEAN NOT NULL DEFAULT FALSE;
