CREATE TYPE "public"."reminder_step" AS ENUM('opened', 'due_soon', 'overdue');
--> statement-breakpoint
CREATE TYPE "public"."assessed_status" AS ENUM('met', 'at_risk', 'not_met', 'no_data', 'not_applicable');
--> statement-breakpoint
CREATE TYPE "public"."comment_subject" AS ENUM('goal', 'target', 'activity', 'figure');
--> statement-breakpoint
CREATE TYPE "public"."position_stance" AS ENUM('supports', 'partly_supports', 'reservation');
--> statement-breakpoint
CREATE TYPE "public"."position_state" AS ENUM('active', 'withdrawn', 'superseded');
--> statement-breakpoint
CREATE TABLE "explanations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"professional_group_id" uuid,
	"period_id" uuid NOT NULL,
	"text" text NOT NULL,
	"author_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "explanations_figure_key" UNIQUE NULLS NOT DISTINCT("indicator_id","unit_id","professional_group_id","period_id"),
	CONSTRAINT "explanations_tenant_key" UNIQUE("municipality_id","id"),
	CONSTRAINT "explanations_text_present" CHECK (length(btrim("explanations"."text")) > 0)
);
--> statement-breakpoint
CREATE TABLE "rule_explanations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"unit_report_id" uuid NOT NULL,
	"rule_code" text NOT NULL,
	"subject" text DEFAULT '' NOT NULL,
	"text" text NOT NULL,
	"author_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rule_explanations_subject_key" UNIQUE("unit_report_id","rule_code","subject"),
	CONSTRAINT "rule_explanations_text_present" CHECK (length(btrim("rule_explanations"."text")) > 0)
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reminder_dispatches" (
	"municipality_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"step" "reminder_step" NOT NULL,
	"dispatched_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminder_dispatches_cycle_id_unit_id_step_pk" PRIMARY KEY("cycle_id","unit_id","step")
);
--> statement-breakpoint
CREATE TABLE "comment_mentions" (
	"municipality_id" uuid NOT NULL,
	"comment_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "comment_mentions_comment_id_user_id_pk" PRIMARY KEY("comment_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "comment_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"comment_id" uuid NOT NULL,
	"body" text NOT NULL,
	"written_at" timestamp with time zone NOT NULL,
	"replaced_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"subject" "comment_subject" NOT NULL,
	"goal_id" uuid,
	"target_id" uuid,
	"activity_id" uuid,
	"indicator_id" uuid,
	"unit_id" uuid,
	"professional_group_id" uuid,
	"period_id" uuid,
	"thread_id" uuid,
	"author_user_id" uuid NOT NULL,
	"as_union_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	CONSTRAINT "comments_tenant_key" UNIQUE("municipality_id","id"),
	CONSTRAINT "comments_body_present" CHECK (length(btrim("comments"."body")) > 0),
	CONSTRAINT "comments_subject_matches" CHECK (("comments"."subject" = 'goal' AND "comments"."goal_id" IS NOT NULL AND "comments"."target_id" IS NULL AND "comments"."activity_id" IS NULL AND "comments"."indicator_id" IS NULL)
        OR ("comments"."subject" = 'target' AND "comments"."target_id" IS NOT NULL AND "comments"."goal_id" IS NULL AND "comments"."activity_id" IS NULL AND "comments"."indicator_id" IS NULL)
        OR ("comments"."subject" = 'activity' AND "comments"."activity_id" IS NOT NULL AND "comments"."goal_id" IS NULL AND "comments"."target_id" IS NULL AND "comments"."indicator_id" IS NULL)
        OR ("comments"."subject" = 'figure' AND "comments"."indicator_id" IS NOT NULL AND "comments"."unit_id" IS NOT NULL AND "comments"."period_id" IS NOT NULL
            AND "comments"."goal_id" IS NULL AND "comments"."target_id" IS NULL AND "comments"."activity_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "goal_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"target_id" uuid,
	"computed_status" "assessed_status",
	"assessed_status" "assessed_status" NOT NULL,
	"override_reason" text,
	"assessment" text,
	"decisions" text,
	"assessed_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goal_assessments_subject_key" UNIQUE NULLS NOT DISTINCT("cycle_id","goal_id","target_id"),
	CONSTRAINT "goal_assessments_override_has_reason" CHECK ("goal_assessments"."computed_status" IS NULL OR "goal_assessments"."assessed_status" = "goal_assessments"."computed_status" OR length(btrim(coalesce("goal_assessments"."override_reason", ''))) > 0)
);
--> statement-breakpoint
CREATE TABLE "position_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"text" text NOT NULL,
	"answered_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "position_answers_position_key" UNIQUE("position_id"),
	CONSTRAINT "position_answers_text_present" CHECK (length(btrim("position_answers"."text")) > 0)
);
--> statement-breakpoint
CREATE TABLE "position_signatories" (
	"municipality_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"confirmed_at" timestamp with time zone,
	CONSTRAINT "position_signatories_position_id_user_id_pk" PRIMARY KEY("position_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"reference_group_id" uuid NOT NULL,
	"stance" "position_stance" NOT NULL,
	"text" text NOT NULL,
	"meeting" text NOT NULL,
	"minutes_reference" text,
	"state" "position_state" DEFAULT 'active' NOT NULL,
	"restates_id" uuid,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "positions_tenant_key" UNIQUE("municipality_id","id"),
	CONSTRAINT "positions_text_present" CHECK (length(btrim("positions"."text")) > 0 AND length(btrim("positions"."meeting")) > 0)
);
--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD COLUMN "due_on" date;
--> statement-breakpoint
UPDATE "reporting_cycles" SET "due_on" = "deadline";
--> statement-breakpoint
ALTER TABLE "reporting_cycles" ALTER COLUMN "due_on" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD COLUMN "remind_days_before" integer DEFAULT 3 NOT NULL;
--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD COLUMN "explain_change_above" numeric;
--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD COLUMN "review_closed_by" uuid;
--> statement-breakpoint
ALTER TABLE "unit_reports" ADD COLUMN "late_entry" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
ALTER TABLE "unit_reports" ADD COLUMN "submitted_by" uuid;
--> statement-breakpoint
ALTER TABLE "unit_reports" ADD COLUMN "approved_by" uuid;
--> statement-breakpoint
ALTER TABLE "unit_reports" ADD COLUMN "returned_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "unit_reports" ADD COLUMN "returned_by" uuid;
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_tenant_key" UNIQUE("municipality_id","id");
--> statement-breakpoint
ALTER TABLE "unit_reports" ADD CONSTRAINT "unit_reports_tenant_key" UNIQUE("municipality_id","id");
--> statement-breakpoint
ALTER TABLE "explanations" ADD CONSTRAINT "explanations_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "explanations" ADD CONSTRAINT "explanations_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "explanations" ADD CONSTRAINT "explanations_municipality_id_indicator_id_indicators_municipality_id_id_fk" FOREIGN KEY ("municipality_id","indicator_id") REFERENCES "public"."indicators"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "explanations" ADD CONSTRAINT "explanations_municipality_id_unit_id_units_municipality_id_id_fk" FOREIGN KEY ("municipality_id","unit_id") REFERENCES "public"."units"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "explanations" ADD CONSTRAINT "explanations_municipality_id_professional_group_id_professional_groups_municipality_id_id_fk" FOREIGN KEY ("municipality_id","professional_group_id") REFERENCES "public"."professional_groups"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "explanations" ADD CONSTRAINT "explanations_municipality_id_author_user_id_users_municipality_id_id_fk" FOREIGN KEY ("municipality_id","author_user_id") REFERENCES "public"."users"("municipality_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "rule_explanations" ADD CONSTRAINT "rule_explanations_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "rule_explanations" ADD CONSTRAINT "rule_explanations_municipality_id_unit_report_id_unit_reports_municipality_id_id_fk" FOREIGN KEY ("municipality_id","unit_report_id") REFERENCES "public"."unit_reports"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "rule_explanations" ADD CONSTRAINT "rule_explanations_municipality_id_author_user_id_users_municipality_id_id_fk" FOREIGN KEY ("municipality_id","author_user_id") REFERENCES "public"."users"("municipality_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_municipality_id_user_id_users_municipality_id_id_fk" FOREIGN KEY ("municipality_id","user_id") REFERENCES "public"."users"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "reminder_dispatches" ADD CONSTRAINT "reminder_dispatches_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "reminder_dispatches" ADD CONSTRAINT "reminder_dispatches_municipality_id_cycle_id_reporting_cycles_municipality_id_id_fk" FOREIGN KEY ("municipality_id","cycle_id") REFERENCES "public"."reporting_cycles"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "reminder_dispatches" ADD CONSTRAINT "reminder_dispatches_municipality_id_unit_id_units_municipality_id_id_fk" FOREIGN KEY ("municipality_id","unit_id") REFERENCES "public"."units"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "comment_mentions" ADD CONSTRAINT "comment_mentions_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "comment_mentions" ADD CONSTRAINT "comment_mentions_municipality_id_comment_id_comments_municipality_id_id_fk" FOREIGN KEY ("municipality_id","comment_id") REFERENCES "public"."comments"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "comment_mentions" ADD CONSTRAINT "comment_mentions_municipality_id_user_id_users_municipality_id_id_fk" FOREIGN KEY ("municipality_id","user_id") REFERENCES "public"."users"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "comment_revisions" ADD CONSTRAINT "comment_revisions_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "comment_revisions" ADD CONSTRAINT "comment_revisions_municipality_id_comment_id_comments_municipality_id_id_fk" FOREIGN KEY ("municipality_id","comment_id") REFERENCES "public"."comments"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_municipality_id_goal_id_goals_municipality_id_id_fk" FOREIGN KEY ("municipality_id","goal_id") REFERENCES "public"."goals"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_municipality_id_target_id_targets_municipality_id_id_fk" FOREIGN KEY ("municipality_id","target_id") REFERENCES "public"."targets"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_municipality_id_activity_id_activities_municipality_id_id_fk" FOREIGN KEY ("municipality_id","activity_id") REFERENCES "public"."activities"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_municipality_id_indicator_id_indicators_municipality_id_id_fk" FOREIGN KEY ("municipality_id","indicator_id") REFERENCES "public"."indicators"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_municipality_id_unit_id_units_municipality_id_id_fk" FOREIGN KEY ("municipality_id","unit_id") REFERENCES "public"."units"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_municipality_id_professional_group_id_professional_groups_municipality_id_id_fk" FOREIGN KEY ("municipality_id","professional_group_id") REFERENCES "public"."professional_groups"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_municipality_id_thread_id_comments_municipality_id_id_fk" FOREIGN KEY ("municipality_id","thread_id") REFERENCES "public"."comments"("municipality_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_municipality_id_author_user_id_users_municipality_id_id_fk" FOREIGN KEY ("municipality_id","author_user_id") REFERENCES "public"."users"("municipality_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_municipality_id_as_union_id_unions_municipality_id_id_fk" FOREIGN KEY ("municipality_id","as_union_id") REFERENCES "public"."unions"("municipality_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_municipality_id_resolved_by_users_municipality_id_id_fk" FOREIGN KEY ("municipality_id","resolved_by") REFERENCES "public"."users"("municipality_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "goal_assessments" ADD CONSTRAINT "goal_assessments_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "goal_assessments" ADD CONSTRAINT "goal_assessments_municipality_id_cycle_id_reporting_cycles_municipality_id_id_fk" FOREIGN KEY ("municipality_id","cycle_id") REFERENCES "public"."reporting_cycles"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "goal_assessments" ADD CONSTRAINT "goal_assessments_municipality_id_goal_id_goals_municipality_id_id_fk" FOREIGN KEY ("municipality_id","goal_id") REFERENCES "public"."goals"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "goal_assessments" ADD CONSTRAINT "goal_assessments_municipality_id_target_id_targets_municipality_id_id_fk" FOREIGN KEY ("municipality_id","target_id") REFERENCES "public"."targets"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "goal_assessments" ADD CONSTRAINT "goal_assessments_municipality_id_assessed_by_users_municipality_id_id_fk" FOREIGN KEY ("municipality_id","assessed_by") REFERENCES "public"."users"("municipality_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "position_answers" ADD CONSTRAINT "position_answers_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "position_answers" ADD CONSTRAINT "position_answers_municipality_id_position_id_positions_municipality_id_id_fk" FOREIGN KEY ("municipality_id","position_id") REFERENCES "public"."positions"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "position_answers" ADD CONSTRAINT "position_answers_municipality_id_answered_by_users_municipality_id_id_fk" FOREIGN KEY ("municipality_id","answered_by") REFERENCES "public"."users"("municipality_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "position_signatories" ADD CONSTRAINT "position_signatories_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "position_signatories" ADD CONSTRAINT "position_signatories_municipality_id_position_id_positions_municipality_id_id_fk" FOREIGN KEY ("municipality_id","position_id") REFERENCES "public"."positions"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "position_signatories" ADD CONSTRAINT "position_signatories_municipality_id_user_id_users_municipality_id_id_fk" FOREIGN KEY ("municipality_id","user_id") REFERENCES "public"."users"("municipality_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_municipality_id_cycle_id_reporting_cycles_municipality_id_id_fk" FOREIGN KEY ("municipality_id","cycle_id") REFERENCES "public"."reporting_cycles"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_municipality_id_goal_id_goals_municipality_id_id_fk" FOREIGN KEY ("municipality_id","goal_id") REFERENCES "public"."goals"("municipality_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_municipality_id_reference_group_id_reference_groups_municipality_id_id_fk" FOREIGN KEY ("municipality_id","reference_group_id") REFERENCES "public"."reference_groups"("municipality_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_municipality_id_restates_id_positions_municipality_id_id_fk" FOREIGN KEY ("municipality_id","restates_id") REFERENCES "public"."positions"("municipality_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_municipality_id_recorded_by_users_municipality_id_id_fk" FOREIGN KEY ("municipality_id","recorded_by") REFERENCES "public"."users"("municipality_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "email_outbox_unsent_idx" ON "email_outbox" USING btree ("municipality_id","created_at") WHERE "email_outbox"."sent_at" IS NULL;
--> statement-breakpoint
CREATE INDEX "notifications_inbox_idx" ON "notifications" USING btree ("user_id","created_at");
--> statement-breakpoint
CREATE INDEX "comment_revisions_comment_idx" ON "comment_revisions" USING btree ("comment_id","replaced_at");
--> statement-breakpoint
CREATE INDEX "comments_goal_idx" ON "comments" USING btree ("goal_id");
--> statement-breakpoint
CREATE INDEX "comments_target_idx" ON "comments" USING btree ("target_id");
--> statement-breakpoint
CREATE INDEX "comments_activity_idx" ON "comments" USING btree ("activity_id");
--> statement-breakpoint
CREATE INDEX "comments_figure_idx" ON "comments" USING btree ("indicator_id","unit_id","period_id");
--> statement-breakpoint
CREATE INDEX "comments_thread_idx" ON "comments" USING btree ("thread_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "positions_one_active_key" ON "positions" USING btree ("cycle_id","goal_id","reference_group_id") WHERE "positions"."state" = 'active';
--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD CONSTRAINT "reporting_cycles_municipality_id_review_closed_by_users_municipality_id_id_fk" FOREIGN KEY ("municipality_id","review_closed_by") REFERENCES "public"."users"("municipality_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "unit_reports" ADD CONSTRAINT "unit_reports_municipality_id_submitted_by_users_municipality_id_id_fk" FOREIGN KEY ("municipality_id","submitted_by") REFERENCES "public"."users"("municipality_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "unit_reports" ADD CONSTRAINT "unit_reports_municipality_id_approved_by_users_municipality_id_id_fk" FOREIGN KEY ("municipality_id","approved_by") REFERENCES "public"."users"("municipality_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "unit_reports" ADD CONSTRAINT "unit_reports_municipality_id_returned_by_users_municipality_id_id_fk" FOREIGN KEY ("municipality_id","returned_by") REFERENCES "public"."users"("municipality_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD CONSTRAINT "reporting_cycles_due_after_deadline" CHECK ("reporting_cycles"."due_on" >= "reporting_cycles"."deadline");
--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD CONSTRAINT "reporting_cycles_remind_days_non_negative" CHECK ("reporting_cycles"."remind_days_before" >= 0);
--> statement-breakpoint
-- History for the new tables that record decisions and explanations (the audit trigger of 0006).
DO $$
DECLARE
  audited text;
BEGIN
  FOREACH audited IN ARRAY ARRAY[
    'reporting_cycle_elements', 'rule_explanations', 'explanations', 'comments', 'comment_revisions',
    'positions', 'position_signatories', 'position_answers', 'goal_assessments'
  ] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I
      FOR EACH ROW EXECUTE FUNCTION audit_row_change()', audited || '_audit', audited);
  END LOOP;
END;
$$;
--> statement-breakpoint
-- Approval decides what viewers see, so a change of a unit report invalidates cached figures (0003).
CREATE TRIGGER unit_reports_revision_insert AFTER INSERT ON unit_reports REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_municipality_revision();
--> statement-breakpoint
CREATE TRIGGER unit_reports_revision_update AFTER UPDATE ON unit_reports REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_municipality_revision();
--> statement-breakpoint
CREATE TRIGGER unit_reports_revision_delete AFTER DELETE ON unit_reports REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_municipality_revision();
