CREATE TABLE "api_token_units" (
	"municipality_id" uuid NOT NULL,
	"token_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "api_token_units_token_id_unit_id_pk" PRIMARY KEY("token_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "api_tokens_tenant_key" UNIQUE("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "api_token_units" ADD CONSTRAINT "api_token_units_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_token_units" ADD CONSTRAINT "api_token_units_municipality_id_token_id_api_tokens_municipality_id_id_fk" FOREIGN KEY ("municipality_id","token_id") REFERENCES "public"."api_tokens"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_token_units" ADD CONSTRAINT "api_token_units_municipality_id_unit_id_units_municipality_id_id_fk" FOREIGN KEY ("municipality_id","unit_id") REFERENCES "public"."units"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_municipality_id_created_by_user_id_users_municipality_id_id_fk" FOREIGN KEY ("municipality_id","created_by_user_id") REFERENCES "public"."users"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_tokens_municipality_idx" ON "api_tokens" USING btree ("municipality_id");--> statement-breakpoint
CREATE TRIGGER api_tokens_audit AFTER INSERT OR DELETE ON api_tokens FOR EACH ROW EXECUTE FUNCTION audit_row_change();
--> statement-breakpoint
-- Recording the last use is not a change anyone needs in the history.
CREATE TRIGGER api_tokens_audit_update AFTER UPDATE ON api_tokens FOR EACH ROW
  WHEN ((to_jsonb(OLD) - 'last_used_at') IS DISTINCT FROM (to_jsonb(NEW) - 'last_used_at'))
  EXECUTE FUNCTION audit_row_change();
--> statement-breakpoint
CREATE TRIGGER api_token_units_audit AFTER INSERT OR UPDATE OR DELETE ON api_token_units FOR EACH ROW EXECUTE FUNCTION audit_row_change();
