-- Browser sessions, shared by every server on the database: the cookie holds a random id, stored
-- here only as its SHA-256 hash, with the session's CSRF token and, once signed in, the user.
CREATE TABLE web_sessions (
  id_hash TEXT PRIMARY KEY,
  csrf TEXT NOT NULL,
  username TEXT,
  last_seen ${timestamp_type} NOT NULL
);

CREATE INDEX web_sessions_by_last_seen ON web_sessions (last_seen);
