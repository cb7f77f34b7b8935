import { Readable, Transform, type TransformCallback } from 'node:stream';
import multipart from '@fastify/multipart';
import { IMPORT_CSV_TYPES, IMPORT_XLSX_TYPE } from '@planpuls/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../../errors';
import { importErrors } from './imports.errors';
import { openSpooledCsv, openXlsx, type Sheet } from './imports.sheet';

/** The largest upload accepted unless IMPORT_MAX_MB says otherwise. */
export const IMPORT_LIMIT_BYTES = 20 * 1024 * 1024;

/** The most IMPORT_MAX_MB may say; the least is 1 KB (below it no file with a header fits). */
const IMPORT_MAX_MB_CEILING = 1024;

/**
 * The configured limit: IMPORT_MAX_MB megabytes (plain decimals: "0.5", never "1e3" or "0x20"), by default 20,
 * refused at startup outside 1 KB to 1,024 MB, as every other setting is outside its range.
 */
export function importLimitBytes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.IMPORT_MAX_MB?.trim();
  if (!raw) return IMPORT_LIMIT_BYTES;
  const megabytes = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : Number.NaN;
  const bytes = Math.round(megabytes * 1024 * 1024);
  if (!(bytes >= 1024 && megabytes <= IMPORT_MAX_MB_CEILING)) {
    throw new Error(`IMPORT_MAX_MB must be a number of megabytes from 0.001 to ${IMPORT_MAX_MB_CEILING}, not "${raw}"`);
  }
  return bytes;
}

const RAW_TYPES: readonly string[] = [...IMPORT_CSV_TYPES, IMPORT_XLSX_TYPE];

/** Counts an upload's bytes as they pass and fails as soon as there are more than the limit. */
class ByteLimit extends Transform {
  private bytes = 0;

  constructor(private readonly limit: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.limit) callback(importErrors.tooLarge(this.limit));
    else callback(null, chunk);
  }
}

/**
 * This scope's body parsers, replacing the app's JSON-only ones: CSV and XLSX bodies are handed on unread (the
 * route streams them), multipart/form-data goes to @fastify/multipart, and every other type gets a 415 that
 * says what to send.
 */
export async function useUploadParsers(app: FastifyInstance, limitBytes: number): Promise<void> {
  app.removeAllContentTypeParsers();
  await app.register(multipart, {
    // One byte over the limit reaches ByteLimit, which answers 413; busboy alone would only truncate.
    limits: { fileSize: limitBytes + 1, files: 1, fields: 10, fieldSize: 10_000, parts: 20, headerPairs: 100 },
    throwFileSizeLimit: false,
  });
  app.addContentTypeParser(RAW_TYPES as string[], (request, payload, done) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limitBytes) return done(importErrors.tooLarge(limitBytes));
    done(null, payload);
  });
  app.addContentTypeParser('*', (request, _payload, done) => done(importErrors.unsupportedType(request.headers['content-type'])));
  // An answer given before the upload was read to its end (refused, too large, not a valid file) closes the
  // connection, rather than leaving Node to read and discard the rest of a large body.
  app.addHook('onSend', async (request, reply) => {
    if (!request.raw.readableEnded) reply.header('connection', 'close');
  });
}

/**
 * The uploaded file as a sheet to stream rows from, whether sent as the raw body or in a form. It is received in
 * full first: nothing that waits for the network happens once the import holds a database connection.
 */
export async function openUpload(request: FastifyRequest, limitBytes: number, checkTime?: () => void): Promise<Sheet> {
  if (request.isMultipart()) {
    let part: Awaited<ReturnType<FastifyRequest['file']>>;
    try {
      part = await request.file();
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw importErrors.unreadableForm();
    }
    if (!part || part.fieldname !== 'file') throw importErrors.fileMissing();
    return open(formatOfFile(part.filename, part.mimetype), part.file, limitBytes, checkTime);
  }
  const contentType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (!(request.body instanceof Readable) || contentType === undefined || !RAW_TYPES.includes(contentType)) {
    throw importErrors.unsupportedType(request.headers['content-type']);
  }
  return open(contentType === IMPORT_XLSX_TYPE ? 'xlsx' : 'csv', request.body, limitBytes, checkTime);
}

/** The file name's extension decides; without one, the part's media type. */
function formatOfFile(filename: string, mimetype: string): 'csv' | 'xlsx' {
  const extension = /\.([A-Za-z0-9]+)$/.exec(filename)?.[1]?.toLowerCase();
  if (extension === 'csv' || extension === 'txt') return 'csv';
  if (extension === 'xlsx') return 'xlsx';
  if (extension === undefined) {
    if (mimetype === IMPORT_XLSX_TYPE) return 'xlsx';
    if ((IMPORT_CSV_TYPES as readonly string[]).includes(mimetype) || mimetype === 'text/plain') return 'csv';
  }
  throw importErrors.unsupportedFile(filename || mimetype);
}

async function open(format: 'csv' | 'xlsx', source: Readable, limitBytes: number, checkTime?: () => void): Promise<Sheet> {
  const limited = new ByteLimit(limitBytes);
  // The request itself is never destroyed here: that would cut the connection before the answer is sent.
  source.on('error', (error) => limited.destroy(error));
  source.once('aborted', () => limited.destroy(importErrors.aborted()));
  // The reader may start a moment later (an XLSX file is read once the codes are loaded): an error before then
  // stays on the stream for it to find, rather than being thrown as uncaught.
  limited.on('error', () => {});
  source.pipe(limited);
  return format === 'csv' ? openSpooledCsv(limited) : openXlsx(limited, { checkTime });
}
