/**
 * Rounds half away from zero at the given number of decimals, on the number's shortest decimal
 * representation rather than its binary one: `roundTo(1.005, 2)` is 1.01 (not 1.00, as
 * `Math.round(1.005 * 100) / 100` gives) and `roundTo(1.8000000000000007, 1)` is 1.8.
 * Non-finite values are returned unchanged.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  if (!Number.isInteger(decimals)) throw new RangeError(`decimals must be an integer, got ${decimals}`);
  const magnitude = Math.round(shiftDecimal(Math.abs(value), decimals));
  const rounded = shiftDecimal(magnitude, -decimals);
  // Avoid -0, which would print as "-0" in some formatters.
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** Multiplies by 10^places by editing the exponent of the decimal representation, so no binary error creeps in. */
function shiftDecimal(value: number, places: number): number {
  const [mantissa, exponent] = value.toExponential().split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}
