import { Type, type Static } from 'typebox';
import { CodeSchema, DateSchema, IdSchema, Nullable, PeriodCodeSchema } from './common';
import { ReportStateSchema } from './data-values';
import { Patch, TextSchema } from './write-common';

/**
 * Reporting cycles (uppföljning) and each unit's report in them: the one diagram of docs/domain.md#reports-and-cycles,
 * open → submitted → approved, or submitted → returned (with a comment), which behaves as open for HR.
 *
 * Routes (under /api/v1):
 * - GET    /reporting-cycles?planId=&period=                      reports:read   → ReportingCycleList
 * - POST   /reporting-cycles                                      cycles:manage  CreateReportingCycle → 201 ReportingCycle
 * - GET    /reporting-cycles/{cycleId}                            reports:read   → ReportingCycle
 * - PATCH  /reporting-cycles/{cycleId}                            cycles:manage  UpdateReportingCycle → ReportingCycle
 * - DELETE /reporting-cycles/{cycleId}                            cycles:manage  → Deleted (409 once any unit has submitted, or the review is closed)
 * - GET    /reporting-cycles/{cycleId}/reports                    reports:read   → UnitReportList (only the caller's units)
 * - GET    /reporting-cycles/{cycleId}/reports/{unitCode}         reports:read   → UnitReport
 * - POST   /reporting-cycles/{cycleId}/reports/{unitCode}/submit  reports:submit SubmitReport → UnitReport
 * - POST   /reporting-cycles/{cycleId}/reports/{unitCode}/approve reports:approve ApproveReport ({}) → UnitReport
 * - POST   /reporting-cycles/{cycleId}/reports/{unitCode}/return  reports:approve ReturnReport → UnitReport
 * - GET    /explanations?indicator=&unit=&group=&period=          reports:read   → ExplanationList
 * - PUT    /explanations/{indicatorCode}/{unitCode}/{periodCode}?group=  explanations:write PutExplanation → Explanation
 */

/** Stable error codes of cycles, reports and the write rules for values (clients translate them). */
export const ReportingErrorCodes = {
  cycleNotFound: 'reporting_cycles.not_found',
  /** The plan has a cycle for the period already. */
  cycleExists: 'reporting_cycles.exists',
  /** opensOn after deadline. */
  datesOutOfOrder: 'reporting_cycles.dates_out_of_order',
  /** A data element code of the data set does not exist. */
  unknownElements: 'reporting_cycles.unknown_elements',
  /** Deleting a cycle once any unit has submitted (a returned report was submitted too) or the review is closed. */
  cycleHasReports: 'reporting_cycles.has_submitted_reports',
  /**
   * Changing the data set of a cycle once any unit has submitted or the review is closed: the values it holds
   * stay under the write rules of their reports (the period and plan of such a cycle are fixed as well).
   */
  dataSetFrozen: 'reporting_cycles.data_set_frozen',
  reportNotFound: 'reports.not_found',
  /** The unit is outside the caller's units. */
  unitForbidden: 'reports.unit_forbidden',
  /** The transition is not allowed from the report's state (details name the state). */
  illegalTransition: 'reports.illegal_transition',
  /** Submit refused: details list every broken validation rule without an explanation. */
  rulesBroken: 'reports.rules_broken',
  /** Submit refused: details list every figure that needs an explanation and has none. */
  explanationsMissing: 'reports.explanations_missing',
  /** HR changing a value of a submitted report: ask the steering group to return it. */
  submittedReadOnly: 'reports.submitted_read_only',
  /** Changing a value of an approved report, a closed review, or after the deadline needs a reason. */
  reasonRequired: 'data_values.reason_required',
  /** A value of a period with reporting cycles, for an element that no data set of them asks for. */
  notInDataSet: 'data_values.not_in_data_set',
  /** Changing an explanation of a submitted, approved or closed report needs a reason. */
  explanationReasonRequired: 'explanations.reason_required',
} as const;

export const ReportingCycleParamsSchema = Type.Object({ cycleId: IdSchema }, { additionalProperties: false });
export const UnitReportParamsSchema = Type.Object({ cycleId: IdSchema, unitCode: CodeSchema }, { additionalProperties: false });

export const ReportingCycleQuerySchema = Type.Object(
  {
    planId: Type.Optional(IdSchema),
    period: Type.Optional(PeriodCodeSchema),
  },
  { additionalProperties: false },
);
export type ReportingCycleQuery = Static<typeof ReportingCycleQuerySchema>;

const ReportCountsSchema = Type.Object(
  {
    open: Type.Integer({ minimum: 0 }),
    submitted: Type.Integer({ minimum: 0 }),
    approved: Type.Integer({ minimum: 0 }),
    returned: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false, description: 'How many unit reports are in each state' },
);

export const ReportingCycleSchema = Type.Object(
  {
    id: IdSchema,
    planId: IdSchema,
    period: PeriodCodeSchema,
    opensOn: DateSchema,
    deadline: DateSchema,
    dueOn: Type.String({
      format: 'date',
      description:
        'The deadline in force: the deadline moved to the next Swedish working day (weekends, public holidays, midsommarafton, julafton, nyårsafton)',
    }),
    remindDaysBefore: Type.Integer({ minimum: 0 }),
    explainChangeAbove: Nullable(
      Type.Number({
        description: 'A figure moving more than this from the last period needs an explanation; null = 5 in the indicator’s unit',
      }),
    ),
    reviewClosedAt: Nullable(Type.String({ format: 'date-time' })),
    dataElements: Type.Array(CodeSchema, { description: 'The data set: codes of the data elements each unit reports' }),
    reports: ReportCountsSchema,
    createdAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type ReportingCycle = Static<typeof ReportingCycleSchema>;

export const ReportingCycleListSchema = Type.Object({ items: Type.Array(ReportingCycleSchema) }, { additionalProperties: false });

export const CreateReportingCycleSchema = Type.Object(
  {
    planId: IdSchema,
    period: PeriodCodeSchema,
    opensOn: DateSchema,
    deadline: DateSchema,
    remindDaysBefore: Type.Optional(Type.Integer({ minimum: 0, maximum: 60 })),
    explainChangeAbove: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 1e12 }))),
    dataElements: Type.Array(CodeSchema, { minItems: 1, maxItems: 500, uniqueItems: true }),
  },
  { additionalProperties: false, description: 'Creating a cycle opens one report (state open) per reporting unit' },
);
export type CreateReportingCycle = Static<typeof CreateReportingCycleSchema>;

export const UpdateReportingCycleSchema = Patch(
  Type.Object({
    opensOn: DateSchema,
    deadline: DateSchema,
    remindDaysBefore: Type.Integer({ minimum: 0, maximum: 60 }),
    explainChangeAbove: Nullable(Type.Number({ minimum: 0, maximum: 1e12 })),
    dataElements: Type.Array(CodeSchema, { minItems: 1, maxItems: 500, uniqueItems: true }),
  }),
);
export type UpdateReportingCycle = Static<typeof UpdateReportingCycleSchema>;

export const ActorSchema = Type.Object({ id: IdSchema, name: Type.String() }, { additionalProperties: false });

/**
 * A validation rule broken by the unit's values for the cycle's period. `subject` says what it was broken for:
 * the indicator (numerator_exceeds_denominator) or element (required_positive, outside_history) code,
 * followed by `/GROUP` when the values are split by professional group, e.g. `average_headcount/SOC`.
 */
export const BrokenRuleSchema = Type.Object(
  {
    ruleCode: Type.Union([
      Type.Literal('numerator_exceeds_denominator'),
      Type.Literal('required_positive'),
      Type.Literal('outside_history'),
    ]),
    subject: Type.String(),
    group: Nullable(CodeSchema),
    message: Type.String({ description: 'English; clients translate by ruleCode' }),
    details: Type.Record(Type.String(), Type.Unknown(), {
      description: 'The warning as computed: numerator, denominator, element, value, low, high…',
    }),
    explanation: Nullable(Type.String({ description: 'Why it is nevertheless right, given at submission' })),
  },
  { additionalProperties: false },
);
export type BrokenRule = Static<typeof BrokenRuleSchema>;

/** A figure of the unit for the cycle's period that needs an explanation (explain via PUT /explanations). */
export const NeededExplanationSchema = Type.Object(
  {
    indicator: CodeSchema,
    group: Nullable(CodeSchema),
    period: PeriodCodeSchema,
    reasons: Type.Array(Type.Union([Type.Literal('target_missed'), Type.Literal('large_change')])),
    status: Type.String({ description: 'Status against the target in force: at_risk, not_met, no_data…' }),
    value: Nullable(Type.Number()),
    previousValue: Nullable(Type.Number()),
    change: Nullable(Type.Number({ description: 'value − previousValue, rounded to the indicator’s decimals' })),
    explanation: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export type NeededExplanation = Static<typeof NeededExplanationSchema>;

export const UnitReportSchema = Type.Object(
  {
    id: IdSchema,
    cycleId: IdSchema,
    unit: CodeSchema,
    unitName: Type.String(),
    state: ReportStateSchema,
    changedAfterApproval: Type.Boolean({ description: 'A value changed while submitted or approved, or after the review closed' }),
    lateEntry: Type.Boolean({ description: 'A value entered after the deadline in force' }),
    submittedAt: Nullable(Type.String({ format: 'date-time' })),
    submittedBy: Nullable(ActorSchema),
    approvedAt: Nullable(Type.String({ format: 'date-time' })),
    approvedBy: Nullable(ActorSchema),
    returnedAt: Nullable(Type.String({ format: 'date-time' })),
    returnedBy: Nullable(ActorSchema),
    returnComment: Nullable(Type.String()),
    dueOn: DateSchema,
    overdue: Type.Boolean({ description: 'Not submitted or approved and today (Europe/Stockholm) is after dueOn' }),
    brokenRules: Type.Array(BrokenRuleSchema),
    neededExplanations: Type.Array(NeededExplanationSchema),
    readyToSubmit: Type.Boolean({ description: 'Open or returned, every broken rule and every needed figure explained' }),
  },
  { additionalProperties: false },
);
export type UnitReport = Static<typeof UnitReportSchema>;

export const UnitReportListSchema = Type.Object({ items: Type.Array(UnitReportSchema) }, { additionalProperties: false });

export const RuleExplanationInputSchema = Type.Object(
  { ruleCode: CodeSchema, subject: Type.String({ maxLength: 200 }), text: TextSchema(2000) },
  { additionalProperties: false },
);
export type RuleExplanationInput = Static<typeof RuleExplanationInputSchema>;

export const SubmitReportSchema = Type.Object(
  { explanations: Type.Optional(Type.Array(RuleExplanationInputSchema, { maxItems: 500 })) },
  { additionalProperties: false, description: 'Explanations of broken rules, kept with the report; earlier ones stay unless replaced' },
);
export type SubmitReport = Static<typeof SubmitReportSchema>;

export const ApproveReportSchema = Type.Object({}, { additionalProperties: false });

export const ReturnReportSchema = Type.Object(
  { comment: TextSchema(2000, 'What the unit must look at again') },
  { additionalProperties: false },
);
export type ReturnReport = Static<typeof ReturnReportSchema>;

/** Kept for clients that want to show the limit: an unset explainChangeAbove means this many of the indicator's unit. */
export const DEFAULT_EXPLAIN_CHANGE_ABOVE = 5;
