-- Accounts, API tokens and the audit trail. ${identity_key} is an integer key the database
-- numbers (SQLite: INTEGER PRIMARY KEY AUTOINCREMENT; PostgreSQL: an identity column).

CREATE TABLE users (
  id ${sorted_text} PRIMARY KEY,
  username TEXT NOT NULL,
  -- the name in lower case: names are unique ignoring case
  username_key TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  enabled BOOLEAN NOT NULL,
  failed_logins INTEGER NOT NULL CHECK (failed_logins >= 0),
  locked_until ${timestamp_type},
  version BIGINT NOT NULL CHECK (version > 0)
);

CREATE TABLE user_regions (
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  region_id TEXT NOT NULL REFERENCES regions (id),
  PRIMARY KEY (user_id, region_id)
);

-- Only the SHA-256 of a token's secret is stored.
CREATE TABLE api_tokens (
  id ${sorted_text} PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  name TEXT NOT NULL,
  secret_hash TEXT NOT NULL UNIQUE,
  created ${timestamp_type} NOT NULL,
  revoked ${timestamp_type}
);
CREATE INDEX api_tokens_by_user ON api_tokens (user_id, created);

CREATE TABLE audit_entries (
  seq ${identity_key},
  changed_at ${timestamp_type} NOT NULL,
  actor TEXT NOT NULL,
  record_type TEXT NOT NULL,
  record_id TEXT NOT NULL,
  change_kind TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT
);
CREATE INDEX audit_entries_by_record ON audit_entries (record_type, record_id, seq);
