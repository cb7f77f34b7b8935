import { describe, expect, it } from 'vitest';
import { checkPeopleCounts, checkSmallNumbers, suppressCells } from './small-numbers';

describe('checkSmallNumbers', () => {
  it('shows a figure whose numerator and denominator both count at least 5', () => {
    expect(checkSmallNumbers({ numerator: 5, denominator: 40 })).toEqual({ suppressed: false, reasons: [], threshold: 5 });
  });

  it('suppresses a figure with fewer than 5 in the numerator, and says why', () => {
    expect(checkSmallNumbers({ numerator: 4, denominator: 40 })).toEqual({
      suppressed: true,
      reasons: ['numerator_below_threshold'],
      threshold: 5,
    });
  });

  it('suppresses a small group, such as 3 managers, because of its denominator', () => {
    expect(checkSmallNumbers({ numerator: 3, denominator: 3 }).reasons).toEqual([
      'numerator_below_threshold',
      'denominator_below_threshold',
    ]);
    expect(checkSmallNumbers({ numerator: 0, denominator: 4.5 }).suppressed).toBe(true);
  });

  it('suppresses a numerator of zero, since zero is fewer than the threshold', () => {
    expect(checkSmallNumbers({ numerator: 0, denominator: 80 }).suppressed).toBe(true);
  });

  it('takes a configured threshold', () => {
    expect(checkSmallNumbers({ numerator: 7, denominator: 40 }, 10).suppressed).toBe(true);
    expect(checkSmallNumbers({ numerator: 3, denominator: 40 }, 3)).toMatchObject({ suppressed: false, threshold: 3 });
  });

  it('does not check what is not there', () => {
    expect(checkSmallNumbers({ numerator: null, denominator: null }).suppressed).toBe(false);
    expect(checkSmallNumbers({ numerator: 12, denominator: null }).suppressed).toBe(false);
  });
});

describe('suppressCells', () => {
  it('hides a second cell when only one is hidden, so the total cannot reveal it', () => {
    const result = suppressCells([
      { key: 'A', numerator: 2, denominator: 30 },
      { key: 'B', numerator: 9, denominator: 60 },
      { key: 'C', numerator: 7, denominator: 45 },
    ]);
    expect(result.get('A')?.reasons).toEqual(['numerator_below_threshold']);
    expect(result.get('C')).toEqual({ suppressed: true, reasons: ['complementary'], threshold: 5 });
    expect(result.get('B')?.suppressed).toBe(false);
  });

  it('keeps hiding while the hidden cells together still count fewer than the threshold', () => {
    const result = suppressCells([
      { key: 'A', numerator: 1, denominator: 30 },
      { key: 'B', numerator: 2, denominator: 40 },
      { key: 'C', numerator: 8, denominator: 50 },
      { key: 'D', numerator: 9, denominator: 60 },
    ]);
    expect([...result].filter(([, check]) => check.suppressed).map(([key]) => key)).toEqual(['A', 'B', 'C']);
  });

  it('adds nothing when no cell is hidden, or when the total is not shown', () => {
    const cells = [
      { key: 'A', numerator: 2, denominator: 30 },
      { key: 'B', numerator: 9, denominator: 60 },
    ];
    expect(suppressCells(cells, { totalShown: false }).get('B')?.suppressed).toBe(false);
    expect(suppressCells([{ key: 'A', numerator: 8, denominator: 30 }]).get('A')?.suppressed).toBe(false);
  });
});

describe('checkPeopleCounts', () => {
  it('looks only at the parts of the figure that count people', () => {
    // Sick leave: 3 hours of 40 hours counts no people and is shown.
    expect(
      checkPeopleCounts({ numerator: 3, denominator: 40 }, { numeratorCountsPeople: false, denominatorCountsPeople: false }).suppressed,
    ).toBe(false);
    // Turnover: 3 leavers of 40 people is hidden.
    expect(
      checkPeopleCounts({ numerator: 3, denominator: 40 }, { numeratorCountsPeople: true, denominatorCountsPeople: true }).reasons,
    ).toEqual(['numerator_below_threshold']);
  });
});
