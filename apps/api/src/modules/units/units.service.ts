import type { CreateUnit, Unit, UpdateUnit } from '@planpuls/contracts';
import type { Database } from '@planpuls/db';
import { translateViolations } from '../../database-errors';
import { lookups } from '../../lookups/lookups';
import { unitErrors as errors } from './units.errors';
import * as repository from './units.repository';
import { officialRecordOf } from '../comments/official-record';

type UnitLinks = Pick<CreateUnit, 'parent' | 'predecessor'>;

/** Codes in the body to ids in this municipality; only the links the body mentions (null clears one). */
async function resolveLinks(db: Database, municipalityId: string, body: UnitLinks) {
  const resolve = async (code: string | null | undefined, field: string) => {
    if (code === undefined || code === null) return code;
    return lookups.unitId(db, municipalityId, code, field);
  };
  return { parentId: await resolve(body.parent, 'body.parent'), predecessorId: await resolve(body.predecessor, 'body.predecessor') };
}

function checkValidity(validFrom: string | null | undefined, validTo: string | null | undefined): void {
  if (validFrom && validTo && validFrom > validTo) throw errors.validityOutOfOrder();
}

/** True when `ancestorId` is `unitId` or lies above it. */
function isAncestorOrSelf(parents: Map<string, string | null>, ancestorId: string, unitId: string): boolean {
  const seen = new Set<string>();
  for (let current: string | null | undefined = unitId; current && !seen.has(current); current = parents.get(current)) {
    if (current === ancestorId) return true;
    seen.add(current);
  }
  return false;
}

export function unitsServiceFactory({ db }: { db: Database }) {
  const violations = (code: string | undefined) => ({
    unique: () => errors.codeTaken(code ?? ''),
    check: (constraint: string | undefined) =>
      constraint === 'units_valid_dates_ordered' ? errors.validityOutOfOrder() : errors.parentCycle(code ?? ''),
  });

  async function get(municipalityId: string, id: string, tx: Database = db): Promise<Unit> {
    const unit = await repository.findUnit(tx, municipalityId, id);
    if (!unit) throw errors.notFound(id);
    return unit;
  }

  return {
    get: (municipalityId: string, id: string) => get(municipalityId, id),

    create: (municipalityId: string, body: CreateUnit): Promise<Unit> =>
      translateViolations(
        () =>
          db.transaction(async (tx) => {
            checkValidity(body.validFrom, body.validTo);
            const links = await resolveLinks(tx, municipalityId, body);
            const id = await repository.insertUnit(tx, {
              municipalityId,
              code: body.code,
              name: body.name,
              kind: body.kind,
              validFrom: body.validFrom ?? null,
              validTo: body.validTo ?? null,
              parentId: links.parentId ?? null,
              predecessorId: links.predecessorId ?? null,
            });
            return get(municipalityId, id, tx);
          }),
        violations(body.code),
      ),

    update: (municipalityId: string, id: string, body: UpdateUnit): Promise<Unit> =>
      translateViolations(
        () =>
          db.transaction(async (tx) => {
            const current = await get(municipalityId, id, tx);
            checkValidity(
              body.validFrom === undefined ? current.validFrom : body.validFrom,
              body.validTo === undefined ? current.validTo : body.validTo,
            );
            const links = await resolveLinks(tx, municipalityId, body);
            if (links.predecessorId === id) throw errors.ownPredecessor();
            if (links.parentId && isAncestorOrSelf(await repository.listUnitParents(tx, municipalityId), id, links.parentId)) {
              throw errors.parentCycle(current.code);
            }
            const { code, name, kind, validFrom, validTo } = body;
            await repository.updateUnit(tx, municipalityId, id, { code, name, kind, validFrom, validTo, ...links });
            return get(municipalityId, id, tx);
          }),
        violations(body.code),
      ),

    remove: (municipalityId: string, id: string): Promise<{ id: string; deleted: true }> =>
      db.transaction(async (tx) => {
        const unit = await get(municipalityId, id, tx);
        const uses = [
          ...(await repository.unitUsage(tx, municipalityId, id)),
          ...(await officialRecordOf(tx, municipalityId, { unitId: id })),
        ];
        if (uses.length > 0) throw errors.inUse(unit.code, uses);
        await translateViolations(() => repository.deleteUnit(tx, municipalityId, id), {
          foreignKey: () => errors.inUse(unit.code, ['other rows']),
        });
        return { id, deleted: true as const };
      }),
  };
}
