/**
 * Splits CSV text into its records as written (a quoted field may hold the separator or a line break), so
 * that chosen data rows can be left out and the rest sent again unchanged.
 */
export function csvRecords(text: string): string[] {
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === '\n' && !quoted) {
      records.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) records.push(text.slice(start));
  return records;
}

/**
 * The file without the given data rows (1-based, the header not counted: the import's row numbers), for
 * importing the rows that passed and fixing the others by hand.
 */
export function withoutRows(text: string, rows: ReadonlySet<number>): string {
  const [header = '', ...data] = csvRecords(text);
  return header + data.filter((_, index) => !rows.has(index + 1)).join('');
}
