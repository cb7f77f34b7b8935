import type { ValueProblem } from '@planpuls/domain';
import type { ApiError } from '../../errors';
import { dataValueErrors as errors } from './data-values.errors';

/** What a value's own checks need to name the element in a message. */
export interface CheckedElement {
  code: string;
  frequency: string;
}

/** The input of a value each problem concerns, whatever carried the value (a PUT, a row of an import file). */
export const VALUE_PROBLEM_INPUT = {
  wrong_frequency: 'period',
  group_required: 'group',
  group_not_allowed: 'group',
  not_integer: 'value',
  out_of_range: 'value',
} as const satisfies Record<ValueProblem['code'], 'period' | 'group' | 'value'>;

/** A problem of one value written with PUT, as the HTTP error it answers with. */
export function valueProblemError(problem: ValueProblem, element: CheckedElement, periodCode: string): ApiError {
  switch (problem.code) {
    case 'wrong_frequency':
      return errors.wrongFrequency(element.code, element.frequency, periodCode);
    case 'group_required':
      return errors.groupRequired(element.code);
    case 'group_not_allowed':
      return errors.groupNotAllowed(element.code);
    case 'not_integer':
      return errors.notInteger(element.code);
    case 'out_of_range':
      return errors.outOfRange(element.code, problem.min, problem.max);
  }
}
