import type { AuditEntry } from '@planpuls/contracts';
import { permits, type Grant, type Permission } from '@planpuls/domain';

/**
 * Columns of audited rows that reveal union membership (GDPR art. 9), and the permission that shows them (the
 * README's "Access"). A user's union and reference group are account data: administrators, who manage them,
 * need the full history, and the steering group reads them redacted; so too the role of a role grant, since
 * holding `union` says as much. Which union a comment was written as and
 * who recorded or signed a position say who acts for a union: those who see that in the app see it here.
 */
const SENSITIVE: Readonly<Record<string, { readonly columns: readonly string[]; readonly shownWith: Permission }>> = {
  users: { columns: ['union_id', 'reference_group_id'], shownWith: 'users:manage' },
  user_roles: { columns: ['role'], shownWith: 'users:manage' },
  comments: { columns: ['as_union_id'], shownWith: 'union_membership:read' },
  positions: { columns: ['recorded_by'], shownWith: 'union_membership:read' },
  position_signatories: { columns: ['user_id'], shownWith: 'union_membership:read' },
};

/** What stands in for a hidden value: the same whether the value was a union or none, so nothing leaks. */
export const REDACTED = '[redacted]';

/** The entry as this reader may see it: sensitive columns replaced by {@link REDACTED} unless their permission shows them. */
export function redactAuditEntry(entry: AuditEntry, grants: readonly Grant[]): AuditEntry {
  const sensitive = SENSITIVE[entry.entityType];
  if (!sensitive || permits(grants, sensitive.shownWith)) return entry;
  const redact = (row: Record<string, unknown> | null) => {
    if (row === null) return null;
    const copy = { ...row };
    for (const column of sensitive.columns) if (column in copy) copy[column] = REDACTED;
    return copy;
  };
  return { ...entry, before: redact(entry.before), after: redact(entry.after) };
}
