import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { TextDecoder } from 'node:util';
import { parse } from 'csv-parse';
import { ApiError } from '../../errors';
import { importErrors } from './imports.errors';
import type { SheetRow } from './imports.sheet-row';
import { readXlsxRows, type XlsxLimits } from './imports.xlsx';

export type { Cell, SheetRow } from './imports.sheet-row';

export interface Sheet {
  format: 'csv' | 'xlsx';
  /** Whether text numbers may use a decimal comma (`12,5`): in `;`- or tab-separated CSV and in Excel text cells. */
  decimalComma: boolean;
  /**
   * Whether a row may have more fields than the header. In a `,`-separated file an extra field is how a decimal
   * comma (`12,5`) shows itself, splitting the value in two; refusing it keeps `12` from being stored silently.
   */
  extraFieldsAllowed: 'never' | 'when_blank' | 'always';
  /**
   * The rows in file order, a few hundred at a time: one await per batch rather than per row, which for a file
   * of 100,000 rows saves hundreds of thousands of promises (each one tracked by the request's async context).
   */
  batches: AsyncIterable<SheetRow[]>;
  /** Lets go of the upload (its temporary file) whether or not the rows were read: call it when done. */
  close(): Promise<void>;
}

/** How many rows a batch holds at most. */
export const ROW_BATCH_SIZE = 512;

/** Numbers the parser's records and groups them into batches, synchronously, as they pass. */
class RowBatcher extends Transform {
  private number = 0;
  private batch: SheetRow[] = [];

  constructor() {
    super({ objectMode: true });
  }

  override _transform(cells: string[], _encoding: BufferEncoding, callback: TransformCallback): void {
    this.batch.push({ number: ++this.number, cells });
    if (this.batch.length === ROW_BATCH_SIZE) {
      this.push(this.batch);
      this.batch = [];
    }
    callback();
  }

  override _flush(callback: TransformCallback): void {
    if (this.batch.length > 0) this.push(this.batch);
    callback();
  }
}

const HEAD_LIMIT = 64 * 1024;
/** Far above any real row (a note holds at most 2,000 characters); bounds memory for an unclosed quote. */
const MAX_RECORD_CHARACTERS = 100_000;
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Decodes a byte stream as text, chunk by chunk: UTF-8 (a BOM is dropped), or UTF-16 when it starts with its
 * BOM (Excel's "Unicode text"). Invalid UTF-8 is refused rather than turned into replacement characters, so an
 * ANSI file from an old Excel gets a clear error instead of garbled å, ä and ö.
 */
async function* decodeText(source: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let prefix = Buffer.alloc(0);
  for await (const chunk of source) {
    if (!decoder) {
      // The first bytes tell what the file is; gather four of them however the upload is split.
      prefix = Buffer.concat([prefix, chunk]);
      if (prefix.length < 4) continue;
      decoder = decoderFor(prefix);
      yield decode(decoder, prefix, true);
      continue;
    }
    yield decode(decoder, chunk, true);
  }
  if (!decoder && prefix.length > 0) {
    decoder = decoderFor(prefix);
    yield decode(decoder, prefix, true);
  }
  if (decoder) yield decode(decoder, undefined, false);
}

function decoderFor(start: Buffer): TextDecoder {
  if (start.subarray(0, 4).equals(ZIP_SIGNATURE)) {
    throw importErrors.unreadable('csv', 'det är en zip-fil (en Excel-arbetsbok?). Skicka .xlsx-filer som sådana.');
  }
  const utf16 = start[0] === 0xff && start[1] === 0xfe ? 'utf-16le' : start[0] === 0xfe && start[1] === 0xff ? 'utf-16be' : undefined;
  return new TextDecoder(utf16 ?? 'utf-8', { fatal: true });
}

function decode(decoder: TextDecoder, chunk: Buffer | undefined, stream: boolean): string {
  try {
    return decoder.decode(chunk, { stream });
  } catch {
    throw importErrors.invalidEncoding();
  }
}

/** The separator of a CSV file, from its header line: the most frequent of `;`, tab and `,` outside quotes. */
export function detectDelimiter(headerLine: string): ';' | '\t' | ',' {
  const counts = { ';': 0, '\t': 0, ',': 0 };
  let quoted = false;
  for (const character of headerLine) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && character in counts) counts[character as keyof typeof counts]++;
  }
  if (counts[';'] >= counts[','] && counts[';'] >= counts['\t'] && counts[';'] > 0) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/** The first line with something on it; the header is expected there. */
function firstFilledLine(text: string): string {
  return text.split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '';
}

/**
 * Opens a CSV file. Only the head (up to the first filled line) is read now, to find the separator; the rows
 * are then parsed as they stream in, never holding the file as one string.
 */
export async function openCsv(source: AsyncIterable<Buffer>): Promise<Sheet> {
  const text = decodeText(source);
  const head: string[] = [];
  let headLength = 0;
  let ended = false;
  // Read until a line with something on it is complete, character by character over the chunks: linear
  // however the file is split.
  let filled = false;
  let complete = false;
  try {
    while (!complete && headLength < HEAD_LIMIT) {
      const next = await text.next();
      if (next.done) {
        ended = true;
        break;
      }
      head.push(next.value);
      headLength += next.value.length;
      for (const character of next.value) {
        if (!filled) filled = !/\s/.test(character);
        else if (character === '\n' || character === '\r') {
          complete = true;
          break;
        }
      }
    }
  } catch (error) {
    throw readerError('csv', error);
  }
  const delimiter = detectDelimiter(firstFilledLine(head.join('')));

  async function* chunks(): AsyncGenerator<string> {
    yield* head.splice(0);
    if (!ended) yield* text;
  }

  async function* batches(): AsyncGenerator<SheetRow[]> {
    const parser = parse({
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      max_record_size: MAX_RECORD_CHARACTERS,
    });
    const batcher = new RowBatcher();
    // Errors of the source (too large, not UTF-8) and of the parser reach the batcher and so the loop below.
    pipeline(Readable.from(chunks()), parser, batcher).catch(() => {});
    try {
      yield* batcher as AsyncIterable<SheetRow[]>;
    } catch (error) {
      throw readerError('csv', error);
    } finally {
      batcher.destroy();
      parser.destroy();
    }
  }

  return {
    format: 'csv',
    decimalComma: delimiter !== ',',
    extraFieldsAllowed: delimiter === ',' ? 'never' : 'when_blank',
    batches: batches(),
    // The head is read already, so the source is open even if the rows never are.
    close: async () => {
      await text.return(undefined);
    },
  };
}

/**
 * Receives an upload in full into a temporary file (never into memory), then reads it from there with `read`;
 * the file is removed when reading ends or stops. Reading then never waits for the network, so a slow client
 * cannot hold open the transaction that the rows are staged in. An Excel workbook has to be on disk anyway: a
 * zip archive keeps its directory at the end.
 */
export async function* fromSpooledFile<T>(source: Readable, read: (path: string, size: number) => AsyncIterable<T>): AsyncGenerator<T> {
  const directory = await mkdtemp(join(tmpdir(), 'planpuls-import-'));
  try {
    const path = join(directory, 'upload');
    await pipeline(source, createWriteStream(path));
    yield* read(path, (await stat(path)).size);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** Opens an uploaded CSV file once it is received in full; see fromSpooledFile. */
export const openSpooledCsv = (source: Readable): Promise<Sheet> => openCsv(fromSpooledFile(source, (path) => createReadStream(path)));

/** An upload received in full into a temporary file, and how to let go of it. */
export interface SpooledFile {
  path: string;
  size: number;
  /** Removes the file; safe to call more than once. */
  remove(): Promise<void>;
}

/** Receives an upload in full into a temporary file (never into memory) before anything reads it. */
export async function spool(source: Readable): Promise<SpooledFile> {
  const directory = await mkdtemp(join(tmpdir(), 'planpuls-import-'));
  const remove = () => rm(directory, { recursive: true, force: true });
  const path = join(directory, 'upload');
  try {
    await pipeline(source, createWriteStream(path));
    return { path, size: (await stat(path)).size, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

/**
 * Opens an Excel workbook once it is received in full, and reads its first worksheet (see imports.xlsx.ts for
 * what that may cost). `checkTime` is called as the reading goes and throws when it has taken too long.
 */
export async function openXlsx(source: Readable, options: { limits?: XlsxLimits; checkTime?: () => void } = {}): Promise<Sheet> {
  let file: SpooledFile;
  try {
    file = await spool(source);
  } catch (error) {
    throw readerError('xlsx', error);
  }
  async function* batches(): AsyncGenerator<SheetRow[]> {
    try {
      yield* readXlsxRows(file.path, file.size, options);
    } catch (error) {
      throw readerError('xlsx', error);
    } finally {
      await file.remove();
    }
  }
  const rows = batches();
  return {
    format: 'xlsx',
    decimalComma: true,
    extraFieldsAllowed: 'always',
    batches: rows,
    close: async () => {
      await rows.return(undefined);
      await file.remove();
    },
  };
}

/** A reader's failure as the client's fault (a broken file); failures of the server itself (a full disk) stay as they are. */
function readerError(format: 'csv' | 'xlsx', error: unknown): Error {
  if (error instanceof ApiError) return error;
  if (error instanceof Error && 'syscall' in error) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return importErrors.unreadable(format, reason.slice(0, 300));
}
