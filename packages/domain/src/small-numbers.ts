export const DEFAULT_SMALL_NUMBER_THRESHOLD = 5;

export type SuppressionReason = 'numerator_below_threshold' | 'denominator_below_threshold' | 'complementary';

export interface SmallNumberCheck {
  readonly suppressed: boolean;
  /** Empty when shown. */
  readonly reasons: readonly SuppressionReason[];
  readonly threshold: number;
}

/**
 * A figure whose numerator or denominator counts fewer people than the threshold is suppressed,
 * zero included: the rule is "fewer than 5", and it is the caller's choice to apply it only to
 * indicators that count people. A missing numerator or denominator (no data, or a count without
 * a denominator) is not checked.
 */
export function checkSmallNumbers(
  figure: { readonly numerator: number | null; readonly denominator: number | null },
  threshold: number = DEFAULT_SMALL_NUMBER_THRESHOLD,
): SmallNumberCheck {
  const reasons: SuppressionReason[] = [];
  if (figure.numerator !== null && figure.numerator < threshold) reasons.push('numerator_below_threshold');
  if (figure.denominator !== null && figure.denominator < threshold) reasons.push('denominator_below_threshold');
  return { suppressed: reasons.length > 0, reasons, threshold };
}

export interface SuppressionCell {
  readonly key: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
}

/**
 * Cells (units or groups) whose figures are published next to their total. Returns the check of
 * every cell, with complementary suppression added so no hidden cell can be recovered by
 * subtracting the shown cells from the total: while a single cell is hidden, or the hidden cells
 * together still count fewer than the threshold, the smallest shown cell is hidden too.
 * When the total itself is suppressed, no complement is needed.
 */
export function suppressCells(
  cells: readonly SuppressionCell[],
  options: { readonly threshold?: number; readonly totalShown?: boolean } = {},
): Map<string, SmallNumberCheck> {
  const threshold = options.threshold ?? DEFAULT_SMALL_NUMBER_THRESHOLD;
  const result = new Map<string, SmallNumberCheck>();
  for (const cell of cells) result.set(cell.key, checkSmallNumbers(cell, threshold));
  if (options.totalShown === false) return result;

  const hidden = () => cells.filter((cell) => result.get(cell.key)?.suppressed);
  const shown = () =>
    cells
      .filter((cell) => !result.get(cell.key)?.suppressed)
      .sort(
        (a, b) =>
          (a.denominator ?? 0) - (b.denominator ?? 0) ||
          (a.numerator ?? 0) - (b.numerator ?? 0) ||
          (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
      );
  const hiddenTogetherTooSmall = (cellsHidden: SuppressionCell[]) =>
    checkSmallNumbers(
      {
        numerator: sumOrNull(cellsHidden.map((c) => c.numerator)),
        denominator: sumOrNull(cellsHidden.map((c) => c.denominator)),
      },
      threshold,
    ).suppressed;

  for (let currentlyHidden = hidden(); currentlyHidden.length > 0; currentlyHidden = hidden()) {
    if (currentlyHidden.length > 1 && !hiddenTogetherTooSmall(currentlyHidden)) break;
    const next = shown()[0];
    if (!next) break;
    result.set(next.key, { suppressed: true, reasons: ['complementary'], threshold });
  }
  return result;
}

function sumOrNull(values: readonly (number | null)[]): number | null {
  if (values.some((v) => v === null)) return null;
  return values.reduce<number>((total, v) => total + (v ?? 0), 0);
}

/**
 * The small-number check for a figure of an indicator, looking only at the parts that count people
 * (leavers and headcount do; sick hours and caseloads do not).
 */
export function checkPeopleCounts(
  figure: { readonly numerator: number | null; readonly denominator: number | null },
  counts: { readonly numeratorCountsPeople: boolean; readonly denominatorCountsPeople: boolean },
  threshold: number = DEFAULT_SMALL_NUMBER_THRESHOLD,
): SmallNumberCheck {
  return checkSmallNumbers(
    {
      numerator: counts.numeratorCountsPeople ? figure.numerator : null,
      denominator: counts.denominatorCountsPeople ? figure.denominator : null,
    },
    threshold,
  );
}
