ALTER TABLE "units" DROP CONSTRAINT "units_parent_id_units_id_fk";
--> statement-breakpoint
ALTER TABLE "units" DROP CONSTRAINT "units_predecessor_id_units_id_fk";
--> statement-breakpoint
ALTER TABLE "goals" DROP CONSTRAINT "goals_previous_goal_id_goals_id_fk";
--> statement-breakpoint
ALTER TABLE "plans" DROP CONSTRAINT "plans_previous_version_id_plans_id_fk";
--> statement-breakpoint
ALTER TABLE "targets" DROP CONSTRAINT "targets_previous_target_id_targets_id_fk";
--> statement-breakpoint
ALTER TABLE "targets" ADD COLUMN "position" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_municipality_id_parent_id_units_municipality_id_id_fk" FOREIGN KEY ("municipality_id","parent_id") REFERENCES "public"."units"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_municipality_id_predecessor_id_units_municipality_id_id_fk" FOREIGN KEY ("municipality_id","predecessor_id") REFERENCES "public"."units"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_municipality_id_previous_goal_id_goals_municipality_id_id_fk" FOREIGN KEY ("municipality_id","previous_goal_id") REFERENCES "public"."goals"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_municipality_id_previous_version_id_plans_municipality_id_id_fk" FOREIGN KEY ("municipality_id","previous_version_id") REFERENCES "public"."plans"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_municipality_id_previous_target_id_targets_municipality_id_id_fk" FOREIGN KEY ("municipality_id","previous_target_id") REFERENCES "public"."targets"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_not_own_parent" CHECK ("units"."parent_id" IS NULL OR "units"."parent_id" <> "units"."id");--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_valid_dates_ordered" CHECK ("units"."valid_from" IS NULL OR "units"."valid_to" IS NULL OR "units"."valid_from" <= "units"."valid_to");