/** How the API reads a CSV file's bytes: UTF-16 when it starts with its byte order mark, else UTF-8. */
function codeUnitsOf(bytes: Uint8Array): { width: 1 | 2; at: (index: number) => number } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { width: 2, at: (i) => bytes[i]! | (bytes[i + 1]! << 8) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { width: 2, at: (i) => (bytes[i]! << 8) | bytes[i + 1]! };
  // In UTF-8 no byte of a multi-byte character is below 0x80, so '"' and '\n' are found byte by byte.
  return { width: 1, at: (i) => bytes[i]! };
}

/**
 * The CSV file's bytes without the given data rows (1-based, the header not counted: the import's row
 * numbers), for importing the rows that passed and fixing the others by hand. A record ends at a line break
 * outside quotes (a quoted field may hold the separator or a line break). The kept records are copied byte for
 * byte, so a UTF-16 file (which the API accepts) goes back as UTF-16 with its byte order mark, never re-encoded.
 */
export function bytesWithoutRows(bytes: Uint8Array, rows: ReadonlySet<number>): Uint8Array<ArrayBuffer> {
  const { width, at } = codeUnitsOf(bytes);
  const QUOTE = 0x22;
  const NEWLINE = 0x0a;
  const kept: Uint8Array[] = [];
  let record = 0;
  let start = 0;
  let quoted = false;
  const close = (end: number) => {
    if (record === 0 || !rows.has(record)) kept.push(bytes.subarray(start, end));
    record += 1;
    start = end;
  };
  for (let i = 0; i + width <= bytes.length; i += width) {
    const unit = at(i);
    if (unit === QUOTE) quoted = !quoted;
    else if (unit === NEWLINE && !quoted) close(i + width);
  }
  if (start < bytes.length) close(bytes.length);
  const out = new Uint8Array(kept.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of kept) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** The chosen file without the given data rows, in the file's own encoding, name and type. */
export async function fileWithoutRows(file: File, rows: ReadonlySet<number>): Promise<File> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return new File([bytesWithoutRows(bytes, rows)], file.name, { type: file.type || 'text/csv' });
}
