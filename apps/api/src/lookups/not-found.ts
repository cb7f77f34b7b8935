import { ApiError } from '../errors';

/** What a code or id can name, by the prefix of its error code, with the noun and the place it is unique in. */
const KINDS = {
  units: { noun: 'unit', within: 'this municipality' },
  professional_groups: { noun: 'professional group', within: 'this municipality' },
  data_elements: { noun: 'data element', within: 'this municipality' },
  indicators: { noun: 'indicator', within: 'this municipality' },
  plans: { noun: 'plan', within: 'this municipality' },
  focus_areas: { noun: 'focus area', within: 'the plan' },
  goals: { noun: 'goal', within: 'the plan' },
  targets: { noun: 'target', within: 'this municipality' },
  activities: { noun: 'activity', within: 'this municipality' },
  reporting_cycles: { noun: 'reporting cycle', within: 'this municipality' },
} as const;

export type LookupKind = keyof typeof KINDS;

/**
 * The one body of every `<kind>.not_found`: the same kind and code give the same message on every route; the
 * field, when given, says where the request named it (one detail per unknown code).
 */
export function notFound(kind: LookupKind, refs: string | readonly string[], field?: string): ApiError {
  const { noun, within } = KINDS[kind];
  const list = typeof refs === 'string' ? [refs] : [...refs];
  return new ApiError(
    404,
    `${kind}.not_found`,
    `No ${noun} ${list.map((ref) => `"${ref}"`).join(', ')} in ${within}.`,
    field ? list.map((ref) => ({ field, message: `"${ref}" is not a ${noun} of ${within}` })) : undefined,
  );
}

/** The calendar holds 2000–2050: a well-formed code outside it names no period. */
export const periodOutOfRange = (code: string, field?: string) =>
  new ApiError(400, 'periods.out_of_range', `The period ${code} is outside the calendar (2000–2050).`, field ? [{ field, message: 'is not a period of the calendar' }] : undefined);

export const periodInvalidCode = (code: string, field?: string) =>
  new ApiError(400, 'periods.invalid_code', `"${code}" is not a period code.`, field ? [{ field, message: 'is not a period code' }] : undefined);
