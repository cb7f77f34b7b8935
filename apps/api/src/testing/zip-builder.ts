import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Zip archives and workbooks built byte by byte, for tests that need files no spreadsheet program writes:
 * zip bombs, lying sizes, damaged directories, cells beyond XFD1048576.
 */
export interface ZipPart {
  name: string;
  /** The entry's bytes as stored (already deflated when `deflated` is given). */
  data: Buffer | string;
  /** Raw deflate data to store as is, with the uncompressed size it stands for. */
  deflated?: { bytes: Buffer; size: number };
  /** What the directory claims the entry unpacks to; by default the truth. */
  declaredSize?: number;
  /** The compression method the headers name; the data is deflated (8) whatever they say. */
  method?: number;
  /** Sets the flag of traditional zip encryption (the data is not really encrypted). */
  encrypted?: boolean;
}

export function zipOf(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const plain = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : part.data;
    const bytes = part.deflated?.bytes ?? deflateRawSync(plain);
    const size = part.declaredSize ?? part.deflated?.size ?? plain.length;
    const crc = part.deflated ? 0 : crc32(plain);
    const flags = 0x800 | (part.encrypted ? 0x1 : 0);
    const method = part.method ?? 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(bytes.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, bytes);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(flags, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(bytes.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + bytes.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * Raw deflate data for `head`, then `body` `times` over, then `tail`, without ever holding the whole: each
 * piece is compressed on its own and ends on a full flush, so the compressed body can simply be repeated.
 * Gigabytes of XML in a few megabytes, as an attacker would send them.
 */
export function repeatedDeflate(head: string, body: string, times: number, tail: string): { bytes: Buffer; size: number } {
  const piece = (text: string) => deflateRawSync(Buffer.from(text, 'utf8'), { finishFlush: constants.Z_FULL_FLUSH });
  const repeated = piece(body);
  const bytes = Buffer.concat([
    piece(head),
    ...Array.from({ length: times }, () => repeated),
    piece(tail),
    deflateRawSync(Buffer.alloc(0)),
  ]);
  return { bytes, size: Buffer.byteLength(head) + Buffer.byteLength(body) * times + Buffer.byteLength(tail) };
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A worksheet part around the given `<row>` elements. */
export const sheetXml = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;

/** A row of inline-string and number cells, from column A on. */
export function rowXml(number: number, cells: Array<string | number>): string {
  const cell = (value: string | number, index: number) => {
    const reference = `${String.fromCharCode(65 + index)}${number}`;
    if (typeof value === 'number') return `<c r="${reference}"><v>${value}</v></c>`;
    return `<c r="${reference}" t="inlineStr"><is><t>${value.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`;
  };
  return `<row r="${number}">${cells.map(cell).join('')}</row>`;
}

/** A minimal workbook: one worksheet, optionally shared strings; either part may be given as a ready zip part. */
export function workbookOf({
  sheet,
  sharedStrings,
  extra = [],
}: {
  sheet: string | ZipPart;
  sharedStrings?: string | ZipPart;
  extra?: ZipPart[];
}): Buffer {
  const asPart = (name: string, part: string | ZipPart): ZipPart => (typeof part === 'string' ? { name, data: part } : { ...part, name });
  const strings = sharedStrings === undefined ? [] : [asPart('xl/sharedStrings.xml', sharedStrings)];
  return zipOf([
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets><sheet name="Värden" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    },
    asPart('xl/worksheets/sheet1.xml', sheet),
    ...strings,
    ...extra,
  ]);
}
