import { CatalogueOnRecordErrorCodes, ErrorCodes, ReviewErrorCodes } from '@planpuls/contracts';
import { ApiError } from './errors';

/** PostgreSQL's integrity violations that a request can cause (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
export const PG_CHECK_VIOLATION = '23514';

export interface PgFailure {
  code: string;
  constraint: string | undefined;
}

/** The driver's error behind drizzle's wrapper (drizzle puts it in `cause`). */
export function pgFailure(error: unknown): PgFailure | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const { code, constraint, cause } = current as { code?: unknown; constraint?: unknown; cause?: unknown };
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
      return { code, constraint: typeof constraint === 'string' ? constraint : undefined };
    }
    current = cause;
  }
  return undefined;
}

export interface ViolationHandlers {
  unique?: (constraint: string | undefined) => ApiError;
  foreignKey?: (constraint: string | undefined) => ApiError;
  check?: (constraint: string | undefined) => ApiError;
}

/** When a module names no better error: a row changed or vanished under the request, or a rule the service missed. */
const FALLBACKS: Required<ViolationHandlers> = {
  unique: () => new ApiError(409, 'request.conflict', 'This would duplicate something that exists already.'),
  foreignKey: () =>
    new ApiError(
      409,
      'request.conflict',
      'Something this change refers to, or that refers to it, changed meanwhile. Reload and try again.',
    ),
  check: () => new ApiError(400, 'request.invalid', 'The change breaks a rule of the data.'),
};

/**
 * Runs a write and turns the integrity violations it may hit into client errors (a taken code, a thing
 * still in use), so a race the service's own checks could not see still never becomes a 500.
 */
export async function translateViolations<T>(write: () => Promise<T>, handlers: ViolationHandlers): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const failure = pgFailure(error);
    const kind =
      failure?.code === PG_UNIQUE_VIOLATION
        ? 'unique'
        : failure?.code === PG_FOREIGN_KEY_VIOLATION
          ? 'foreignKey'
          : failure?.code === PG_CHECK_VIOLATION
            ? 'check'
            : undefined;
    if (!kind) throw error;
    throw (handlers[kind] ?? FALLBACKS[kind])(failure?.constraint);
  }
}

/** SQLSTATEs raised by the write rules of reporting cycles (migrations 0011 and 0016). */
export const PG_REASON_REQUIRED = 'PPR01';
export const PG_SUBMITTED_READ_ONLY = 'PPR02';
export const PG_CYCLE_FROZEN = 'PPR03';
export const PG_NOT_IN_DATA_SET = 'PPR04';
export const PG_ILLEGAL_TRANSITION = 'PPR05';
export const PG_CYCLE_ON_RECORD = 'PPR06';
/** SQLSTATEs of formula versions and figures on record (migration 0018). */
export const PG_FORMULA_VERSION_FROZEN = 'PPR07';
export const PG_FORMULA_ON_RECORD = 'PPR08';
export const PG_ELEMENT_ON_RECORD = 'PPR09';
/** A closed steering review's assessments, positions and answers stay (migration 0024). */
export const PG_REVIEW_CLOSED = 'PPR10';

/** The database's message detail (what the rule names: units, element and period), if any. */
function detailOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const { detail, cause } = current as { detail?: unknown; cause?: unknown };
    if (typeof detail === 'string') return detail;
    current = cause;
  }
  return undefined;
}

/**
 * The write rules of reporting cycles as API errors, whichever path (a PUT, an import, a cycle's PATCH,
 * anything later) ran into them; the error handler consults this, so they never surface as a 500.
 */
export function valueWriteRuleError(error: unknown): ApiError | undefined {
  const failure = pgFailure(error);
  switch (failure?.code) {
    case PG_REASON_REQUIRED:
      return new ApiError(
        409,
        'data_values.reason_required',
        'The report is submitted, approved or closed, or its deadline has passed: give a reason for the change.',
        [{ field: 'body.reason', message: 'is required for this change' }],
      );
    case PG_SUBMITTED_READ_ONLY:
      return new ApiError(
        409,
        'reports.submitted_read_only',
        'The unit’s report is submitted and read-only: ask the steering group to return it.',
      );
    case PG_CYCLE_FROZEN:
      return new ApiError(
        409,
        'reporting_cycles.data_set_frozen',
        'A unit has submitted in this cycle, or its review is closed: its data set, period and plan can no longer change.',
      );
    case PG_NOT_IN_DATA_SET: {
      const detail = detailOf(error);
      return new ApiError(
        409,
        'data_values.not_in_data_set',
        `No reporting cycle of the period asks for this data element${detail ? ` (${detail})` : ''}: add it to the cycle’s data set before any unit submits.`,
      );
    }
    case PG_ILLEGAL_TRANSITION:
      return new ApiError(
        409,
        'reports.illegal_transition',
        'A report moves only open → submitted → approved, or submitted → returned → submitted.',
      );
    case PG_CYCLE_ON_RECORD:
      return new ApiError(
        409,
        'reporting_cycles.has_submitted_reports',
        'Units have submitted in this cycle, or its review is closed: it and its reports are on record and cannot be deleted.',
      );
    case PG_FORMULA_VERSION_FROZEN:
      return new ApiError(
        409,
        CatalogueOnRecordErrorCodes.formulaVersionFrozen,
        'A formula version is history and never changes: a changed formula is a new version.',
      );
    case PG_FORMULA_ON_RECORD:
      return formulaOnRecordError(detailOf(error) ?? 'some periods');
    case PG_ELEMENT_ON_RECORD:
      return elementOnRecordError(detailOf(error) ?? 'some periods');
    case PG_REVIEW_CLOSED:
      return new ApiError(409, ReviewErrorCodes.closed, "The cycle's steering review is closed: the cycle is locked.");
    default:
      return undefined;
  }
}

/** The formula or decimals of an indicator whose figures of `periods` are approved or closed: they stay. */
export const formulaOnRecordError = (periods: string) =>
  new ApiError(
    409,
    CatalogueOnRecordErrorCodes.formulaOnRecord,
    `Figures of this indicator are on record for ${periods} (a report approved or the review closed): its formula and decimals cannot change, since every period is computed with them. Create a new indicator for a new formula.`,
    [{ field: 'body', message: `figures on record for ${periods}` }],
  );

/** How a data element is combined over time, or whether it counts people, once figures of `periods` stand on it. */
export const elementOnRecordError = (periods: string) =>
  new ApiError(
    409,
    CatalogueOnRecordErrorCodes.elementOnRecord,
    `Figures computed from this data element are on record for ${periods} (a report approved or the review closed): its time aggregation cannot change.`,
    [{ field: 'body.timeAggregation', message: `figures on record for ${periods}` }],
  );

/**
 * PostgreSQL's data exceptions a request's values can cause (class 22): NUL or unencodable text (22021, 22P05),
 * a text too long for its column (22001), a number out of range (22003), text that is not the column's type
 * (22P02), a bad or overflowing date (22007, 22008). Validation should refuse them first; this is the backstop
 * so that one it misses is a 400, never a 500.
 */
export const PG_DATA_EXCEPTIONS = new Set(['22021', '22P05', '22001', '22003', '22P02', '22007', '22008']);

export function dataExceptionError(error: unknown): ApiError | undefined {
  const failure = pgFailure(error);
  if (!failure || !PG_DATA_EXCEPTIONS.has(failure.code)) return undefined;
  return new ApiError(
    400,
    ErrorCodes.invalidValue,
    'A value in the request cannot be stored as sent: it is too long, out of range, or not valid text, a number or a date.',
  );
}

/**
 * What of a failed query may be logged: the SQL and PostgreSQL's error, never the parameters (drizzle puts them
 * in its message) nor PostgreSQL's detail, which quote the values a request sent — passwords and personal data
 * among them.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const { query, cause } = error as { query?: unknown; cause?: unknown };
  const failure = cause && typeof cause === 'object' ? (cause as Record<string, unknown>) : undefined;
  return {
    type: error.name,
    message: typeof query === 'string' ? 'Failed query' : error.message,
    ...(typeof query === 'string' ? { query } : {}),
    stack: typeof query === 'string' ? error.stack?.replace(error.message, 'Failed query') : error.stack,
    ...(failure
      ? {
          cause: Object.fromEntries(
            ['code', 'message', 'severity', 'routine', 'table', 'column', 'constraint']
              .filter((key) => failure[key] !== undefined)
              .map((key) => [key, failure[key]]),
          ),
        }
      : {}),
  };
}
