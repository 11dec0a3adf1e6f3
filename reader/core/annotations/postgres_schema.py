"""The team store's tables on PostgreSQL (schema `claim_reader`) and the rules row-level security enforces.

Who may do what is decided by the server, never by the client: a team is a group (NOLOGIN) role, its members
are login roles granted it; policies let a member read only their team's rows, change or delete only the
annotations (notes, tags, highlight) they created, and append verdict events to any annotation of the team.
The verdict history cannot be changed at all (no grant, no policy, and a trigger refusing even the owner).
Every change is logged with a `seq` under a per-team advisory lock, so commit order is seq order and a
client reading "everything after seq N" never skips a row that commits late; a trigger then sends only the
annotation's id on the team's channel, and clients fetch what changed themselves. LISTEN takes no privilege in
PostgreSQL, so the channel's name is a random one that only the team's members can read (`teams.channel`).
"""

from __future__ import annotations

SCHEMA = "claim_reader"
SCHEMA_VERSION = 1
MAX_NOTE = 4_000_000
"""Characters; a 1 MB note is fine, a note of tens of MB is refused with a check violation."""
MAX_TAG = 200
MAX_TAGS = 500
LIMITS = {
    "note_limit": f"a note of more than {MAX_NOTE:,} characters",
    "tag_limits": f"tags: at most {MAX_TAGS} tags, each of 1 to {MAX_TAG} characters",
    "evidence_limit": "evidence: more than 100,000 characters of sources",
}
"""What a check constraint's name means, for the one line a refused action gets."""

DDL = f"""
CREATE SCHEMA claim_reader;
REVOKE ALL ON SCHEMA claim_reader FROM PUBLIC;
CREATE TABLE claim_reader.meta (key text PRIMARY KEY, value text NOT NULL);
INSERT INTO claim_reader.meta VALUES ('schema_version', '{SCHEMA_VERSION}');
CREATE TABLE claim_reader.teams (
  name name PRIMARY KEY,
  channel text NOT NULL DEFAULT 'claim_reader_' || md5(gen_random_uuid()::text || clock_timestamp()::text),
  created timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION claim_reader.tags_ok(tags text[]) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT cardinality(tags) <= {MAX_TAGS} AND NOT EXISTS (SELECT 1 FROM unnest(tags) t WHERE t IS NULL OR length(t) > {MAX_TAG} OR t = '')
$$;

CREATE TABLE claim_reader.documents (
  team name NOT NULL REFERENCES claim_reader.teams(name),
  fingerprint text NOT NULL,
  path text NOT NULL DEFAULT '',
  title text NOT NULL DEFAULT '',
  added_by name NOT NULL DEFAULT current_user,
  added timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (team, fingerprint)
);

CREATE TABLE claim_reader.annotations (
  id uuid PRIMARY KEY,
  team name NOT NULL REFERENCES claim_reader.teams(name),
  creator name NOT NULL DEFAULT current_user,
  doc_fingerprint text NOT NULL,
  doc_path text NOT NULL DEFAULT '',
  doc_title text NOT NULL DEFAULT '',
  exact text NOT NULL, prefix text NOT NULL, suffix text NOT NULL,
  start_at integer NOT NULL CHECK (start_at >= 0), end_at integer NOT NULL CHECK (end_at >= start_at),
  claim_key text,
  note text CONSTRAINT note_limit CHECK (note IS NULL OR length(note) <= {MAX_NOTE}),
  tags text[] NOT NULL DEFAULT '{{}}' CONSTRAINT tag_limits CHECK (claim_reader.tags_ok(tags)),
  highlight boolean NOT NULL DEFAULT false,
  state text NOT NULL DEFAULT 'exact' CHECK (state IN ('exact', 'moved', 'fuzzy', 'ambiguous', 'orphan')),
  deleted boolean NOT NULL DEFAULT false,
  created timestamptz NOT NULL DEFAULT now(),
  modified timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX annotations_by_document ON claim_reader.annotations (team, doc_fingerprint);

CREATE TABLE claim_reader.verdict_events (
  id uuid PRIMARY KEY,
  annotation_id uuid NOT NULL,
  team name NOT NULL REFERENCES claim_reader.teams(name),
  actor name NOT NULL DEFAULT current_user,
  at timestamptz NOT NULL DEFAULT now(),
  made timestamptz NOT NULL DEFAULT now(),
  value text CHECK (value IS NULL OR value IN ('true', 'false', 'misleading', 'unverified', 'needs-context')),
  evidence jsonb NOT NULL DEFAULT '[]'
    CONSTRAINT evidence_limit CHECK (jsonb_typeof(evidence) = 'array' AND length(evidence::text) <= 100000),
  bases uuid[] NOT NULL DEFAULT '{{}}',
  base_version integer NOT NULL DEFAULT 0,
  resolves boolean NOT NULL DEFAULT false
);
CREATE INDEX verdict_events_by_annotation ON claim_reader.verdict_events (annotation_id);

CREATE TABLE claim_reader.changes (
  seq bigserial PRIMARY KEY,
  team name NOT NULL,
  annotation_id uuid NOT NULL,
  event_id uuid,
  actor name NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX changes_by_team ON claim_reader.changes (team, seq);

CREATE TABLE claim_reader.pushed (
  op_id uuid PRIMARY KEY,
  team name NOT NULL,
  actor name NOT NULL DEFAULT current_user,
  at timestamptz NOT NULL DEFAULT now()
);

-- server-kept fields: the version counts every change, identity and authorship never change
CREATE FUNCTION claim_reader.stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.version := 1;
  ELSE
    IF NEW.id <> OLD.id OR NEW.team <> OLD.team OR NEW.creator <> OLD.creator OR NEW.created <> OLD.created THEN
      RAISE EXCEPTION 'an annotation''s id, team, creator and created time never change' USING ERRCODE = 'check_violation';
    END IF;
    NEW.version := OLD.version + 1;
  END IF;
  NEW.modified := now();
  RETURN NEW;
END $$;
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON claim_reader.annotations FOR EACH ROW EXECUTE FUNCTION claim_reader.stamp();

CREATE FUNCTION claim_reader.append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.at := now();
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'the verdict history is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER append_only BEFORE INSERT OR UPDATE OR DELETE ON claim_reader.verdict_events
  FOR EACH ROW EXECUTE FUNCTION claim_reader.append_only();

-- the change log and the wake-up call; runs as the owner so members need no right on `changes`
CREATE FUNCTION claim_reader.log_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, claim_reader AS $$
DECLARE
  r record;
  ev uuid := NULL;
  aid uuid;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  IF TG_TABLE_NAME = 'verdict_events' THEN
    aid := r.annotation_id;
    ev := r.id;
    UPDATE claim_reader.annotations SET modified = now() WHERE id = aid;  -- bumps the version, logs the annotation
  ELSE
    aid := r.id;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('claim_reader.changes'), hashtext(r.team));
  INSERT INTO claim_reader.changes (team, annotation_id, event_id, actor) VALUES (r.team, aid, ev, session_user);
  PERFORM pg_notify((SELECT channel FROM claim_reader.teams WHERE name = r.team), aid::text);
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION claim_reader.log_change() FROM PUBLIC;
CREATE TRIGGER log_change AFTER INSERT OR UPDATE OR DELETE ON claim_reader.annotations
  FOR EACH ROW EXECUTE FUNCTION claim_reader.log_change();
CREATE TRIGGER log_change AFTER INSERT ON claim_reader.verdict_events
  FOR EACH ROW EXECUTE FUNCTION claim_reader.log_change();

-- One call applies a batch of queued actions (one round trip, the team's lock held only for the server's own
-- work). SECURITY INVOKER: every statement runs as the member, under the row-level security below. Each op is
-- its own subtransaction: what the server refuses is reported for that op alone.
CREATE FUNCTION claim_reader.apply_ops(p_team name, p_ops jsonb) RETURNS TABLE (done_op uuid, refusal text)
LANGUAGE plpgsql SET search_path = pg_catalog, claim_reader AS $$
DECLARE
  op jsonb;
  r jsonb;
  s jsonb;
  aid uuid;
  who name;
  gone boolean;
  n integer;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('claim_reader.changes'), hashtext(p_team));
  FOR op IN SELECT value FROM jsonb_array_elements(p_ops) LOOP
    done_op := (op->>'op_id')::uuid;
    refusal := NULL;
    BEGIN
      INSERT INTO claim_reader.pushed (op_id, team) VALUES (done_op, p_team) ON CONFLICT DO NOTHING;
      GET DIAGNOSTICS n = ROW_COUNT;
      IF n = 1 THEN
        aid := (op->>'id')::uuid;
        r := op->'row';
        s := coalesce(op->'set', '[]');
        SELECT a.creator, a.deleted INTO who, gone FROM claim_reader.annotations a WHERE a.id = aid;
        IF op->>'kind' = 'delete' THEN
          IF FOUND AND NOT gone THEN
            UPDATE claim_reader.annotations SET deleted = true WHERE id = aid;
            GET DIAGNOSTICS n = ROW_COUNT;
            IF n = 0 THEN refusal := format('only %s can delete their annotation', who); END IF;
          END IF;
        ELSE
          IF NOT FOUND THEN
            INSERT INTO claim_reader.documents (team, fingerprint, path, title)
              VALUES (p_team, r->>'doc_fingerprint', r->>'doc_path', r->>'doc_title') ON CONFLICT DO NOTHING;
            INSERT INTO claim_reader.annotations (id, team, doc_fingerprint, doc_path, doc_title, exact, prefix, suffix, start_at,
                end_at, claim_key, note, tags, highlight, state, created)
              VALUES (aid, p_team, r->>'doc_fingerprint', r->>'doc_path', r->>'doc_title', r->>'exact', r->>'prefix', r->>'suffix',
                (r->>'start_at')::integer, (r->>'end_at')::integer, r->>'claim_key', r->>'note',
                ARRAY(SELECT jsonb_array_elements_text(r->'tags')), (r->>'highlight')::boolean, r->>'state',
                (r->>'created')::timestamptz);
          ELSIF jsonb_array_length(s) > 0 OR gone THEN
            UPDATE claim_reader.annotations SET
              doc_path = CASE WHEN s ? 'doc_path' THEN r->>'doc_path' ELSE doc_path END,
              doc_title = CASE WHEN s ? 'doc_title' THEN r->>'doc_title' ELSE doc_title END,
              claim_key = CASE WHEN s ? 'claim_key' THEN r->>'claim_key' ELSE claim_key END,
              note = CASE WHEN s ? 'note' THEN r->>'note' ELSE note END,
              highlight = CASE WHEN s ? 'highlight' THEN (r->>'highlight')::boolean ELSE highlight END,
              state = CASE WHEN s ? 'state' THEN r->>'state' ELSE state END,
              exact = CASE WHEN s ? 'selector' THEN r->>'exact' ELSE exact END,
              prefix = CASE WHEN s ? 'selector' THEN r->>'prefix' ELSE prefix END,
              suffix = CASE WHEN s ? 'selector' THEN r->>'suffix' ELSE suffix END,
              start_at = CASE WHEN s ? 'selector' THEN (r->>'start_at')::integer ELSE start_at END,
              end_at = CASE WHEN s ? 'selector' THEN (r->>'end_at')::integer ELSE end_at END,
              tags = CASE WHEN NOT s ? 'tags' THEN tags
                          WHEN op->'add' IS NULL THEN ARRAY(SELECT jsonb_array_elements_text(r->'tags'))
                          ELSE ARRAY(SELECT t FROM unnest(tags || ARRAY(SELECT jsonb_array_elements_text(op->'add'))) WITH ORDINALITY
                                     AS u(t, i) WHERE NOT op->'remove' ? t GROUP BY t ORDER BY min(i)) END,
              deleted = false
            WHERE id = aid;
            GET DIAGNOSTICS n = ROW_COUNT;
            IF n = 0 AND s <> '["state"]' THEN  -- someone else's: the anchoring state is each reader's own business
              refusal := format('the note, tags and highlight of this annotation are %s''s; only %s can change them', who, who);
            END IF;
          END IF;
          IF jsonb_typeof(op->'verdict') = 'object' THEN
            INSERT INTO claim_reader.verdict_events (id, annotation_id, team, value, evidence, bases, base_version, made, resolves)
              VALUES (done_op, aid, p_team, op->'verdict'->>'value', op->'verdict'->'evidence',
                ARRAY(SELECT jsonb_array_elements_text(op->'verdict'->'bases'))::uuid[], (op->'verdict'->>'base_version')::integer,
                (op->'verdict'->>'made')::timestamptz, (op->'verdict'->>'resolves')::boolean)
              ON CONFLICT (id) DO NOTHING;
          END IF;
        END IF;
      END IF;
    EXCEPTION WHEN data_exception OR integrity_constraint_violation OR insufficient_privilege OR program_limit_exceeded THEN
      refusal := SQLERRM;
    END;
    RETURN NEXT;
  END LOOP;
END $$;

ALTER TABLE claim_reader.teams ENABLE ROW LEVEL SECURITY;
-- Membership is pg_has_role(current_user, team, 'MEMBER'): direct or through other roles, a syscache lookup per
-- row. A team role cannot disappear under a row: DROP ROLE refuses while it holds the grants `team init` gave it.
CREATE POLICY member_reads ON claim_reader.teams FOR SELECT USING (pg_has_role(current_user, name, 'MEMBER'));

ALTER TABLE claim_reader.documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_reads ON claim_reader.documents FOR SELECT USING (pg_has_role(current_user, team, 'MEMBER'));
CREATE POLICY member_adds ON claim_reader.documents FOR INSERT
  WITH CHECK (added_by = current_user AND pg_has_role(current_user, team, 'MEMBER'));

ALTER TABLE claim_reader.annotations ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_reads ON claim_reader.annotations FOR SELECT USING (pg_has_role(current_user, team, 'MEMBER'));
CREATE POLICY creator_adds ON claim_reader.annotations FOR INSERT
  WITH CHECK (creator = current_user AND pg_has_role(current_user, team, 'MEMBER'));
CREATE POLICY creator_changes ON claim_reader.annotations FOR UPDATE
  USING (creator = current_user AND pg_has_role(current_user, team, 'MEMBER'))
  WITH CHECK (creator = current_user AND pg_has_role(current_user, team, 'MEMBER'));
CREATE POLICY creator_deletes ON claim_reader.annotations FOR DELETE
  USING (creator = current_user AND pg_has_role(current_user, team, 'MEMBER'));

ALTER TABLE claim_reader.verdict_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_reads ON claim_reader.verdict_events FOR SELECT USING (pg_has_role(current_user, team, 'MEMBER'));
CREATE POLICY member_appends ON claim_reader.verdict_events FOR INSERT
  WITH CHECK (actor = current_user AND pg_has_role(current_user, team, 'MEMBER') AND EXISTS (
    SELECT 1 FROM claim_reader.annotations a WHERE a.id = annotation_id AND a.team = verdict_events.team));

ALTER TABLE claim_reader.changes ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_reads ON claim_reader.changes FOR SELECT USING (pg_has_role(current_user, team, 'MEMBER'));

ALTER TABLE claim_reader.pushed ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_reads ON claim_reader.pushed FOR SELECT USING (actor = current_user);
CREATE POLICY own_adds ON claim_reader.pushed FOR INSERT WITH CHECK (actor = current_user AND pg_has_role(current_user, team, 'MEMBER'));
"""

GRANTS = """
GRANT USAGE ON SCHEMA claim_reader TO {team};
GRANT SELECT ON claim_reader.meta, claim_reader.teams, claim_reader.documents, claim_reader.annotations,
  claim_reader.verdict_events, claim_reader.changes, claim_reader.pushed TO {team};
GRANT INSERT ON claim_reader.documents, claim_reader.annotations, claim_reader.verdict_events, claim_reader.pushed TO {team};
GRANT UPDATE (doc_path, doc_title, exact, prefix, suffix, start_at, end_at, claim_key, note, tags, highlight, state, deleted, modified)
  ON claim_reader.annotations TO {team};
GRANT DELETE ON claim_reader.annotations TO {team};
"""
