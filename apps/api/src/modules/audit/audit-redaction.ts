import type { AuditEntry } from '@planpuls/contracts';
import { permits, type Grant } from '@planpuls/domain';

/**
 * Columns of audited rows that reveal union membership (GDPR art. 9): the union itself and the union
 * reference group a person sits in. The audit rows keep them, because administrators — who manage these
 * fields — need the full history; everyone else reading the trail (the steering group) sees them redacted.
 */
const SENSITIVE_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  users: ['union_id', 'reference_group_id'],
};

/** What stands in for a hidden value: the same whether the value was a union or none, so nothing leaks. */
export const REDACTED = '[redacted]';

/** The entry as this reader may see it: sensitive columns replaced by {@link REDACTED} unless they manage users. */
export function redactAuditEntry(entry: AuditEntry, grants: readonly Grant[]): AuditEntry {
  const columns = SENSITIVE_COLUMNS[entry.entityType];
  if (!columns || permits(grants, 'users:manage')) return entry;
  const redact = (row: Record<string, unknown> | null) => {
    if (row === null) return null;
    const copy = { ...row };
    for (const column of columns) if (column in copy) copy[column] = REDACTED;
    return copy;
  };
  return { ...entry, before: redact(entry.before), after: redact(entry.after) };
}
