import { describe, expect, it } from 'vitest';
import { currentPlanOf } from './plans';

const plan = (code: string, status: 'draft' | 'adopted' | 'archived', validFrom: string | null) => ({ code, status, validFrom });

describe('the plan a view opens without a plan in the link', () => {
  it('is the adopted plan that starts latest, whatever the order or codes of the others', () => {
    const plans = [
      plan('A-SMALL', 'adopted', null),
      plan('HP-2016', 'adopted', '2016'),
      plan('HP-2024', 'draft', '2026'),
      plan('HP-2024', 'adopted', '2024-T1'),
    ];
    expect(currentPlanOf(plans)).toMatchObject({ code: 'HP-2024', status: 'adopted' });
  });

  it('is the first plan when none is adopted, and nothing without plans', () => {
    expect(currentPlanOf([plan('UTKAST', 'draft', '2027'), plan('ANNAT', 'draft', null)])?.code).toBe('UTKAST');
    expect(currentPlanOf([])).toBeUndefined();
  });
});
