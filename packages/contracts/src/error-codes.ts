import type { ErrorCodes } from './errors';
import type { ImportFileErrorCodes, ImportRowErrorCodes } from './imports';
import type { CatalogueOnRecordErrorCodes } from './indicators';
import type { CommentErrorCodes } from './comments';
import type { PositionErrorCodes } from './positions';
import type { ReportingErrorCodes } from './reporting-cycles';
import type { ReviewErrorCodes } from './reviews';

/**
 * Every code an answer of the API can carry in `error.code`, and every code of a refused import row: the one
 * closed list clients translate (the web has a Swedish and an English text for each, tested). A new code
 * is added here first; a test reads the API's sources and fails on a code missing from this list.
 */
export const ERROR_CODES = [
  'activities.code_taken', 'activities.dates_out_of_order', 'activities.has_official_record', 'activities.not_found',
  'api_tokens.expiry_in_past', 'api_tokens.not_found',
  'auth.csrf_invalid', 'auth.forbidden', 'auth.invalid_credentials', 'auth.invalid_token', 'auth.municipality_required', 'auth.not_logged_in', 'auth.password_too_common', 'auth.password_too_personal', 'auth.sso_email_unverified', 'auth.sso_failed', 'auth.sso_identity_conflict', 'auth.sso_not_configured', 'auth.sso_unavailable', 'auth.sso_unknown_user', 'auth.sso_user_disabled', 'auth.wrong_current_password',
  'comments.edit_window_closed', 'comments.mention_unknown', 'comments.not_author', 'comments.not_found', 'comments.resolve_forbidden', 'comments.subject_invalid', 'comments.subject_not_found', 'comments.unit_forbidden',
  'data_elements.code_taken', 'data_elements.has_values', 'data_elements.in_use', 'data_elements.min_above_max', 'data_elements.not_found', 'data_elements.on_record',
  'data_values.group_not_allowed', 'data_values.group_required', 'data_values.not_in_data_set', 'data_values.not_integer', 'data_values.out_of_range', 'data_values.precondition_required', 'data_values.reason_required', 'data_values.unit_forbidden', 'data_values.version_conflict', 'data_values.wrong_frequency',
  'explanations.reason_required', 'explanations.unit_forbidden',
  'exports.filter_required',
  'focus_areas.code_taken', 'focus_areas.in_use', 'focus_areas.not_found',
  'goals.code_taken', 'goals.has_official_record', 'goals.in_use', 'goals.not_found',
  'imports.busy', 'imports.cell_out_of_range', 'imports.cell_too_long', 'imports.changed_meanwhile', 'imports.duplicate_column', 'imports.duplicate_row', 'imports.empty_file', 'imports.file_missing', 'imports.group_not_allowed', 'imports.group_required', 'imports.invalid_encoding', 'imports.invalid_number', 'imports.invalid_period', 'imports.invalid_rows', 'imports.missing_columns', 'imports.no_rows', 'imports.not_in_data_set', 'imports.not_integer', 'imports.note_invalid_character', 'imports.note_too_long', 'imports.out_of_range', 'imports.period_out_of_range', 'imports.required', 'imports.too_many_fields', 'imports.too_many_rows', 'imports.too_many_strings', 'imports.took_too_long', 'imports.uncompressed_too_large', 'imports.unit_forbidden', 'imports.unknown_data_element', 'imports.unknown_group', 'imports.unknown_unit', 'imports.unreadable_file', 'imports.wrong_frequency',
  'indicators.code_taken', 'indicators.denominator_not_allowed', 'indicators.denominator_required', 'indicators.formula_on_record', 'indicators.formula_version_frozen', 'indicators.in_use', 'indicators.invalid_definition', 'indicators.not_found',
  'municipalities.not_found',
  'notifications.not_found', 'notifications.people_only',
  'periods.invalid_code', 'periods.out_of_range',
  'plans.already_revised', 'plans.archived', 'plans.code_taken', 'plans.draft_not_revisable', 'plans.has_official_record', 'plans.in_use', 'plans.not_draft', 'plans.not_found', 'plans.not_measurable', 'plans.periods_out_of_order',
  'positions.answered', 'positions.exists', 'positions.frozen', 'positions.goal_outside_cycle', 'positions.invalid_signatories', 'positions.no_reference_group', 'positions.not_a_signatory', 'positions.not_active', 'positions.not_answered', 'positions.not_found', 'positions.other_reference_group',
  'professional_groups.code_taken', 'professional_groups.in_use', 'professional_groups.not_found',
  'reference_groups.not_found',
  'reporting_cycles.data_set_frozen', 'reporting_cycles.dates_out_of_order', 'reporting_cycles.exists', 'reporting_cycles.has_submitted_reports', 'reporting_cycles.not_found', 'reporting_cycles.unknown_elements',
  'reports.explanations_missing', 'reports.illegal_transition', 'reports.not_found', 'reports.rules_broken', 'reports.submitted_read_only', 'reports.unit_forbidden',
  'request.conflict', 'request.invalid', 'request.invalid_character', 'request.invalid_value', 'request.malformed_body', 'request.method_not_allowed', 'request.payload_too_large', 'request.rate_limited', 'request.route_not_found', 'request.unsupported_media_type',
  'reviews.closed', 'reviews.override_reason_required', 'reviews.unanswered_reservations',
  'roles.cannot_remove_own_admin', 'roles.not_found', 'roles.not_union_member', 'roles.units_not_allowed', 'roles.units_outside_reference_group', 'roles.units_required', 'roles.valid_until_in_past',
  'server.database_unavailable', 'server.internal_error',
  'targets.duplicate_milestone', 'targets.group_taken', 'targets.has_official_record', 'targets.in_use', 'targets.invalid_bounds', 'targets.milestone_after_deadline', 'targets.not_found',
  'unions.not_found',
  'units.code_taken', 'units.in_use', 'units.not_found', 'units.own_predecessor', 'units.parent_cycle', 'units.validity_out_of_order',
  'users.cannot_disable_self', 'users.email_taken', 'users.not_found', 'users.union_incomplete', 'users.union_not_in_reference_group', 'users.union_role_held',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const known: ReadonlySet<string> = new Set(ERROR_CODES);
/** Whether a code from an answer is one the contract knows (an older or newer server may send another). */
export const isErrorCode = (code: string): code is ErrorCode => known.has(code);

// The code objects of the feature contracts must be part of the list; this fails to compile when one is not.
type Listed<T extends Record<string, string>> = T[keyof T] extends ErrorCode ? true : never;
const everyFeatureCodeIsListed: [
  Listed<typeof ErrorCodes>,
  Listed<typeof ImportFileErrorCodes>,
  Listed<typeof ImportRowErrorCodes>,
  Listed<typeof CatalogueOnRecordErrorCodes>,
  Listed<typeof CommentErrorCodes>,
  Listed<typeof PositionErrorCodes>,
  Listed<typeof ReportingErrorCodes>,
  Listed<typeof ReviewErrorCodes>,
] = [true, true, true, true, true, true, true, true];
void everyFeatureCodeIsListed;
