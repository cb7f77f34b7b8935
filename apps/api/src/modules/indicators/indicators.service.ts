import type { CreateIndicator, Indicator, UpdateIndicator } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import { formulaOnRecordError, translateViolations } from '../../database-errors';
import type { DataElementsService } from '../data-elements/data-elements.service';
import { lookups, notFound } from '../../lookups/lookups';
import { indicatorErrors as errors } from './indicators.errors';
import * as repository from './indicators.repository';
import type { StoredFormula } from './indicators.repository';

type FormulaInput = Pick<CreateIndicator, 'numerator' | 'denominator' | 'factor' | 'window'>;

/** share and ratio divide by an element; a count is a plain sum. */
function checkKind(kind: Indicator['kind'], denominator: string | null | undefined): void {
  const hasDenominator = denominator !== null && denominator !== undefined;
  if (kind === 'count' && hasDenominator) throw errors.denominatorNotAllowed();
  if (kind !== 'count' && !hasDenominator) throw errors.denominatorRequired(kind);
}

async function resolveFormula(db: Database, municipalityId: string, input: FormulaInput): Promise<StoredFormula> {
  const denominator = input.denominator ?? null;
  const ids = await lookups.find.dataElementIds(db, municipalityId, [...input.numerator, ...(denominator ? [denominator] : [])]);
  const idOf = (code: string, field: string) => {
    const id = ids.get(code);
    if (!id) throw notFound('data_elements', code, field);
    return id;
  };
  return {
    numeratorIds: input.numerator.map((code) => idOf(code, 'body.numerator')),
    denominatorId: denominator === null ? null : idOf(denominator, 'body.denominator'),
    factor: input.factor,
    window: input.window,
  };
}

const sameFormula = (a: StoredFormula, b: StoredFormula) =>
  a.denominatorId === b.denominatorId &&
  a.factor === b.factor &&
  a.window === b.window &&
  a.numeratorIds.length === b.numeratorIds.length &&
  a.numeratorIds.every((id) => b.numeratorIds.includes(id));

/**
 * Figures are computed with the formula version in force for every period, rounded to the indicator's decimals:
 * neither changes once a figure over its elements is on record (approved or closed; see migration 0018).
 */
async function refuseOnRecord(
  dataElements: Pick<DataElementsService, 'periodsOnRecord'>,
  db: Database,
  municipalityId: string,
  formulas: readonly StoredFormula[],
): Promise<void> {
  const elements = [
    ...new Set(formulas.flatMap((formula) => [...formula.numeratorIds, ...(formula.denominatorId ? [formula.denominatorId] : [])])),
  ];
  const periods = await dataElements.periodsOnRecord(municipalityId, elements, db);
  if (periods) throw formulaOnRecordError(periods);
}

const defined = <T extends object>(values: T): Partial<T> =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;

export function indicatorsServiceFactory({
  db,
  dataElements,
}: {
  db: Database;
  dataElements: Pick<DataElementsService, 'periodsOnRecord'>;
}) {
  async function get(municipalityId: string, id: string, tx: Database = db): Promise<Indicator> {
    const indicator = await repository.findIndicator(tx, municipalityId, id);
    if (!indicator) throw errors.notFound(id);
    return indicator;
  }
  const codeTaken = (code: string | undefined) => ({ unique: () => errors.codeTaken(code ?? '') });

  return {
    get: (municipalityId: string, id: string) => get(municipalityId, id),

    create: (municipalityId: string, body: CreateIndicator): Promise<Indicator> =>
      translateViolations(
        () =>
          db.transaction(async (tx) => {
            checkKind(body.kind, body.denominator);
            const formula = await resolveFormula(tx, municipalityId, body);
            const { code, name, kind, unitOfMeasure, decimals, source } = body;
            const id = await repository.insertIndicator(tx, {
              municipalityId,
              code,
              name,
              kind,
              unitOfMeasure,
              decimals,
              source,
              currentFormulaVersion: 1,
            });
            await repository.insertFormulaVersion(tx, municipalityId, id, 1, formula);
            return get(municipalityId, id, tx);
          }),
        codeTaken(body.code),
      ),

    /** Changing numerator, denominator, factor or window adds a formula version; the old one stays as it was. Refused once figures are on record. */
    update: (municipalityId: string, id: string, body: UpdateIndicator): Promise<Indicator> =>
      translateViolations(
        () =>
          db.transaction(async (tx) => {
            const stored = await repository.lockCurrentFormula(tx, municipalityId, id);
            if (!stored) throw errors.notFound(id);
            const current = await get(municipalityId, id, tx);
            const denominator = body.denominator === undefined ? current.formula.denominator : body.denominator;
            checkKind(body.kind ?? current.kind, denominator);

            let currentFormulaVersion: number | undefined;
            if (body.numerator !== undefined || body.denominator !== undefined || body.factor !== undefined || body.window !== undefined) {
              const wanted = await resolveFormula(tx, municipalityId, {
                numerator: body.numerator ?? current.formula.numerator,
                denominator,
                factor: body.factor ?? current.formula.factor,
                window: body.window ?? current.formula.window,
              });
              if (!sameFormula(stored.formula, wanted)) {
                await refuseOnRecord(dataElements, tx, municipalityId, [stored.formula, wanted]);
                currentFormulaVersion = stored.version + 1;
                await repository.insertFormulaVersion(tx, municipalityId, id, currentFormulaVersion, wanted);
              }
            }
            if (body.decimals !== undefined && body.decimals !== current.decimals)
              await refuseOnRecord(dataElements, tx, municipalityId, [stored.formula]);
            const { code, name, kind, unitOfMeasure, decimals, source } = body;
            const changes = defined({ code, name, kind, unitOfMeasure, decimals, source, currentFormulaVersion });
            if (Object.keys(changes).length > 0) await repository.updateIndicator(tx, municipalityId, id, changes);
            return get(municipalityId, id, tx);
          }),
        codeTaken(body.code),
      ),

    remove: (municipalityId: string, id: string): Promise<{ id: string; deleted: true }> =>
      db.transaction(async (tx) => {
        const indicator = await get(municipalityId, id, tx);
        const uses = await repository.indicatorUsage(tx, municipalityId, id);
        if (uses.length > 0) throw errors.inUse(indicator.code, uses);
        await translateViolations(() => repository.deleteIndicator(tx, municipalityId, id), {
          foreignKey: () => errors.inUse(indicator.code, ['other rows']),
        });
        return { id, deleted: true as const };
      }),
  };
}
