import type { Me } from '@planpuls/contracts';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { useReportingStore } from './reporting';
import { useSessionStore } from './session';

const someone = (id: string) => ({ user: { id, email: `${id}@planpuls.test`, displayName: id }, roles: [] }) as unknown as Me;

describe('what the reporting store keeps for the header', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('forgets the unread count of the user before when someone else logs in or the session ends', () => {
    const session = useSessionStore();
    const reporting = useReportingStore();
    session.me = someone('anna');
    reporting.unread = 3;
    session.me = someone('bertil');
    expect(reporting.unread).toBe(0);
    reporting.unread = 2;
    session.me = null;
    expect(reporting.unread).toBe(0);
  });
});
