-- A scope that loses its last unit grants nothing (the application reads "every unit" only from an explicit
-- flag, never from an empty list). Three changes make that hold in the data as well.
--
-- 1. Why a token was revoked is kept with it, so the token list can say so.
ALTER TABLE "api_tokens" ADD COLUMN "revoked_reason" text;
--> statement-breakpoint
UPDATE "api_tokens" SET "revoked_reason" = 'revoked' WHERE "revoked_at" IS NOT NULL;
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_revoked_reason_known" CHECK ("api_tokens"."revoked_reason" IN ('revoked', 'unit_deleted'));
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_revoked_with_reason" CHECK (("api_tokens"."revoked_at" IS NULL) = ("api_tokens"."revoked_reason" IS NULL));
--> statement-breakpoint
-- 2. A token whose unit goes (the API refuses to delete a unit an active token names, but a unit can still be
-- deleted in SQL, and the foreign key cascades) is revoked in the same statement: it never silently reaches
-- fewer units than it was given, nor — once the list is empty — any other. The update is audited like any.
CREATE FUNCTION revoke_token_losing_unit() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
  UPDATE public.api_tokens SET revoked_at = now(), revoked_reason = 'unit_deleted'
  WHERE id = OLD.token_id AND revoked_at IS NULL;
  RETURN OLD;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER api_token_units_revoke_on_loss AFTER DELETE ON api_token_units FOR EACH ROW EXECUTE FUNCTION revoke_token_losing_unit();
--> statement-breakpoint
-- 3. A union role of a local reference group names its units (as the API has required since roles could be
-- granted); older grants that named none reached the group's units through the empty list. They get those
-- units written out, so the empty list can mean "none".
INSERT INTO "user_role_units" ("municipality_id", "user_role_id", "unit_id")
SELECT r.municipality_id, r.id, gu.unit_id
FROM user_roles r
JOIN users u ON u.id = r.user_id
JOIN reference_groups g ON g.id = u.reference_group_id AND g.scope = 'units'
JOIN reference_group_units gu ON gu.reference_group_id = g.id
WHERE r.role = 'union' AND NOT EXISTS (SELECT 1 FROM user_role_units x WHERE x.user_role_id = r.id);
