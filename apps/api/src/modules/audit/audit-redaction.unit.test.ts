import type { AuditEntry } from '@planpuls/contracts';
import type { Grant } from '@planpuls/domain';
import { describe, expect, it } from 'vitest';
import { REDACTED, redactAuditEntry } from './audit-redaction';

const entry = (entityType: string, after: Record<string, unknown>): AuditEntry => ({
  id: 1,
  occurredAt: '2026-03-02T10:00:00.000Z',
  actor: { type: 'user', userId: null, userName: null, tokenId: null },
  action: 'create',
  entityType,
  entityId: null,
  before: null,
  after,
  reason: null,
  requestId: null,
});

const admin: Grant[] = [{ role: 'admin', allUnits: true, units: [] }];
const steering: Grant[] = [{ role: 'steering', allUnits: true, units: [] }];
const viewer: Grant[] = [{ role: 'viewer', allUnits: true, units: [] }];

describe('union membership in the audit trail', () => {
  it('shows the union a comment was written as, and who recorded and signed a position, by the rule of the app', () => {
    const rows = [
      entry('comments', { as_union_id: 'u1', body: 'x' }),
      entry('positions', { recorded_by: 'p1', text: 'x' }),
      entry('position_signatories', { user_id: 'p2' }),
    ];
    for (const grants of [admin, steering]) for (const row of rows) expect(redactAuditEntry(row, grants)).toEqual(row);
    expect(rows.map((row) => redactAuditEntry(row, viewer).after)).toEqual([
      { as_union_id: REDACTED, body: 'x' },
      { recorded_by: REDACTED, text: 'x' },
      { user_id: REDACTED },
    ]);
  });

  it('keeps a user’s union and reference group, account data, for administrators', () => {
    const row = entry('users', { union_id: 'u1', reference_group_id: 'g1', email: 'a@b.se' });
    expect(redactAuditEntry(row, admin)).toEqual(row);
    expect(redactAuditEntry(row, steering).after).toEqual({ union_id: REDACTED, reference_group_id: REDACTED, email: 'a@b.se' });
  });
});
