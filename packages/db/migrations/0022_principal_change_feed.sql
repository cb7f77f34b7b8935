-- Each API process keeps who is logged in (the session, the user with roles and scopes, the API token) in
-- memory. These triggers tell every process, through LISTEN/NOTIFY, the moment any of it changes: after the
-- transaction commits, once per municipality and statement. A process whose listening connection is down does
-- not use its memory at all (apps/api/src/change-feed.ts), so a missed notice can only cost a database read.
CREATE FUNCTION notify_principals_changed() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  PERFORM pg_notify('planpuls_principals', municipality_id::text) FROM (SELECT DISTINCT municipality_id FROM changed_rows) AS touched;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION notify_municipality_changed() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  PERFORM pg_notify('planpuls_principals', id::text) FROM (SELECT DISTINCT id FROM changed_rows) AS touched;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- A token's last use is written at most once a minute while it is used; that alone changes nobody's rights.
CREATE FUNCTION notify_api_tokens_changed() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  PERFORM pg_notify('planpuls_principals', municipality_id::text) FROM (
    SELECT DISTINCT n.municipality_id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE to_jsonb(n) - 'last_used_at' IS DISTINCT FROM to_jsonb(o) - 'last_used_at'
  ) AS touched;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- A session that ends (logout, revoked, expired) or changes (a new login, its times set back) is named by its
-- hash; marking it as seen, which only moves `last_seen_at` forward, is not a change others need to hear of.
CREATE FUNCTION notify_sessions_ended() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  PERFORM pg_notify('planpuls_sessions', id_hash) FROM old_rows;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION notify_sessions_changed() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  PERFORM pg_notify('planpuls_sessions', n.id_hash) FROM new_rows n JOIN old_rows o ON o.id_hash = n.id_hash
  WHERE n.data IS DISTINCT FROM o.data OR n.user_id IS DISTINCT FROM o.user_id OR n.municipality_id IS DISTINCT FROM o.municipality_id
     OR n.created_at IS DISTINCT FROM o.created_at OR n.last_seen_at < o.last_seen_at;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DO $$
DECLARE
  watched text;
BEGIN
  FOREACH watched IN ARRAY ARRAY[
    'users', 'user_roles', 'user_role_units', 'reference_groups', 'reference_group_units', 'units',
    'api_tokens', 'api_token_units'
  ] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION notify_principals_changed()', watched || '_principals_insert', watched);
    IF watched <> 'api_tokens' THEN
      EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows
        FOR EACH STATEMENT EXECUTE FUNCTION notify_principals_changed()', watched || '_principals_update', watched);
    END IF;
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION notify_principals_changed()', watched || '_principals_delete', watched);
  END LOOP;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER municipalities_principals_update AFTER UPDATE ON municipalities REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION notify_municipality_changed();
--> statement-breakpoint
CREATE TRIGGER api_tokens_principals_update AFTER UPDATE ON api_tokens REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION notify_api_tokens_changed();
--> statement-breakpoint
CREATE TRIGGER sessions_changed_update AFTER UPDATE ON sessions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION notify_sessions_changed();
--> statement-breakpoint
CREATE TRIGGER sessions_changed_delete AFTER DELETE ON sessions REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION notify_sessions_ended();
