/**
 * Numbers as people type and paste them in Sweden: decimal comma ("12,5"), spaces or no-break spaces between
 * thousands ("1 234,5"), a Unicode minus; a decimal point is accepted too ("12.5", from an English sheet).
 * Returns null for an empty cell and NaN for text that is not a number.
 */
export function parseDecimal(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (compact === '') return null;
  // Both separators: the last one is the decimal separator, the other groups thousands ("1.234,5" / "1,234.5").
  let normalised = compact;
  if (compact.includes(',') && compact.includes('.')) {
    normalised =
      compact.lastIndexOf(',') > compact.lastIndexOf('.') ? compact.replace(/\./g, '').replace(',', '.') : compact.replace(/,/g, '');
  } else {
    normalised = compact.replace(',', '.');
  }
  return /^-?(\d+\.?\d*|\.\d+)$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/** A value as typed back into a cell: the locale's decimal separator, no grouping ("1234,5" in Swedish). */
export function editableDecimal(value: number | null, locale: string): string {
  if (value === null) return '';
  const text = String(value);
  return locale === 'sv' ? text.replace('.', ',') : text;
}

/** A tab-separated block as pasted from Excel: rows of cells, trailing empty line dropped. */
export function parseClipboardBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}
