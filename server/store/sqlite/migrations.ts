/**
 * Versioned schema migrations for SQLite, applied in order at start, each in its own transaction
 * and recorded in `schema_migrations`. Never edit a migration that has shipped: add a new one, here
 * and in ../postgres/migrations.ts, so both databases keep the tables of ../schema.ts.
 */
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  up: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'core: users, documents, segments, revisions, events',
    up: `
      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      INSERT INTO users (id, username, display_name, created_at) VALUES
        (1, 'system', 'Tilik', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        (2, 'local', 'Local user', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        source_lang TEXT NOT NULL,
        target_lang TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by INTEGER NOT NULL REFERENCES users(id)
      );

      CREATE TABLE segments (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        position INTEGER NOT NULL,
        source TEXT NOT NULL,
        mt TEXT NOT NULL,
        current_revision_id INTEGER REFERENCES revisions(id),
        approved_revision_id INTEGER REFERENCES revisions(id),
        status TEXT NOT NULL DEFAULT 'untouched'
          CHECK (status IN ('untouched', 'draft', 'submitted', 'approved', 'rejected')),
        version INTEGER NOT NULL DEFAULT 0,
        UNIQUE (document_id, position)
      );

      CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        segment_id INTEGER NOT NULL REFERENCES segments(id),
        parent_revision_id INTEGER REFERENCES revisions(id),
        text TEXT NOT NULL,
        author_id INTEGER NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'approved', 'rejected')),
        decided_by INTEGER REFERENCES users(id),
        decided_at TEXT,
        comment TEXT
      );
      CREATE INDEX revisions_by_segment ON revisions (segment_id, id);

      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        document_id INTEGER REFERENCES documents(id),
        segment_id INTEGER REFERENCES segments(id),
        revision_id INTEGER REFERENCES revisions(id),
        actor_id INTEGER REFERENCES users(id),
        type TEXT NOT NULL,
        payload TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL
      );
      CREATE INDEX events_by_document ON events (document_id, id);

      -- The store never forgets: revisions keep their text forever, events are never rewritten.
      CREATE TRIGGER revisions_are_append_only BEFORE DELETE ON revisions
        BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END;
      CREATE TRIGGER revision_text_is_immutable
        BEFORE UPDATE OF id, segment_id, parent_revision_id, text, author_id, created_at ON revisions
        BEGIN SELECT RAISE(ABORT, 'a revision''s text and origin never change'); END;
      CREATE TRIGGER events_are_append_only BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
      CREATE TRIGGER events_are_immutable BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
    `,
  },
  {
    version: 2,
    name: 'glossary terms per language pair',
    up: `
      CREATE TABLE glossary_terms (
        id INTEGER PRIMARY KEY,
        source_lang TEXT NOT NULL,
        target_lang TEXT NOT NULL,
        source TEXT NOT NULL,
        source_key TEXT NOT NULL,
        target TEXT NOT NULL,
        forbidden TEXT NOT NULL DEFAULT '[]',
        note TEXT NOT NULL DEFAULT '',
        do_not_translate INTEGER NOT NULL DEFAULT 0 CHECK (do_not_translate IN (0, 1)),
        case_sensitive INTEGER NOT NULL DEFAULT 0 CHECK (case_sensitive IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (source_lang, target_lang, source_key)
      );
    `,
  },
  {
    version: 3,
    name: 'accounts: passwords and roles, sessions, document roles',
    up: `
      ALTER TABLE users ADD COLUMN password_hash TEXT;
      ALTER TABLE users ADD COLUMN role TEXT CHECK (role IN ('translator', 'editor', 'reviewer', 'admin'));
      ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1));
      -- when a revision was submitted: the editor's queue is ordered by it
      ALTER TABLE revisions ADD COLUMN submitted_at TEXT;

      -- the id is a SHA-256 of the token in the cookie: a copy of the database opens no session
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id),
        csrf_token TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        revoked_at TEXT
      );
      CREATE INDEX sessions_by_user ON sessions (user_id);

      CREATE TABLE document_roles (
        document_id INTEGER NOT NULL REFERENCES documents(id),
        user_id INTEGER NOT NULL REFERENCES users(id),
        role TEXT NOT NULL CHECK (role IN ('translator', 'editor', 'reviewer', 'admin')),
        PRIMARY KEY (document_id, user_id)
      );
      CREATE INDEX document_roles_by_user ON document_roles (user_id);
    `,
  },
  {
    version: 4,
    name: 'reviewing together: annotations, comments, editing time, quality weights',
    up: `
      -- MQM annotations: on the machine translation (revision_id NULL) or on one revision
      CREATE TABLE annotations (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        segment_id INTEGER NOT NULL REFERENCES segments(id),
        revision_id INTEGER REFERENCES revisions(id),
        span_start INTEGER NOT NULL CHECK (span_start >= 0),
        span_end INTEGER NOT NULL CHECK (span_end > span_start),
        quote TEXT NOT NULL,
        category TEXT NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('minor', 'major', 'critical')),
        comment TEXT NOT NULL DEFAULT '',
        origin TEXT,
        author_id INTEGER NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        removed_by INTEGER REFERENCES users(id),
        removed_at TEXT
      );
      CREATE INDEX annotations_by_document ON annotations (document_id, segment_id);
      -- withdrawn, never deleted: the score's history can always be explained
      CREATE TRIGGER annotations_are_kept BEFORE DELETE ON annotations
        BEGIN SELECT RAISE(ABORT, 'annotations are withdrawn, never deleted'); END;
      CREATE TRIGGER annotations_are_immutable
        BEFORE UPDATE OF id, document_id, segment_id, revision_id, span_start, span_end, quote, category, severity, comment, origin, author_id, created_at
        ON annotations
        BEGIN SELECT RAISE(ABORT, 'an annotation does not change once recorded'); END;

      CREATE TABLE comments (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        segment_id INTEGER NOT NULL REFERENCES segments(id),
        author_id INTEGER NOT NULL REFERENCES users(id),
        body TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX comments_by_segment ON comments (segment_id, id);
      CREATE INDEX comments_by_document ON comments (document_id, id);
      CREATE TRIGGER comments_are_append_only BEFORE DELETE ON comments
        BEGIN SELECT RAISE(ABORT, 'comments are append-only'); END;
      CREATE TRIGGER comments_are_immutable BEFORE UPDATE ON comments
        BEGIN SELECT RAISE(ABORT, 'comments are append-only'); END;

      -- editing time as the browser reports it: active milliseconds per person and segment
      CREATE TABLE effort (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        segment_id INTEGER NOT NULL REFERENCES segments(id),
        user_id INTEGER NOT NULL REFERENCES users(id),
        ms INTEGER NOT NULL CHECK (ms > 0),
        recorded_at TEXT NOT NULL
      );
      CREATE INDEX effort_by_document ON effort (document_id, segment_id);

      -- MQM severity weights of a document, JSON {minor, major, critical}; NULL: the defaults
      ALTER TABLE documents ADD COLUMN quality_weights TEXT;
    `,
  },
  {
    version: 5,
    name: 'imported files: the original kept for export, inline codes and notes per segment',
    up: `
      -- the file a document was imported from, kept whole: export splices the new targets into it
      CREATE TABLE document_files (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id),
        name TEXT NOT NULL,
        format TEXT NOT NULL,
        content TEXT NOT NULL
      );
      -- where a segment came from in that file, its inline codes, notes and state as imported (JSON)
      ALTER TABLE segments ADD COLUMN origin_key TEXT;
      ALTER TABLE segments ADD COLUMN origin TEXT;
    `,
  },
  {
    version: 6,
    name: 'sign-in attempts counted in the database; effort reports found by person and segment',
    up: `
      -- one row per password check under way or failed, per key ("account:NAME", "address:IP"):
      -- a check is counted before it runs, so attempts sent at once cannot slip past the limit,
      -- and every server process on the database counts the same attempts
      CREATE TABLE sign_in_attempts (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL,
        at INTEGER NOT NULL
      );
      CREATE INDEX sign_in_attempts_by_key ON sign_in_attempts (key, at);
      CREATE INDEX effort_by_user_segment ON effort (user_id, segment_id, id);
    `,
  },
  {
    version: 7,
    name: 'presence in the database: who has a document open, on which server',
    up: `
      -- one row per open live feed, kept alive by its server's heartbeat (seen_at, ms since the
      -- epoch): any server can say who has a document open, and count a session's feeds
      CREATE TABLE presence (
        id TEXT PRIMARY KEY,
        server_id TEXT NOT NULL,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        user_id INTEGER NOT NULL REFERENCES users(id),
        user_name TEXT NOT NULL,
        session_id TEXT NOT NULL,
        seen_at INTEGER NOT NULL
      );
      CREATE INDEX presence_by_document ON presence (document_id);
      CREATE INDEX presence_by_session ON presence (session_id);
      CREATE INDEX events_by_type ON events (type, id);
    `,
  },
  {
    version: 8,
    name: 'large documents: status counts kept, findings stored per segment, running counts, search index',
    up: `
      -- segments per status, kept up to date in the transaction of every change
      CREATE TABLE document_status_counts (
        document_id INTEGER NOT NULL REFERENCES documents(id),
        status TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (document_id, status)
      );
      INSERT INTO document_status_counts (document_id, status, n)
        SELECT document_id, status, count(*) FROM segments GROUP BY document_id, status;

      -- each segment's findings as last computed (in a worker, when its text changed): JSON of
      -- the machine translation's and the current text's findings (consistency's come from the
      -- running counts below) and renderings of the document's names; the rules of the text that
      -- stands (" a b "), for filtering
      CREATE TABLE segment_checks (
        segment_id INTEGER PRIMARY KEY REFERENCES segments(id),
        document_id INTEGER NOT NULL REFERENCES documents(id),
        revision_id INTEGER,
        glossary_stamp TEXT NOT NULL,
        mt_findings TEXT NOT NULL,
        current_findings TEXT,
        mt_renderings TEXT NOT NULL,
        current_renderings TEXT,
        rules TEXT NOT NULL
      );
      CREATE INDEX segment_checks_by_document ON segment_checks (document_id);
      -- segments whose findings are to be computed (again): new, changed outside a save, or the
      -- glossary changed; a server claims a batch for a while
      CREATE TABLE check_queue (
        segment_id INTEGER PRIMARY KEY REFERENCES segments(id),
        document_id INTEGER NOT NULL REFERENCES documents(id),
        claimed_until TEXT
      );
      CREATE INDEX check_queue_by_document ON check_queue (document_id, segment_id);
      INSERT INTO check_queue (segment_id, document_id) SELECT id, document_id FROM segments;
      -- findings of the texts that stand, per rule and severity, and segments with any (rule '')
      CREATE TABLE document_finding_counts (
        document_id INTEGER NOT NULL REFERENCES documents(id),
        rule TEXT NOT NULL,
        minor INTEGER NOT NULL DEFAULT 0,
        major INTEGER NOT NULL DEFAULT 0,
        critical INTEGER NOT NULL DEFAULT 0,
        segments INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (document_id, rule)
      );
      -- how each name of the document is rendered in the texts that stand, per segment and in all
      CREATE TABLE segment_renderings (
        document_id INTEGER NOT NULL REFERENCES documents(id),
        name TEXT NOT NULL,
        rendering TEXT NOT NULL,
        segment_id INTEGER NOT NULL REFERENCES segments(id),
        n INTEGER NOT NULL,
        PRIMARY KEY (document_id, name, rendering, segment_id)
      );
      CREATE INDEX segment_renderings_by_segment ON segment_renderings (segment_id);
      CREATE TABLE document_rendering_counts (
        document_id INTEGER NOT NULL REFERENCES documents(id),
        name TEXT NOT NULL,
        rendering TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (document_id, name, rendering)
      );
      -- the glossary stamp every segment has been queued for (a new stamp: all are checked again)
      ALTER TABLE documents ADD COLUMN checked_stamp TEXT;
      -- a document being imported (in many transactions) is hidden until it is whole
      ALTER TABLE documents ADD COLUMN import_state TEXT;
      ALTER TABLE documents ADD COLUMN import_progress REAL;
      -- an imported file kept in pieces (a file of any size is written back piece by piece)
      CREATE TABLE document_file_chunks (
        document_id INTEGER NOT NULL REFERENCES documents(id),
        seq INTEGER NOT NULL,
        content TEXT NOT NULL,
        PRIMARY KEY (document_id, seq)
      );
      INSERT INTO document_file_chunks (document_id, seq, content) SELECT document_id, 0, content FROM document_files;
      UPDATE document_files SET content = '';
      -- the names of the document's sources (JSON), gathered once: sources never change
      ALTER TABLE documents ADD COLUMN names TEXT;

      -- text search: the folded source, MT and current text of every segment, by trigram
      CREATE VIRTUAL TABLE segment_search USING fts5(folded, tokenize = 'trigram', content = '', contentless_delete = 1);
      INSERT INTO segment_search (rowid, folded)
        SELECT s.id, tilik_fold(s.source) || char(1) || tilik_fold(s.mt) || char(1) || coalesce(tilik_fold(cur.text), '')
        FROM segments s LEFT JOIN revisions cur ON cur.id = s.current_revision_id;
      CREATE INDEX segments_by_status ON segments (document_id, status, position);
    `,
  },
  {
    version: 9,
    name: 'segments waiting to be checked, counted per document as the queue moves',
    up: `
      -- counting a queue of a million rows took a tenth of a second on every summary
      ALTER TABLE documents ADD COLUMN pending_checks INTEGER NOT NULL DEFAULT 0;
      UPDATE documents SET pending_checks = (SELECT count(*) FROM check_queue q WHERE q.document_id = documents.id);
    `,
  },
  {
    version: 10,
    name: 'findings dismissed as not an error, for a paragraph, a term or a whole check of a document',
    up: `
      CREATE TABLE finding_dismissals (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        -- the paragraph (scope 'segment'), else null
        segment_id INTEGER REFERENCES segments(id),
        scope TEXT NOT NULL CHECK (scope IN ('segment', 'term', 'rule')),
        rule TEXT NOT NULL,
        -- the folded term (scopes 'segment' and 'term'), else null
        term TEXT,
        -- the target words the dismissed finding pointed at, for History
        quote TEXT NOT NULL DEFAULT '',
        created_by INTEGER NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        withdrawn_by INTEGER REFERENCES users(id),
        withdrawn_at TEXT,
        CHECK ((scope = 'segment') = (segment_id IS NOT NULL)),
        CHECK ((scope = 'rule') = (term IS NULL))
      );
      CREATE INDEX finding_dismissals_by_document ON finding_dismissals (document_id, segment_id);
      CREATE TRIGGER finding_dismissals_are_kept BEFORE DELETE ON finding_dismissals
        BEGIN SELECT RAISE(ABORT, 'dismissals are withdrawn, never deleted'); END;
      CREATE TRIGGER finding_dismissals_are_immutable
        BEFORE UPDATE OF id, document_id, segment_id, scope, rule, term, quote, created_by, created_at ON finding_dismissals
        BEGIN SELECT RAISE(ABORT, 'a dismissal does not change once recorded'); END;
      -- moves with every document-wide dismissal (term, rule): part of the stamp checks are made with
      ALTER TABLE documents ADD COLUMN dismissal_version INTEGER NOT NULL DEFAULT 0;
      -- dismissed findings of the texts that stand, per rule
      ALTER TABLE document_finding_counts ADD COLUMN dismissed INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 11,
    name: 'a document archived (hidden, never deleted), its deadline and its assignee',
    up: `
      ALTER TABLE documents ADD COLUMN archived_at TEXT;
      ALTER TABLE documents ADD COLUMN archived_by INTEGER REFERENCES users(id);
      -- a calendar day, YYYY-MM-DD
      ALTER TABLE documents ADD COLUMN deadline TEXT;
      ALTER TABLE documents ADD COLUMN assignee_id INTEGER REFERENCES users(id);
    `,
  },
  {
    version: 12,
    name: "personal API tokens: named, revocable, acting with their owner's roles",
    up: `
      CREATE TABLE api_tokens (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id),
        name TEXT NOT NULL,
        -- the SHA-256 of the token (the token itself is shown once and never stored)
        token_hash TEXT NOT NULL UNIQUE,
        -- its first characters, to tell tokens apart in a list
        prefix TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_used_at TEXT,
        revoked_at TEXT
      );
      CREATE INDEX api_tokens_by_user ON api_tokens (user_id);
    `,
  },
  {
    version: 13,
    name: 'translation memory: approved translations per language pair, found by trigram',
    up: `
      CREATE TABLE tm_units (
        id INTEGER PRIMARY KEY,
        source_lang TEXT NOT NULL,
        target_lang TEXT NOT NULL,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        -- a hash of the pair and both texts: one unit per translation, its latest approval kept
        unit_key TEXT NOT NULL UNIQUE,
        -- a hash of the source alone: an exact match is found by it, whatever the index ranks
        source_key TEXT NOT NULL,
        -- where it came from: a document's title, or a TMX file's name
        origin TEXT NOT NULL,
        document_id INTEGER REFERENCES documents(id),
        segment_id INTEGER REFERENCES segments(id),
        approved_by INTEGER REFERENCES users(id),
        approved_at TEXT NOT NULL
      );
      CREATE INDEX tm_units_by_pair ON tm_units (source_lang, target_lang, id);
      CREATE INDEX tm_units_by_source ON tm_units (source_lang, target_lang, source_key);
      -- the folded source and target of every unit, by trigram: concordance (any part of a word)
      CREATE VIRTUAL TABLE tm_search USING fts5(source, target, tokenize = 'trigram', content = '', contentless_delete = 1);
      -- the source's words (as the word diff splits them, so Chinese has words too): candidates for
      -- a match are found by the rarest words they share, counted per source language as units enter
      CREATE VIRTUAL TABLE tm_words USING fts5(words, tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1);
      CREATE TABLE tm_word_counts (
        source_lang TEXT NOT NULL,
        word TEXT NOT NULL,
        units INTEGER NOT NULL,
        PRIMARY KEY (source_lang, word)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 14,
    name: "learned terms: proposals from approved corrections, and the glossary term's origin",
    up: `
      -- where a term came from: written or imported ('manual'), or learned from a correction ('learned')
      ALTER TABLE glossary_terms ADD COLUMN origin TEXT NOT NULL DEFAULT 'manual';
      -- a term learned from corrections an editor approved: source → approved rendering, the MT's
      -- rendering forbidden; one per pair, source and rendering, ranked by how often it was made
      CREATE TABLE glossary_proposals (
        id INTEGER PRIMARY KEY,
        source_lang TEXT NOT NULL,
        target_lang TEXT NOT NULL,
        source TEXT NOT NULL,
        source_key TEXT NOT NULL,
        target TEXT NOT NULL,
        target_key TEXT NOT NULL,
        forbidden TEXT NOT NULL DEFAULT '[]',
        occurrences INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'declined')),
        term_id INTEGER REFERENCES glossary_terms(id) ON DELETE SET NULL,
        decided_by INTEGER REFERENCES users(id),
        decided_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (source_lang, target_lang, source_key, target_key)
      );
      CREATE INDEX glossary_proposals_by_rank ON glossary_proposals (source_lang, target_lang, status, occurrences);
      -- the corrections a proposal was learned from (one per approved revision)
      CREATE TABLE glossary_proposal_evidence (
        id INTEGER PRIMARY KEY,
        proposal_id INTEGER NOT NULL REFERENCES glossary_proposals(id) ON DELETE CASCADE,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        segment_id INTEGER NOT NULL REFERENCES segments(id),
        revision_id INTEGER NOT NULL REFERENCES revisions(id),
        source TEXT NOT NULL,
        mt TEXT NOT NULL,
        approved TEXT NOT NULL,
        approved_by INTEGER REFERENCES users(id),
        approved_at TEXT NOT NULL,
        UNIQUE (proposal_id, revision_id)
      );
    `,
  },
  {
    version: 15,
    name: 'repetitions: a key of each segment source, indexed within its document',
    up: `
      -- repetitions: segments of a document with the same source are found by a key of it
      ALTER TABLE segments ADD COLUMN source_key TEXT;
      UPDATE segments SET source_key = tilik_source_key(source);
      CREATE INDEX segments_by_source_key ON segments (document_id, source_key);
    `,
  },
  {
    version: 16,
    name: 'project memories: a document may keep its approvals in its project memory',
    up: `
      -- a project's memory: its documents' approvals go there (null: the shared memory of the pair)
      ALTER TABLE documents ADD COLUMN memory TEXT;
      ALTER TABLE tm_units ADD COLUMN memory TEXT;
    `,
  },
  {
    version: 17,
    name: 'repeated sentences: the keys of each paragraph sentences',
    up: `
      -- repeated sentences: the keys of the sentences of each paragraph of two sentences or more
      CREATE TABLE segment_sentences (
        document_id INTEGER NOT NULL,
        sentence_key TEXT NOT NULL,
        segment_id INTEGER NOT NULL REFERENCES segments(id)
      );
      CREATE INDEX segment_sentences_by_key ON segment_sentences (document_id, sentence_key);
      CREATE INDEX segment_sentences_by_segment ON segment_sentences (segment_id);
      INSERT INTO segment_sentences (document_id, sentence_key, segment_id)
        SELECT s.document_id, j.value, s.id FROM segments s, json_each(tilik_sentence_keys(s.source)) j;
    `,
  },
  {
    version: 18,
    name: 'one file, several documents: a file with several language pairs; the user that imports its states',
    up: `
      -- a document of a file with several language pairs keeps the file once, with the first of them
      ALTER TABLE document_files ADD COLUMN file_of INTEGER REFERENCES documents(id);
      -- the file began with a byte-order mark (kept out of its text, written back on export)
      ALTER TABLE document_files ADD COLUMN byte_order_mark INTEGER NOT NULL DEFAULT 0;
      -- the author of the revisions a file's own states become (its name cannot be a user's: "@")
      INSERT INTO users (username, display_name, created_at)
        SELECT '@import', 'File import', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE NOT EXISTS (SELECT 1 FROM users WHERE username = '@import');
    `,
  },
  {
    version: 19,
    name: 'memory analyses: run in the background, their progress and their last answer kept',
    up: `
      CREATE TABLE memory_analyses (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id),
        state TEXT NOT NULL,
        progress REAL NOT NULL DEFAULT 0,
        result TEXT,
        error TEXT,
        started_by INTEGER REFERENCES users(id),
        started_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        finished_at TEXT
      );
    `,
  },
  {
    version: 20,
    name: "the memory's word index without word positions: a lookup ranks every unit holding its rarest words",
    up: `
      -- a lookup asks for single words only, never phrases, so positions are never needed; but
      -- ranking counted a word twice in a unit ("the … the") as a better match than a unit of the
      -- same words once: at a million units, 360 of 395 near-copies found their original, without
      -- positions 389 (and the index is smaller, its ranking a little faster)
      DROP TABLE tm_words;
      CREATE VIRTUAL TABLE tm_words USING fts5(words, tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1, detail = none);
      INSERT INTO tm_words (rowid, words) SELECT id, tilik_index_words(source, source_lang) FROM tm_units;
    `,
  },
  {
    version: 21,
    name: "consistency's counts kept as texts change: each name's chosen rendering, each segment's flagged renderings, each document's totals",
    up: `
      -- consistency's counts kept as texts change, as the other rules' are: each name's chosen
      -- rendering (the most used; the name's own spelling, then code point order, on a tie) with
      -- its count and the name's total, how many of each segment's standing renderings are not
      -- their name's chosen one, and per document the renderings flagged and the segments flagged
      -- with no other finding. Counted from every rendering on each summary, they took 0.8 s of
      -- a 100,000-paragraph document's (a million's: seconds), for every save's live event.
      CREATE TABLE document_name_tops (
        document_id INTEGER NOT NULL REFERENCES documents(id),
        name TEXT NOT NULL,
        rendering TEXT NOT NULL,
        n INTEGER NOT NULL,
        total INTEGER NOT NULL,
        PRIMARY KEY (document_id, name)
      );
      INSERT INTO document_name_tops (document_id, name, rendering, n, total)
        SELECT document_id, name, rendering, n, total FROM (
          SELECT document_id, name, rendering, n, sum(n) OVER (PARTITION BY document_id, name) AS total,
            row_number() OVER (
              PARTITION BY document_id, name ORDER BY n DESC, CASE WHEN rendering = name THEN 0 ELSE 1 END, rendering
            ) AS rank
          FROM document_rendering_counts WHERE n > 0
        ) ranked WHERE rank = 1;
      ALTER TABLE segment_checks ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0;
      UPDATE segment_checks SET flagged = (
        SELECT count(*) FROM segment_renderings r
        JOIN document_name_tops t ON t.document_id = r.document_id AND t.name = r.name
        WHERE r.segment_id = segment_checks.segment_id AND r.rendering <> t.rendering
      );
      ALTER TABLE documents ADD COLUMN consistency_flagged INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE documents ADD COLUMN consistency_only INTEGER NOT NULL DEFAULT 0;
      UPDATE documents SET
        consistency_flagged = coalesce((SELECT sum(total - n) FROM document_name_tops t WHERE t.document_id = documents.id), 0),
        consistency_only = (SELECT count(*) FROM segment_checks c WHERE c.document_id = documents.id AND c.flagged > 0 AND c.rules = ' ');
    `,
  },
  {
    version: 22,
    name: 'repetitions counted once: each paragraph keeps how many others have its source',
    up: `
      -- how many other paragraphs of its document have each paragraph's source, kept from the
      -- import on (sources never change): every page of a document whose paragraphs repeat by the
      -- thousand counted them again, the largest share of a page read's time
      ALTER TABLE segments ADD COLUMN repeats INTEGER NOT NULL DEFAULT 0;
      UPDATE segments SET repeats = c.n - 1
        FROM (SELECT document_id, source_key, count(*) AS n FROM segments GROUP BY document_id, source_key HAVING count(*) > 1) c
        WHERE segments.document_id = c.document_id AND segments.source_key = c.source_key;
    `,
  },
];

/** Applies every migration newer than the database; returns the versions applied. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const row = db.prepare('SELECT max(version) AS version FROM schema_migrations').get() as { version: number | null };
  const current = row.version ?? 0;
  const known = Math.max(0, ...migrations.map((m) => m.version));
  if (current > known) {
    throw new Error(
      `The database is at schema version ${current}, newer than this Tilik knows (${known}). ` +
        'Upgrade Tilik instead of pointing an older version at this database.',
    );
  }
  const applied: number[] = [];
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.up);
      record.run(migration.version, migration.name, new Date().toISOString());
    })();
    applied.push(migration.version);
  }
  return applied;
}
