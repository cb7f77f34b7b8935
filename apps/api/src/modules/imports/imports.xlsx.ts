import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ApiError } from '../../errors';
import { importErrors } from './imports.errors';
import type { Cell, SheetRow } from './imports.sheet-row';

/**
 * What reading one workbook may cost. yauzl reads the zip directory and refuses an entry whose data unpacks to
 * more than the directory declares; the declared sizes are checked against `maxUncompressedBytes` before a part
 * is opened and the bytes actually inflated are counted against it too, so a zip bomb stops at the limit. The XML
 * is parsed by saxes, which expands no entities but the five of XML (a document type is refused outright); shared
 * strings, the one part that has to be held, are bounded in count and in characters. Rows are kept sparse, so a
 * cell in column XFD costs what a cell in column A does.
 */
export interface XlsxLimits {
  /** All parts read, inflated, together. */
  maxUncompressedBytes: number;
  /** Entries in the zip directory. */
  maxEntries: number;
  maxSharedStrings: number;
  /** All shared strings together. */
  maxSharedStringCharacters: number;
  /** One cell: Excel's own limit is 32,767 characters. */
  maxCellCharacters: number;
  /** XML elements inside each other; a worksheet needs about six. */
  maxDepth: number;
}

export const XLSX_LIMITS: XlsxLimits = {
  maxUncompressedBytes: 256 * 1024 * 1024,
  maxEntries: 10_000,
  maxSharedStrings: 1_000_000,
  maxSharedStringCharacters: 20_000_000,
  maxCellCharacters: 32_767,
  maxDepth: 64,
};

/** The largest cell reference Excel knows: XFD1048576. */
export const XLSX_MAX_COLUMN = 16_384;
export const XLSX_MAX_ROW = 1_048_576;

const ROW_BATCH = 512;

const unreadable = (reason: string) => importErrors.unreadable('xlsx', reason);

/** A failure as the client's fault, told in yauzl's, zlib's or saxes' words; a read error on our own temporary file stays the server's. */
const refusal = (error: unknown, reason: (detail: string) => string) =>
  error instanceof ApiError || (error instanceof Error && 'syscall' in error)
    ? error
    : unreadable(reason(String(error instanceof Error ? error.message : error).slice(0, 200)));

/** The workbook's zip archive: its directory, read by yauzl, and its parts, inflated within the limit of uncompressed bytes. */
class Archive {
  private inflated = 0;

  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>,
    private readonly limits: XlsxLimits,
  ) {}

  static async open(path: string, limits: XlsxLimits): Promise<Archive> {
    let zip: ZipFile;
    try {
      zip = await yauzl.openPromise(path, {
        lazyEntries: true,
        autoClose: false,
        decodeStrings: true,
        validateEntrySizes: true,
        strictFileNames: true,
      });
    } catch (error) {
      throw refusal(error, (detail) => `det är inget zip-arkiv, eller bara en del av ett (${detail}).`);
    }
    try {
      if (zip.entryCount > limits.maxEntries)
        throw importErrors.uncompressedTooLarge(`arkivet har fler än ${limits.maxEntries.toLocaleString('sv-SE')} delar`);
      const entries = new Map<string, Entry>();
      for await (const entry of zip.eachEntry()) {
        // The first of two equal names wins, as in Excel; a second cannot replace a part already checked.
        const key = entry.fileName.toLowerCase();
        if (!entries.has(key)) entries.set(key, entry);
      }
      return new Archive(zip, entries, limits);
    } catch (error) {
      zip.close();
      throw refusal(error, (detail) => `dess zip-katalog är skadad (${detail}).`);
    }
  }

  close(): void {
    this.zip.close();
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** The entry's text, a piece at a time. */
  async *text(name: string): AsyncGenerator<string> {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) throw unreadable(`delen ${name} saknas.`);
    if (entry.isEncrypted()) throw unreadable('den är krypterad (skyddad med lösenord).');
    if (!entry.canDecodeFileData()) throw unreadable(`${name} är packad på ett sätt som Excel inte använder.`);
    const tooLarge = () => importErrors.uncompressedTooLarge(`den blir större än ${megabytes(this.limits.maxUncompressedBytes)}`);
    if (entry.uncompressedSize > this.limits.maxUncompressedBytes - this.inflated) throw tooLarge();

    const decoder = new TextDecoder('utf-8', { fatal: true });
    let stream: Readable | undefined;
    try {
      stream = await this.zip.openReadStreamPromise(entry);
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        // yauzl holds each entry to its declared size; this holds all of them together to the budget.
        this.inflated += chunk.length;
        if (this.inflated > this.limits.maxUncompressedBytes) throw tooLarge();
        yield decoder.decode(chunk, { stream: true });
      }
      yield decoder.decode();
    } catch (error) {
      if (error instanceof TypeError && 'code' in error && error.code === 'ERR_ENCODING_INVALID_ENCODED_DATA')
        throw unreadable(`${name} är inte UTF-8-text.`);
      // yauzl's validateEntrySizes: more data than the declared size, which the budget was checked against.
      if (error instanceof Error && error.message.startsWith('too many bytes in the stream'))
        throw unreadable(`${name} blir större uppackad än zip-katalogen anger.`);
      throw refusal(error, (detail) => `${name} går inte att packa upp (${detail}).`);
    } finally {
      stream?.destroy();
    }
  }
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** The element's name without its namespace prefix: `x:row` is `row`. */
const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** An attribute by its local name, whatever prefix the file gives it (`r:id`, `ns0:id`). */
function attribute(tag: SaxesTagPlain, name: string, prefixed = false): string | undefined {
  for (const [key, value] of Object.entries(tag.attributes)) {
    const colon = key.indexOf(':');
    if (colon >= 0 === prefixed && key.slice(colon + 1) === name) return value;
  }
  return undefined;
}

interface XmlHandlers {
  open?(tag: SaxesTagPlain, depth: number): void;
  close?(name: string, depth: number): void;
  text?(text: string): void;
}

/**
 * Parses one part with saxes, a piece at a time, calling the handlers; yields after each piece so that the
 * caller can hand on what the handlers gathered, and the event loop can serve others. Text between two tags
 * is bounded (saxes would otherwise gather it whole), as is the depth; a document type is refused.
 */
async function* parseXml(zip: Archive, name: string, handlers: XmlHandlers, limits: XlsxLimits): AsyncGenerator<void> {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  let depth = 0;
  let lastEvent = 0;
  const maxRun = 16 * limits.maxCellCharacters + 4096;
  parser.on('doctype', () => {
    throw unreadable(`${name} anger en dokumenttyp (DOCTYPE), vilket en arbetsbok aldrig gör.`);
  });
  parser.on('opentag', (tag) => {
    lastEvent = parser.position;
    if (++depth > limits.maxDepth) throw unreadable(`${name} har element i fler än ${limits.maxDepth} nivåer inuti varandra.`);
    handlers.open?.(tag, depth);
  });
  parser.on('closetag', (tag) => {
    lastEvent = parser.position;
    handlers.close?.(localName(tag.name), depth);
    depth--;
  });
  const onText = (text: string) => {
    lastEvent = parser.position;
    handlers.text?.(text);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('comment', () => (lastEvent = parser.position));
  parser.on('processinginstruction', () => (lastEvent = parser.position));
  parser.on('error', (error) => {
    throw unreadable(`${name} är inte välformad XML (${error.message.slice(0, 200)}).`);
  });
  for await (const piece of zip.text(name)) {
    parser.write(piece);
    if (parser.position - lastEvent > maxRun) throw importErrors.cellTooLong(limits.maxCellCharacters);
    yield;
  }
  parser.close();
  yield;
}

/** Where the workbook keeps its first worksheet and its shared strings, from workbook.xml and its relations. */
async function locateParts(zip: Archive, limits: XlsxLimits): Promise<{ sheet: string; sharedStrings: string | undefined }> {
  const workbook = 'xl/workbook.xml';
  if (!zip.has(workbook)) throw unreadable('det är ett zip-arkiv men ingen Excel-arbetsbok (xl/workbook.xml saknas).');
  let firstSheet: string | undefined;
  for await (const _ of parseXml(
    zip,
    workbook,
    {
      open: (tag) => {
        if (firstSheet === undefined && localName(tag.name) === 'sheet') firstSheet = attribute(tag, 'id', true) ?? '';
      },
    },
    limits,
  ));
  if (firstSheet === undefined) throw unreadable('arbetsboken har inget kalkylblad.');

  const relations = new Map<string, { target: string; type: string }>();
  const rels = 'xl/_rels/workbook.xml.rels';
  if (zip.has(rels)) {
    for await (const _ of parseXml(
      zip,
      rels,
      {
        open: (tag) => {
          if (localName(tag.name) !== 'Relationship') return;
          const id = attribute(tag, 'Id');
          const target = attribute(tag, 'Target');
          if (id !== undefined && target !== undefined && !relations.has(id))
            relations.set(id, { target, type: attribute(tag, 'Type') ?? '' });
        },
      },
      limits,
    ));
  }
  const partOf = (target: string) => (target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target)));
  const sheetTarget = relations.get(firstSheet)?.target;
  const sheet = sheetTarget !== undefined ? partOf(sheetTarget) : 'xl/worksheets/sheet1.xml';
  if (!zip.has(sheet)) throw unreadable('dess första kalkylblad saknas.');
  const strings = [...relations.values()].find(({ type }) => type.endsWith('/sharedStrings'));
  const sharedStrings = strings ? partOf(strings.target) : 'xl/sharedStrings.xml';
  return { sheet, sharedStrings: zip.has(sharedStrings) ? sharedStrings : undefined };
}

/** The workbook's shared strings, within the limits of count and characters. */
async function readSharedStrings(zip: Archive, name: string, limits: XlsxLimits, checkTime: () => void): Promise<string[]> {
  const strings: string[] = [];
  let total = 0;
  let current: string[] | undefined;
  let length = 0;
  // Text of <t> only, and not of the phonetic guide (<rPh>) that East Asian files carry beside it.
  let inText = false;
  let phonetic = 0;
  const tooMany = () => importErrors.tooManyStrings(limits.maxSharedStrings, limits.maxSharedStringCharacters);
  for await (const _ of parseXml(
    zip,
    name,
    {
      open: (tag) => {
        const local = localName(tag.name);
        if (local === 'sst') {
          const declared = Number(attribute(tag, 'uniqueCount') ?? 0);
          if (declared > limits.maxSharedStrings) throw tooMany();
        } else if (local === 'si') {
          current = [];
          length = 0;
          if (tag.isSelfClosing) strings.push('');
        } else if (local === 'rPh') phonetic++;
        else if (local === 't' && phonetic === 0) inText = !tag.isSelfClosing;
      },
      close: (local) => {
        if (local === 'si' && current) {
          strings.push(current.join(''));
          current = undefined;
          if (strings.length > limits.maxSharedStrings) throw tooMany();
        } else if (local === 'rPh') phonetic--;
        else if (local === 't') inText = false;
      },
      text: (text) => {
        if (!inText || !current) return;
        length += text.length;
        total += text.length;
        if (length > limits.maxCellCharacters) throw importErrors.cellTooLong(limits.maxCellCharacters);
        if (total > limits.maxSharedStringCharacters) throw tooMany();
        current.push(text);
      },
    },
    limits,
  ))
    checkTime();
  return strings;
}

/** The column number of a cell reference's letters (`XFD17` is 16,384), or undefined without letters. */
function columnOf(reference: string): number | undefined {
  let column = 0;
  let at = 0;
  for (; at < reference.length; at++) {
    const code = reference.charCodeAt(at) | 0x20;
    if (code < 0x61 || code > 0x7a) break;
    column = column * 26 + (code - 0x60);
    if (column > XLSX_MAX_COLUMN) return Infinity;
  }
  return at === 0 ? undefined : column;
}

/**
 * The rows of the workbook's first worksheet, a batch at a time. Cells hold what exceljs gave before: numbers
 * as numbers, text as text, a formula as its cached result, TRUE/FALSE, an error as its text (`#N/A`), an ISO
 * date as its day. Rows without a value are left out.
 */
export async function* readXlsxRows(
  path: string,
  size: number,
  options: { limits?: XlsxLimits; checkTime?: () => void } = {},
): AsyncGenerator<SheetRow[]> {
  const limits = options.limits ?? XLSX_LIMITS;
  const checkTime = options.checkTime ?? (() => {});
  if (size === 0) return;
  const zip = await Archive.open(path, limits);
  try {
    yield* rowsOf(zip, limits, checkTime);
  } finally {
    zip.close();
  }
}

async function* rowsOf(zip: Archive, limits: XlsxLimits, checkTime: () => void): AsyncGenerator<SheetRow[]> {
  const parts = await locateParts(zip, limits);
  const strings = parts.sharedStrings ? await readSharedStrings(zip, parts.sharedStrings, limits, checkTime) : [];

  let batch: SheetRow[] = [];
  let rowNumber = 0;
  let cells: Cell[] | undefined;
  let filled = false;
  let column = 0;
  let cell: { type: string; text: string[]; length: number; hasValue: boolean } | undefined;
  let inValue = false;
  let phonetic = 0;

  const valueOf = ({ type, text }: { type: string; text: string[] }): Cell => {
    const raw = text.join('');
    switch (type) {
      case 's': {
        const index = Number(raw);
        if (!Number.isInteger(index) || index < 0 || index >= strings.length)
          throw unreadable(`cell ${column} på rad ${rowNumber} hänvisar till en delad text som inte finns.`);
        return strings[index]!;
      }
      case 'str':
      case 'inlineStr':
        return raw;
      case 'b':
        return raw.trim() === '1' || raw.trim().toLowerCase() === 'true' ? 'TRUE' : 'FALSE';
      case 'e':
        return raw;
      case 'd':
        return raw.slice(0, 10);
      default: {
        if (raw.trim() === '') return null;
        const number = Number(raw);
        return Number.isFinite(number) ? number : raw;
      }
    }
  };

  const handlers: XmlHandlers = {
    open: (tag) => {
      switch (localName(tag.name)) {
        case 'row': {
          const declared = attribute(tag, 'r');
          rowNumber = declared === undefined ? rowNumber + 1 : Number(declared);
          if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > XLSX_MAX_ROW)
            throw importErrors.cellOutOfRange(declared ?? String(rowNumber));
          cells = [];
          filled = false;
          column = 0;
          break;
        }
        case 'c': {
          if (!cells) return;
          const reference = attribute(tag, 'r');
          const declared = reference === undefined ? undefined : columnOf(reference);
          column = declared ?? column + 1;
          if (column > XLSX_MAX_COLUMN) throw importErrors.cellOutOfRange(reference ?? String(column));
          cell = { type: attribute(tag, 't') ?? 'n', text: [], length: 0, hasValue: false };
          break;
        }
        case 'v':
          if (cell && cell.type !== 'inlineStr') inValue = cell.hasValue = !tag.isSelfClosing;
          break;
        case 'rPh':
          phonetic++;
          break;
        case 't':
          if (cell && cell.type === 'inlineStr' && phonetic === 0) inValue = cell.hasValue = !tag.isSelfClosing;
          break;
      }
    },
    close: (local) => {
      switch (local) {
        case 'v':
        case 't':
          inValue = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c':
          if (cell && cells && cell.hasValue) {
            const value = valueOf(cell);
            if (value !== null) {
              // Sparse: a lone cell far to the right costs one slot, not one per column before it.
              cells[column - 1] = value;
              filled = true;
            }
          }
          cell = undefined;
          break;
        case 'row':
          if (cells && filled) batch.push({ number: rowNumber, cells });
          cells = undefined;
          break;
      }
    },
    text: (text) => {
      if (!inValue || !cell) return;
      cell.length += text.length;
      if (cell.length > limits.maxCellCharacters) throw importErrors.cellTooLong(limits.maxCellCharacters);
      cell.text.push(text);
    },
  };

  for await (const _ of parseXml(zip, parts.sheet, handlers, limits)) {
    checkTime();
    if (batch.length >= ROW_BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
