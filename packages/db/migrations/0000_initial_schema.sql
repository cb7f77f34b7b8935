CREATE TYPE "public"."period_kind" AS ENUM('year', 'tertial', 'quarter', 'month');--> statement-breakpoint
CREATE TYPE "public"."reference_group_scope" AS ENUM('all', 'units');--> statement-breakpoint
CREATE TYPE "public"."unit_kind" AS ENUM('central', 'district');--> statement-breakpoint
CREATE TYPE "public"."disaggregation" AS ENUM('professional_group', 'none');--> statement-breakpoint
CREATE TYPE "public"."time_aggregation" AS ENUM('sum', 'average', 'last');--> statement-breakpoint
CREATE TYPE "public"."value_type" AS ENUM('integer', 'decimal');--> statement-breakpoint
CREATE TYPE "public"."indicator_kind" AS ENUM('share', 'ratio', 'count');--> statement-breakpoint
CREATE TYPE "public"."indicator_window" AS ENUM('none', 'rolling_12_months');--> statement-breakpoint
CREATE TYPE "public"."baseline_kind" AS ENUM('fixed', 'from_data');--> statement-breakpoint
CREATE TYPE "public"."plan_status" AS ENUM('draft', 'adopted', 'archived');--> statement-breakpoint
CREATE TYPE "public"."target_kind" AS ENUM('range', 'at_most', 'at_least', 'exact');--> statement-breakpoint
CREATE TYPE "public"."target_level" AS ENUM('unit', 'city');--> statement-breakpoint
CREATE TYPE "public"."activity_status" AS ENUM('not_started', 'ongoing', 'done', 'delayed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."unit_report_state" AS ENUM('open', 'submitted', 'approved', 'returned');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('admin', 'steering', 'hr', 'union', 'viewer');--> statement-breakpoint
CREATE TABLE "municipalities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text COLLATE "sv-x-icu" NOT NULL,
	"kolada_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "municipalities_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"kind" "period_kind" NOT NULL,
	"year" integer NOT NULL,
	"number" integer NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	CONSTRAINT "periods_code_unique" UNIQUE("code"),
	CONSTRAINT "periods_kind_year_number_key" UNIQUE("kind","year","number"),
	CONSTRAINT "periods_dates_ordered" CHECK ("periods"."start_date" <= "periods"."end_date")
);
--> statement-breakpoint
CREATE TABLE "professional_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text COLLATE "sv-x-icu" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "professional_groups_code_key" UNIQUE("municipality_id","code"),
	CONSTRAINT "professional_groups_tenant_key" UNIQUE("municipality_id","id")
);
--> statement-breakpoint
CREATE TABLE "reference_group_unions" (
	"municipality_id" uuid NOT NULL,
	"reference_group_id" uuid NOT NULL,
	"union_id" uuid NOT NULL,
	CONSTRAINT "reference_group_unions_reference_group_id_union_id_pk" PRIMARY KEY("reference_group_id","union_id")
);
--> statement-breakpoint
CREATE TABLE "reference_group_units" (
	"municipality_id" uuid NOT NULL,
	"reference_group_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "reference_group_units_reference_group_id_unit_id_pk" PRIMARY KEY("reference_group_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "reference_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text COLLATE "sv-x-icu" NOT NULL,
	"scope" "reference_group_scope" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reference_groups_code_key" UNIQUE("municipality_id","code"),
	CONSTRAINT "reference_groups_tenant_key" UNIQUE("municipality_id","id")
);
--> statement-breakpoint
CREATE TABLE "unions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text COLLATE "sv-x-icu" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unions_code_key" UNIQUE("municipality_id","code"),
	CONSTRAINT "unions_tenant_key" UNIQUE("municipality_id","id")
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text COLLATE "sv-x-icu" NOT NULL,
	"kind" "unit_kind" NOT NULL,
	"parent_id" uuid,
	"valid_from" date,
	"valid_to" date,
	"predecessor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_code_key" UNIQUE("municipality_id","code"),
	CONSTRAINT "units_tenant_key" UNIQUE("municipality_id","id")
);
--> statement-breakpoint
CREATE TABLE "data_elements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text COLLATE "sv-x-icu" NOT NULL,
	"definition" text NOT NULL,
	"value_type" "value_type" NOT NULL,
	"time_aggregation" time_aggregation NOT NULL,
	"frequency" "period_kind" NOT NULL,
	"disaggregation" "disaggregation" NOT NULL,
	"min" numeric,
	"max" numeric,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "data_elements_code_key" UNIQUE("municipality_id","code"),
	CONSTRAINT "data_elements_tenant_key" UNIQUE("municipality_id","id"),
	CONSTRAINT "data_elements_min_le_max" CHECK ("data_elements"."min" IS NULL OR "data_elements"."max" IS NULL OR "data_elements"."min" <= "data_elements"."max")
);
--> statement-breakpoint
CREATE TABLE "data_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"data_element_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"professional_group_id" uuid,
	"period_id" uuid NOT NULL,
	"value" numeric NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "data_values_identity_key" UNIQUE NULLS NOT DISTINCT("data_element_id","unit_id","professional_group_id","period_id"),
	CONSTRAINT "data_values_version_positive" CHECK ("data_values"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "indicator_formula_numerators" (
	"municipality_id" uuid NOT NULL,
	"formula_id" uuid NOT NULL,
	"data_element_id" uuid NOT NULL,
	CONSTRAINT "indicator_formula_numerators_formula_id_data_element_id_pk" PRIMARY KEY("formula_id","data_element_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_formulas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"denominator_element_id" uuid,
	"factor" numeric NOT NULL,
	"window" "indicator_window" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_formulas_version_key" UNIQUE("indicator_id","version"),
	CONSTRAINT "indicator_formulas_tenant_key" UNIQUE("municipality_id","id"),
	CONSTRAINT "indicator_formulas_version_positive" CHECK ("indicator_formulas"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text COLLATE "sv-x-icu" NOT NULL,
	"kind" "indicator_kind" NOT NULL,
	"unit_of_measure" text NOT NULL,
	"decimals" integer NOT NULL,
	"source" text NOT NULL,
	"current_formula_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_code_key" UNIQUE("municipality_id","code"),
	CONSTRAINT "indicators_tenant_key" UNIQUE("municipality_id","id"),
	CONSTRAINT "indicators_decimals_range" CHECK ("indicators"."decimals" BETWEEN 0 AND 6)
);
--> statement-breakpoint
CREATE TABLE "focus_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text COLLATE "sv-x-icu" NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "focus_areas_code_key" UNIQUE("plan_id","code"),
	CONSTRAINT "focus_areas_tenant_key" UNIQUE("municipality_id","id")
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"focus_area_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text COLLATE "sv-x-icu" NOT NULL,
	"indicator_id" uuid,
	"owner" text,
	"data_source" text,
	"frequency" "period_kind",
	"previous_goal_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goals_code_key" UNIQUE("plan_id","code"),
	CONSTRAINT "goals_tenant_key" UNIQUE("municipality_id","id")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"code" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text COLLATE "sv-x-icu" NOT NULL,
	"status" "plan_status" DEFAULT 'draft' NOT NULL,
	"valid_from_period_id" uuid,
	"valid_to_period_id" uuid,
	"reporting_frequency" "period_kind",
	"adopted_on" date,
	"adoption_decision" text,
	"previous_version_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_code_version_key" UNIQUE("municipality_id","code","version"),
	CONSTRAINT "plans_tenant_key" UNIQUE("municipality_id","id"),
	CONSTRAINT "plans_adopted_has_decision" CHECK ("plans"."status" = 'draft' OR "plans"."adopted_on" IS NOT NULL OR "plans"."status" = 'archived')
);
--> statement-breakpoint
CREATE TABLE "target_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"target_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"value" numeric NOT NULL,
	CONSTRAINT "target_milestones_period_key" UNIQUE("target_id","period_id")
);
--> statement-breakpoint
CREATE TABLE "target_reference_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"target_id" uuid NOT NULL,
	"label" text NOT NULL,
	"value" numeric NOT NULL,
	"period_id" uuid,
	"source" text
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"professional_group_id" uuid,
	"kind" "target_kind" NOT NULL,
	"level" "target_level" NOT NULL,
	"value" numeric,
	"min" numeric,
	"max" numeric,
	"deadline_period_id" uuid,
	"baseline_kind" "baseline_kind",
	"baseline_value" numeric,
	"baseline_period_id" uuid,
	"baseline_source" text,
	"baseline_note" text,
	"tolerance" numeric,
	"previous_target_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "targets_tenant_key" UNIQUE("municipality_id","id"),
	CONSTRAINT "targets_bounds_match_kind" CHECK (("targets"."kind" = 'range' AND "targets"."min" IS NOT NULL AND "targets"."max" IS NOT NULL AND "targets"."min" <= "targets"."max" AND "targets"."value" IS NULL)
        OR ("targets"."kind" <> 'range' AND "targets"."value" IS NOT NULL AND "targets"."min" IS NULL AND "targets"."max" IS NULL)),
	CONSTRAINT "targets_baseline_complete" CHECK ("targets"."baseline_kind" IS NULL
        OR ("targets"."baseline_kind" = 'fixed' AND "targets"."baseline_value" IS NOT NULL)
        OR ("targets"."baseline_kind" = 'from_data' AND "targets"."baseline_period_id" IS NOT NULL)),
	CONSTRAINT "targets_tolerance_non_negative" CHECK ("targets"."tolerance" IS NULL OR "targets"."tolerance" >= 0)
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"goal_id" uuid,
	"indicator_id" uuid,
	"unit_id" uuid,
	"code" text NOT NULL,
	"name" text COLLATE "sv-x-icu" NOT NULL,
	"owner" text,
	"start_date" date,
	"due_date" date,
	"definition_of_done" text,
	"status" "activity_status" DEFAULT 'not_started' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_code_key" UNIQUE("plan_id","code"),
	CONSTRAINT "activities_dates_ordered" CHECK ("activities"."start_date" IS NULL OR "activities"."due_date" IS NULL OR "activities"."start_date" <= "activities"."due_date")
);
--> statement-breakpoint
CREATE TABLE "reporting_cycle_elements" (
	"municipality_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"data_element_id" uuid NOT NULL,
	CONSTRAINT "reporting_cycle_elements_cycle_id_data_element_id_pk" PRIMARY KEY("cycle_id","data_element_id")
);
--> statement-breakpoint
CREATE TABLE "reporting_cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"opens_on" date NOT NULL,
	"deadline" date NOT NULL,
	"review_closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reporting_cycles_period_key" UNIQUE("plan_id","period_id"),
	CONSTRAINT "reporting_cycles_tenant_key" UNIQUE("municipality_id","id"),
	CONSTRAINT "reporting_cycles_dates_ordered" CHECK ("reporting_cycles"."opens_on" <= "reporting_cycles"."deadline")
);
--> statement-breakpoint
CREATE TABLE "unit_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"state" "unit_report_state" DEFAULT 'open' NOT NULL,
	"changed_after_approval" boolean DEFAULT false NOT NULL,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"return_comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_reports_unit_key" UNIQUE("cycle_id","unit_id"),
	CONSTRAINT "unit_reports_returned_has_comment" CHECK ("unit_reports"."state" <> 'returned' OR "unit_reports"."return_comment" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "user_role_units" (
	"municipality_id" uuid NOT NULL,
	"user_role_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "user_role_units_user_role_id_unit_id_pk" PRIMARY KEY("user_role_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "user_roles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "role" NOT NULL,
	"valid_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_roles_tenant_key" UNIQUE("municipality_id","id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"email" text NOT NULL,
	"display_name" text COLLATE "sv-x-icu" NOT NULL,
	"password_hash" text,
	"union_id" uuid,
	"reference_group_id" uuid,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_key" UNIQUE("municipality_id","email"),
	CONSTRAINT "users_tenant_key" UNIQUE("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "professional_groups" ADD CONSTRAINT "professional_groups_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_group_unions" ADD CONSTRAINT "reference_group_unions_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_group_unions" ADD CONSTRAINT "reference_group_unions_municipality_id_reference_group_id_reference_groups_municipality_id_id_fk" FOREIGN KEY ("municipality_id","reference_group_id") REFERENCES "public"."reference_groups"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_group_unions" ADD CONSTRAINT "reference_group_unions_municipality_id_union_id_unions_municipality_id_id_fk" FOREIGN KEY ("municipality_id","union_id") REFERENCES "public"."unions"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_group_units" ADD CONSTRAINT "reference_group_units_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_group_units" ADD CONSTRAINT "reference_group_units_municipality_id_reference_group_id_reference_groups_municipality_id_id_fk" FOREIGN KEY ("municipality_id","reference_group_id") REFERENCES "public"."reference_groups"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_group_units" ADD CONSTRAINT "reference_group_units_municipality_id_unit_id_units_municipality_id_id_fk" FOREIGN KEY ("municipality_id","unit_id") REFERENCES "public"."units"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_groups" ADD CONSTRAINT "reference_groups_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unions" ADD CONSTRAINT "unions_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_predecessor_id_units_id_fk" FOREIGN KEY ("predecessor_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_elements" ADD CONSTRAINT "data_elements_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_values" ADD CONSTRAINT "data_values_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_values" ADD CONSTRAINT "data_values_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_values" ADD CONSTRAINT "data_values_municipality_id_data_element_id_data_elements_municipality_id_id_fk" FOREIGN KEY ("municipality_id","data_element_id") REFERENCES "public"."data_elements"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_values" ADD CONSTRAINT "data_values_municipality_id_unit_id_units_municipality_id_id_fk" FOREIGN KEY ("municipality_id","unit_id") REFERENCES "public"."units"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_values" ADD CONSTRAINT "data_values_municipality_id_professional_group_id_professional_groups_municipality_id_id_fk" FOREIGN KEY ("municipality_id","professional_group_id") REFERENCES "public"."professional_groups"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_formula_numerators" ADD CONSTRAINT "indicator_formula_numerators_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_formula_numerators" ADD CONSTRAINT "indicator_formula_numerators_municipality_id_formula_id_indicator_formulas_municipality_id_id_fk" FOREIGN KEY ("municipality_id","formula_id") REFERENCES "public"."indicator_formulas"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_formula_numerators" ADD CONSTRAINT "indicator_formula_numerators_municipality_id_data_element_id_data_elements_municipality_id_id_fk" FOREIGN KEY ("municipality_id","data_element_id") REFERENCES "public"."data_elements"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_formulas" ADD CONSTRAINT "indicator_formulas_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_formulas" ADD CONSTRAINT "indicator_formulas_municipality_id_indicator_id_indicators_municipality_id_id_fk" FOREIGN KEY ("municipality_id","indicator_id") REFERENCES "public"."indicators"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_formulas" ADD CONSTRAINT "indicator_formulas_municipality_id_denominator_element_id_data_elements_municipality_id_id_fk" FOREIGN KEY ("municipality_id","denominator_element_id") REFERENCES "public"."data_elements"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_areas" ADD CONSTRAINT "focus_areas_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_areas" ADD CONSTRAINT "focus_areas_municipality_id_plan_id_plans_municipality_id_id_fk" FOREIGN KEY ("municipality_id","plan_id") REFERENCES "public"."plans"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_previous_goal_id_goals_id_fk" FOREIGN KEY ("previous_goal_id") REFERENCES "public"."goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_municipality_id_plan_id_plans_municipality_id_id_fk" FOREIGN KEY ("municipality_id","plan_id") REFERENCES "public"."plans"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_municipality_id_focus_area_id_focus_areas_municipality_id_id_fk" FOREIGN KEY ("municipality_id","focus_area_id") REFERENCES "public"."focus_areas"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_municipality_id_indicator_id_indicators_municipality_id_id_fk" FOREIGN KEY ("municipality_id","indicator_id") REFERENCES "public"."indicators"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_valid_from_period_id_periods_id_fk" FOREIGN KEY ("valid_from_period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_valid_to_period_id_periods_id_fk" FOREIGN KEY ("valid_to_period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_previous_version_id_plans_id_fk" FOREIGN KEY ("previous_version_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_milestones" ADD CONSTRAINT "target_milestones_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_milestones" ADD CONSTRAINT "target_milestones_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_milestones" ADD CONSTRAINT "target_milestones_municipality_id_target_id_targets_municipality_id_id_fk" FOREIGN KEY ("municipality_id","target_id") REFERENCES "public"."targets"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_reference_values" ADD CONSTRAINT "target_reference_values_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_reference_values" ADD CONSTRAINT "target_reference_values_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_reference_values" ADD CONSTRAINT "target_reference_values_municipality_id_target_id_targets_municipality_id_id_fk" FOREIGN KEY ("municipality_id","target_id") REFERENCES "public"."targets"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_deadline_period_id_periods_id_fk" FOREIGN KEY ("deadline_period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_baseline_period_id_periods_id_fk" FOREIGN KEY ("baseline_period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_previous_target_id_targets_id_fk" FOREIGN KEY ("previous_target_id") REFERENCES "public"."targets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_municipality_id_goal_id_goals_municipality_id_id_fk" FOREIGN KEY ("municipality_id","goal_id") REFERENCES "public"."goals"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_municipality_id_professional_group_id_professional_groups_municipality_id_id_fk" FOREIGN KEY ("municipality_id","professional_group_id") REFERENCES "public"."professional_groups"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_municipality_id_plan_id_plans_municipality_id_id_fk" FOREIGN KEY ("municipality_id","plan_id") REFERENCES "public"."plans"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_municipality_id_goal_id_goals_municipality_id_id_fk" FOREIGN KEY ("municipality_id","goal_id") REFERENCES "public"."goals"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_municipality_id_indicator_id_indicators_municipality_id_id_fk" FOREIGN KEY ("municipality_id","indicator_id") REFERENCES "public"."indicators"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_municipality_id_unit_id_units_municipality_id_id_fk" FOREIGN KEY ("municipality_id","unit_id") REFERENCES "public"."units"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_cycle_elements" ADD CONSTRAINT "reporting_cycle_elements_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_cycle_elements" ADD CONSTRAINT "reporting_cycle_elements_municipality_id_cycle_id_reporting_cycles_municipality_id_id_fk" FOREIGN KEY ("municipality_id","cycle_id") REFERENCES "public"."reporting_cycles"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_cycle_elements" ADD CONSTRAINT "reporting_cycle_elements_municipality_id_data_element_id_data_elements_municipality_id_id_fk" FOREIGN KEY ("municipality_id","data_element_id") REFERENCES "public"."data_elements"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD CONSTRAINT "reporting_cycles_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD CONSTRAINT "reporting_cycles_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD CONSTRAINT "reporting_cycles_municipality_id_plan_id_plans_municipality_id_id_fk" FOREIGN KEY ("municipality_id","plan_id") REFERENCES "public"."plans"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_reports" ADD CONSTRAINT "unit_reports_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_reports" ADD CONSTRAINT "unit_reports_municipality_id_cycle_id_reporting_cycles_municipality_id_id_fk" FOREIGN KEY ("municipality_id","cycle_id") REFERENCES "public"."reporting_cycles"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_reports" ADD CONSTRAINT "unit_reports_municipality_id_unit_id_units_municipality_id_id_fk" FOREIGN KEY ("municipality_id","unit_id") REFERENCES "public"."units"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_role_units" ADD CONSTRAINT "user_role_units_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_role_units" ADD CONSTRAINT "user_role_units_municipality_id_user_role_id_user_roles_municipality_id_id_fk" FOREIGN KEY ("municipality_id","user_role_id") REFERENCES "public"."user_roles"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_role_units" ADD CONSTRAINT "user_role_units_municipality_id_unit_id_units_municipality_id_id_fk" FOREIGN KEY ("municipality_id","unit_id") REFERENCES "public"."units"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_municipality_id_user_id_users_municipality_id_id_fk" FOREIGN KEY ("municipality_id","user_id") REFERENCES "public"."users"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_municipality_id_union_id_unions_municipality_id_id_fk" FOREIGN KEY ("municipality_id","union_id") REFERENCES "public"."unions"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_municipality_id_reference_group_id_reference_groups_municipality_id_id_fk" FOREIGN KEY ("municipality_id","reference_group_id") REFERENCES "public"."reference_groups"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "data_values_unit_period_idx" ON "data_values" USING btree ("municipality_id","unit_id","period_id");--> statement-breakpoint
CREATE INDEX "data_values_period_idx" ON "data_values" USING btree ("municipality_id","period_id");