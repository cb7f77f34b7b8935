import { ReportingErrorCodes as codes } from '@planpuls/contracts';
import type { ReportAction, ReportState } from '@planpuls/domain';
import { ApiError } from '../../errors';
import { notFound } from '../../lookups/lookups';

export const reportingErrors = {
  cycleNotFound: (id: string) => notFound('reporting_cycles', id),
  cycleExists: (period: string) =>
    new ApiError(409, codes.cycleExists, `The plan has a reporting cycle for ${period} already.`, [
      { field: 'body.period', message: 'has a cycle' },
    ]),
  datesOutOfOrder: () =>
    new ApiError(400, codes.datesOutOfOrder, 'The cycle cannot open after its deadline.', [
      { field: 'body.opensOn', message: 'is after deadline' },
    ]),
  unknownElements: (missing: readonly string[]) =>
    new ApiError(
      400,
      codes.unknownElements,
      `No data element ${missing.join(', ')}.`,
      missing.map((code) => ({ field: 'body.dataElements', message: `"${code}" does not exist` })),
    ),
  cycleHasReports: () =>
    new ApiError(409, codes.cycleHasReports, 'Units have submitted in this cycle, or its review is closed: it cannot be deleted.'),
  dataSetFrozen: () =>
    new ApiError(
      409,
      codes.dataSetFrozen,
      'A unit has submitted in this cycle, or its review is closed: its data set can no longer change.',
      [{ field: 'body.dataElements', message: 'is frozen' }],
    ),
  reportNotFound: (unit: string) => new ApiError(404, codes.reportNotFound, `The cycle has no report of the unit "${unit}".`),
  unitForbidden: (unit: string) => new ApiError(403, codes.unitForbidden, `You may not act for ${unit}.`),
  illegalTransition: (action: ReportAction, state: ReportState) =>
    new ApiError(
      409,
      codes.illegalTransition,
      `A report that is ${state} cannot be ${action === 'submit' ? 'submitted' : action === 'approve' ? 'approved' : 'returned'}.`,
      [{ field: 'state', message: state }],
    ),
  rulesBroken: (rules: ReadonlyArray<{ ruleCode: string; subject: string; message: string }>) =>
    new ApiError(
      409,
      codes.rulesBroken,
      'Validation rules are broken: correct the values or explain each rule.',
      rules.map((rule) => ({ field: 'body.explanations', message: rule.message, ruleCode: rule.ruleCode, subject: rule.subject })),
    ),
  explanationsMissing: (figures: ReadonlyArray<{ indicator: string; group: string | null; period: string; reasons: readonly string[] }>) =>
    new ApiError(
      409,
      codes.explanationsMissing,
      'Figures that miss their target or moved much need an explanation before the report is submitted.',
      figures.map((figure) => ({
        message: `${figure.indicator}${figure.group ? `/${figure.group}` : ''} ${figure.period}: ${figure.reasons.join(', ')}`,
        indicator: figure.indicator,
        group: figure.group,
        period: figure.period,
      })),
    ),
};
