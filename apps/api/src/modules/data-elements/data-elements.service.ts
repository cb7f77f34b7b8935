import type { CreateDataElement, DataElement, UpdateDataElement } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import { elementOnRecordError, translateViolations } from '../../database-errors';
import { dataElementErrors as errors } from './data-elements.errors';
import * as repository from './data-elements.repository';

/** Fields whose change would make reported values wrong: their type, period kind or split. */
const SHAPE_FIELDS = ['valueType', 'frequency', 'disaggregation'] as const;

function checkBounds(min: number | null | undefined, max: number | null | undefined): void {
  if (min !== null && min !== undefined && max !== null && max !== undefined && min > max) throw errors.minAboveMax();
}

export function dataElementsServiceFactory({ db }: { db: Database }) {
  async function get(municipalityId: string, id: string, tx: Database = db): Promise<DataElement> {
    const element = await repository.findDataElement(tx, municipalityId, id);
    if (!element) throw errors.notFound(id);
    return element;
  }
  const violations = (code: string | undefined) => ({ unique: () => errors.codeTaken(code ?? ''), check: () => errors.minAboveMax() });

  return {
    /** The periods that hold values of these elements, listed for a message; undefined when none (in `tx` when given). */
    periodsOnRecord: (municipalityId: string, elementIds: readonly string[], tx: Database = db) =>
      repository.periodsOnRecord(tx, municipalityId, elementIds),

    get: (municipalityId: string, id: string) => get(municipalityId, id),

    create: (municipalityId: string, body: CreateDataElement): Promise<DataElement> =>
      translateViolations(
        () =>
          db.transaction(async (tx) => {
            checkBounds(body.min, body.max);
            const id = await repository.insertDataElement(tx, { ...body, municipalityId, min: body.min ?? null, max: body.max ?? null });
            return get(municipalityId, id, tx);
          }),
        violations(body.code),
      ),

    update: (municipalityId: string, id: string, body: UpdateDataElement): Promise<DataElement> =>
      translateViolations(
        () =>
          db.transaction(async (tx) => {
            const current = await get(municipalityId, id, tx);
            checkBounds(body.min === undefined ? current.min : body.min, body.max === undefined ? current.max : body.max);
            const reshaped = SHAPE_FIELDS.filter((field) => body[field] !== undefined && body[field] !== current[field]);
            if (reshaped.length > 0 && (await repository.hasValues(tx, municipalityId, id))) throw errors.hasValues(current.code, reshaped);
            // Figures on record are computed with the element's time aggregation (migration 0018).
            if (body.timeAggregation !== undefined && body.timeAggregation !== current.timeAggregation) {
              const periods = await repository.periodsOnRecord(tx, municipalityId, [id]);
              if (periods) throw elementOnRecordError(periods);
            }
            await repository.updateDataElement(tx, municipalityId, id, body);
            return get(municipalityId, id, tx);
          }),
        violations(body.code),
      ),

    remove: (municipalityId: string, id: string): Promise<{ id: string; deleted: true }> =>
      db.transaction(async (tx) => {
        const element = await get(municipalityId, id, tx);
        const uses = await repository.dataElementUsage(tx, municipalityId, id);
        if (uses.length > 0) throw errors.inUse(element.code, uses);
        await translateViolations(() => repository.deleteDataElement(tx, municipalityId, id), {
          foreignKey: () => errors.inUse(element.code, ['other rows']),
        });
        return { id, deleted: true as const };
      }),
  };
}

export type DataElementsService = ReturnType<typeof dataElementsServiceFactory>;
