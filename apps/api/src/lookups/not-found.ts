import { ApiError } from '../errors';

/** What a code or id can name: its error code (written out, so every code can be found), the noun and where it is unique. */
const KINDS = {
  units: { code: 'units.not_found', noun: 'unit', within: 'this municipality' },
  professional_groups: { code: 'professional_groups.not_found', noun: 'professional group', within: 'this municipality' },
  data_elements: { code: 'data_elements.not_found', noun: 'data element', within: 'this municipality' },
  indicators: { code: 'indicators.not_found', noun: 'indicator', within: 'this municipality' },
  plans: { code: 'plans.not_found', noun: 'plan', within: 'this municipality' },
  focus_areas: { code: 'focus_areas.not_found', noun: 'focus area', within: 'the plan' },
  goals: { code: 'goals.not_found', noun: 'goal', within: 'the plan' },
  targets: { code: 'targets.not_found', noun: 'target', within: 'this municipality' },
  activities: { code: 'activities.not_found', noun: 'activity', within: 'this municipality' },
  reporting_cycles: { code: 'reporting_cycles.not_found', noun: 'reporting cycle', within: 'this municipality' },
} as const;

export type LookupKind = keyof typeof KINDS;

/**
 * The one body of every `<kind>.not_found`: the same kind and code give the same message on every route; the
 * field, when given, says where the request named it (one detail per unknown code).
 */
export function notFound(kind: LookupKind, refs: string | readonly string[], field?: string): ApiError {
  const { code, noun, within } = KINDS[kind];
  const list = typeof refs === 'string' ? [refs] : [...refs];
  return new ApiError(
    404,
    code,
    `No ${noun} ${list.map((ref) => `"${ref}"`).join(', ')} in ${within}.`,
    field ? list.map((ref) => ({ field, message: `"${ref}" is not a ${noun} of ${within}` })) : undefined,
  );
}

/** The calendar holds 2000–2050: a well-formed code outside it names no period. */
export const periodOutOfRange = (code: string, field?: string) =>
  new ApiError(
    400,
    'periods.out_of_range',
    `The period ${code} is outside the calendar (2000–2050).`,
    field ? [{ field, message: 'is not a period of the calendar' }] : undefined,
  );

export const periodInvalidCode = (code: string, field?: string) =>
  new ApiError(
    400,
    'periods.invalid_code',
    `"${code}" is not a period code.`,
    field ? [{ field, message: 'is not a period code' }] : undefined,
  );
