import { ImportRowErrorCodes as codes, type ImportColumn, type ImportRowError, type ImportRowErrorCode } from '@planpuls/contracts';
import {
  checkValue,
  inScope,
  isStorableText,
  makePeriod,
  tryParsePeriod,
  type Period,
  type UnitScope,
  type ValueRules,
} from '@planpuls/domain';
import { VALUE_PROBLEM_INPUT } from '../data-values/value-problems';
import { importErrors } from './imports.errors';
import { rowMessages as say } from './imports.messages';
import type { Cell, Sheet, SheetRow } from './imports.sheet';

/** The municipality's codes, loaded once per file; `index` makes compact identity keys. */
export interface CodeBook {
  elements: Map<string, ValueRules & { id: string; code: string; index: number }>;
  units: Map<string, { id: string; index: number }>;
  groups: Map<string, { id: string; index: number }>;
  /** The calendar (2000–2050): a valid code outside it cannot be stored. */
  periods: Map<string, { id: string; index: number }>;
  /** Per period id that has reporting cycles, the element ids their data sets ask for; other periods take any element. */
  dataSets?: Map<string, Set<string>>;
}

/** The header names each column may have, compared case-insensitively; the first is the canonical one. */
export const COLUMN_NAMES: Record<ImportColumn, readonly string[]> = {
  data_element: ['data_element', 'uppgift', 'dataelement', 'element'],
  unit: ['unit', 'enhet'],
  group: ['group', 'yrkesgrupp', 'professional_group'],
  period: ['period'],
  value: ['value', 'värde', 'varde'],
  note: ['note', 'kommentar'],
};
const REQUIRED_COLUMNS: readonly ImportColumn[] = ['data_element', 'unit', 'period', 'value'];
const COLUMN_ORDER: readonly ImportColumn[] = ['data_element', 'unit', 'group', 'period', 'value', 'note'];

/** The largest magnitude a value may have, as for a single PUT. */
export const MAX_MAGNITUDE = 1e12;
export const MAX_NOTE_LENGTH = 2000;

export type Header = Partial<Record<ImportColumn, number>> & { width: number };

const normalizeName = (text: string) =>
  text
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Maps the header row to column positions; unknown columns are ignored, missing required ones refused. */
export function readHeader(cells: readonly Cell[]): Header {
  const header: Header = { width: cells.length };
  cells.forEach((cell, position) => {
    const name = normalizeName(cellText(cell));
    const column = COLUMN_ORDER.find((candidate) => COLUMN_NAMES[candidate].includes(name));
    if (!column) return;
    if (header[column] !== undefined) throw importErrors.duplicateColumn(column);
    header[column] = position;
  });
  const missing = REQUIRED_COLUMNS.filter((column) => header[column] === undefined);
  if (missing.length > 0) throw importErrors.missingColumns(missing.map((name) => ({ name, alias: COLUMN_NAMES[name][1] ?? name })));
  return header;
}

export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? String(cell) : cell.trim();
}

const isBlank = (cell: Cell | undefined) => cellText(cell) === '';

// Unambiguous, so a long run of digits cannot make the engine backtrack.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
/** Longer text is no number anyone typed. */
const MAX_NUMBER_LENGTH = 64;

/**
 * A number written as text: `12,5` (decimal comma, when allowed) or `12.5`; spaces between digits are
 * thousands separators (`1 234,5`); a typographic minus is a minus. Undefined when it is not a number.
 */
export function parseNumber(text: string, decimalComma: boolean): number | undefined {
  if (text.length > MAX_NUMBER_LENGTH) return undefined;
  let normalized = text
    .trim()
    .replace(/(\d)[\s\u00a0\u202f]+(?=\d)/g, '$1')
    .replace(/^\u2212/, '-');
  if (normalized.includes(',')) {
    if (!decimalComma || normalized.includes('.') || normalized.indexOf(',') !== normalized.lastIndexOf(',')) return undefined;
    normalized = normalized.replace(',', '.');
  }
  if (!NUMBER.test(normalized)) return undefined;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Valid rows, column by column: plain arrays of ids and numbers rather than an object per row. Ids are shared
 * references to the code book's strings.
 */
export class AcceptedRows {
  readonly elementIds: string[] = [];
  readonly unitIds: string[] = [];
  readonly groupIds: Array<string | null> = [];
  readonly periodIds: string[] = [];
  readonly values: number[] = [];
  readonly notes: Array<string | null> = [];

  get length(): number {
    return this.values.length;
  }
}

export interface CheckOptions {
  /** The page size of the listed errors. */
  errorsLimit: number;
  /** Which page of errors to keep (1-based); the others are only counted. */
  errorsPage?: number;
  maxRows: number;
  /** The units the user may write values for (HR: its own); rows for other units are refused like a PUT. */
  units: UnitScope;
}

interface Problem {
  column: ImportColumn | null;
  code: ImportRowErrorCode;
  message: () => string;
}

/** A period as written in a file, read once per distinct text: the parsed period and its calendar row. */
interface ReadPeriod {
  period: Period | undefined;
  stored: { id: string; index: number } | undefined;
}

/** Distinct period texts remembered per file; real files use a handful, and garbage is not worth keeping. */
const PERIOD_CACHE_LIMIT = 10_000;

/**
 * Checks a file row by row as it streams in: the first filled row is the header, every later one is checked
 * like a single PUT (codes, period, group split, type, min, max) and for a repeated identity. Valid rows are
 * kept for writing; of the errors only the first `errorsLimit` are kept, the others counted.
 *
 * This runs once per row of files of 100,000 rows and more, so a valid row allocates next to nothing: codes and
 * periods are looked up in maps made once, identities are numbers, and problems are only built for a bad row.
 */
export class RowChecker {
  /** The valid rows since the last takeAccepted(). */
  accepted = new AcceptedRows();
  /** How many rows were valid in all. */
  valid = 0;
  readonly errors: ImportRowError[] = [];
  readonly errorsByCode: Partial<Record<ImportRowErrorCode, number>> = {};
  errorsTotal = 0;
  rows = 0;
  invalid = 0;
  private header: Header | undefined;
  /** The first row of each identity, by a number made of the codes' positions in the code book. */
  private readonly seen = new Map<number, number>();
  private readonly periodsByText = new Map<string, ReadPeriod>();
  private readonly identity: { units: number; groups: number; periods: number };
  private problems: Problem[] | undefined;

  constructor(
    private readonly book: CodeBook,
    private readonly sheet: Pick<Sheet, 'decimalComma' | 'extraFieldsAllowed'>,
    private readonly options: CheckOptions,
  ) {
    // Group position -1 (no group) is stored as 0, so there is one more group slot than groups.
    this.identity = { units: book.units.size, groups: book.groups.size + 1, periods: book.periods.size };
  }

  /** Whether the notes column is in the file; without it, stored notes are left as they are. */
  get hasNotes(): boolean {
    return this.header?.note !== undefined;
  }

  accept({ number, cells }: SheetRow): void {
    if (cells.every(isBlank)) return;
    if (!this.header) {
      this.header = readHeader(cells);
      return;
    }
    this.rows++;
    if (this.rows > this.options.maxRows) throw importErrors.tooManyRows(this.options.maxRows);
    const row = number - 1;
    this.problems = undefined;
    this.check(row, cells);
    const problems = this.problems as Problem[] | undefined;
    if (problems === undefined) return;
    this.invalid++;
    problems.sort((a, b) => order(a.column) - order(b.column));
    const { errorsLimit, errorsPage = 1 } = this.options;
    const firstListed = (errorsPage - 1) * errorsLimit;
    for (const problem of problems) {
      this.errorsByCode[problem.code] = (this.errorsByCode[problem.code] ?? 0) + 1;
      if (this.errorsTotal >= firstListed && this.errors.length < errorsLimit) {
        this.errors.push({ row, column: problem.column, code: problem.code, message: problem.message() });
      }
      this.errorsTotal++;
    }
  }

  /** The valid rows since the last call, handed on (to be staged) so that they need not be kept. */
  takeAccepted(): AcceptedRows {
    const taken = this.accepted;
    this.accepted = new AcceptedRows();
    return taken;
  }

  /** After the last row: the file must have had a header and at least one data row. */
  finish(): void {
    if (!this.header) throw importErrors.emptyFile();
    if (this.rows === 0) throw importErrors.noRows();
  }

  private fail(column: ImportColumn | null, code: ImportRowErrorCode, message: () => string): void {
    (this.problems ??= []).push({ column, code, message });
  }

  private readPeriod(text: string): ReadPeriod {
    const known = this.periodsByText.get(text);
    if (known) return known;
    const period = tryParsePeriod(text);
    const read = { period, stored: period ? this.book.periods.get(period.code) : undefined };
    if (this.periodsByText.size < PERIOD_CACHE_LIMIT) this.periodsByText.set(text, read);
    return read;
  }

  private check(row: number, cells: readonly Cell[]): void {
    const header = this.header!;

    if (cells.length > header.width && this.sheet.extraFieldsAllowed !== 'always') {
      const extraProblem = this.sheet.extraFieldsAllowed === 'never' || !cells.slice(header.width).every(isBlank);
      if (extraProblem) {
        this.fail(null, codes.tooManyFields, () => say.tooManyFields(cells.length, header.width, this.sheet.decimalComma));
      }
    }

    const elementCode = cellText(cellAt(cells, header.data_element));
    const element = elementCode ? this.book.elements.get(elementCode) : undefined;
    if (!elementCode) this.fail('data_element', codes.required, say.dataElementMissing);
    else if (!element) this.fail('data_element', codes.unknownDataElement, () => say.unknownDataElement(elementCode));

    const unitCode = cellText(cellAt(cells, header.unit));
    const unit = unitCode ? this.book.units.get(unitCode) : undefined;
    if (!unitCode) this.fail('unit', codes.required, say.unitMissing);
    else if (!unit) this.fail('unit', codes.unknownUnit, () => say.unknownUnit(unitCode));
    else if (!inScope(this.options.units, unitCode)) this.fail('unit', codes.unitForbidden, () => say.unitForbidden(unitCode));

    const groupCode = cellText(cellAt(cells, header.group));
    const group = groupCode ? this.book.groups.get(groupCode) : undefined;

    const periodText = cellText(cellAt(cells, header.period)).toUpperCase();
    const { period, stored: storedPeriod } = periodText ? this.readPeriod(periodText) : NO_PERIOD;
    if (!periodText) this.fail('period', codes.required, say.periodMissing);
    else if (!period) this.fail('period', codes.invalidPeriod, () => say.invalidPeriod(periodText));
    else if (!storedPeriod) this.fail('period', codes.periodOutOfRange, () => say.periodOutOfRange(period.code));

    const valueCell = cellAt(cells, header.value);
    let value: number | undefined;
    if (isBlank(valueCell)) this.fail('value', codes.required, say.valueMissing);
    else {
      value = typeof valueCell === 'number' ? valueCell : parseNumber(cellText(valueCell), this.sheet.decimalComma);
      if (value === undefined || !Number.isFinite(value)) {
        value = undefined;
        this.fail('value', codes.invalidNumber, () => say.invalidNumber(cellText(valueCell), this.sheet.decimalComma));
      } else if (Math.abs(value) > MAX_MAGNITUDE) {
        value = undefined;
        this.fail('value', codes.invalidNumber, () => say.tooLarge(cellText(valueCell), MAX_MAGNITUDE));
      }
    }

    // The value's own checks, shared with PUT. An input that could not be read is replaced by a stand-in
    // whose problems are dropped: each column is reported once, for its own fault.
    let groupProblem = false;
    if (element) {
      const periodCode = period?.code ?? makePeriod(element.frequency, 2000, 1).code;
      const valueProblems = checkValue(element, { periodCode, hasGroup: groupCode !== '', value: value ?? 0 });
      for (const problem of valueProblems) {
        const input = VALUE_PROBLEM_INPUT[problem.code];
        if ((input === 'period' && !period) || (input === 'value' && value === undefined)) continue;
        if (input === 'group') groupProblem = true;
        this.fail(input, importCodeOf[problem.code], () => say.valueProblem(problem, element, periodCode));
      }
    }
    if (element && storedPeriod && period) {
      const asked = this.book.dataSets?.get(storedPeriod.id);
      if (asked && !asked.has(element.id)) this.fail('data_element', codes.notInDataSet, () => say.notInDataSet(element.code, period.code));
    }
    if (groupCode && !group && !groupProblem) this.fail('group', codes.unknownGroup, () => say.unknownGroup(groupCode));

    const noteText = header.note === undefined ? '' : cellText(cellAt(cells, header.note));
    if (noteText.length > MAX_NOTE_LENGTH) this.fail('note', codes.noteTooLong, () => say.noteTooLong(noteText.length, MAX_NOTE_LENGTH));
    else if (!isStorableText(noteText)) this.fail('note', codes.noteInvalidCharacter, say.noteInvalidCharacter);

    if (element && unit && storedPeriod && (group || !groupCode)) {
      const { units, groups, periods } = this.identity;
      const key = ((element.index * units + unit.index) * groups + (group ? group.index + 1 : 0)) * periods + storedPeriod.index;
      const first = this.seen.get(key);
      if (first !== undefined) this.fail(null, codes.duplicateRow, () => say.duplicateRow(first));
      else this.seen.set(key, row);
    }

    if (this.problems === undefined) {
      this.valid++;
      const rows = this.accepted;
      rows.elementIds.push(element!.id);
      rows.unitIds.push(unit!.id);
      rows.groupIds.push(group ? group.id : null);
      rows.periodIds.push(storedPeriod!.id);
      rows.values.push(value!);
      rows.notes.push(noteText === '' ? null : noteText);
    }
  }
}

/** The cell of a column the header may lack. */
const cellAt = (cells: readonly Cell[], position: number | undefined) => (position === undefined ? null : cells[position]);

const NO_PERIOD: ReadPeriod = { period: undefined, stored: undefined };

const importCodeOf = {
  wrong_frequency: codes.wrongFrequency,
  group_required: codes.groupRequired,
  group_not_allowed: codes.groupNotAllowed,
  not_integer: codes.notInteger,
  out_of_range: codes.outOfRange,
} as const;

const order = (column: ImportColumn | null) => (column === null ? COLUMN_ORDER.length : COLUMN_ORDER.indexOf(column));
