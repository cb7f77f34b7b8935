import type { UnitScope, ValueRules } from '@planpuls/domain';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../errors';
import { parseNumber, readHeader, RowChecker, type CodeBook } from './imports.rows';
import type { Cell, Sheet } from './imports.sheet';

const element = (index: number, code: string, rules: Partial<ValueRules> = {}) =>
  [
    code,
    {
      id: `element-${code}`,
      code,
      index,
      valueType: 'integer',
      frequency: 'tertial',
      disaggregation: 'professional_group',
      min: 0,
      max: null,
      ...rules,
    } as const,
  ] as const;
const entries = (codes: string[]) => new Map(codes.map((code, index) => [code, { id: `id-${code}`, index }]));

const book: CodeBook = {
  elements: new Map([
    element(0, 'external_leavers'),
    element(1, 'average_headcount', { valueType: 'decimal' }),
    element(2, 'student_placements', { disaggregation: 'none' }),
    element(3, 'survey_respondents', { frequency: 'year' }),
    element(4, 'share', { valueType: 'decimal', min: 0, max: 100 }),
  ]),
  units: entries(['FARSTA', 'BROMMA']),
  groups: entries(['SOC', 'BIST']),
  periods: entries(['2025', '2025-T1', '2025-T2', '2025-T3', '2025-Q1']),
};

const ALL_UNITS: UnitScope = { all: true };
const HEADER = ['data_element', 'unit', 'group', 'period', 'value', 'note'];
const swedishCsv: Pick<Sheet, 'decimalComma' | 'extraFieldsAllowed'> = { decimalComma: true, extraFieldsAllowed: 'when_blank' };
const commaCsv: Pick<Sheet, 'decimalComma' | 'extraFieldsAllowed'> = { decimalComma: false, extraFieldsAllowed: 'never' };

/** Checks rows given after the header (spreadsheet row 1), numbered from 2 on. */
function check(
  rows: Cell[][],
  { sheet = swedishCsv, errorsLimit = 100, errorsPage = 1, maxRows = 1000, header = HEADER, units = ALL_UNITS } = {},
) {
  const checker = new RowChecker(book, sheet, { errorsLimit, errorsPage, maxRows, units });
  [header, ...rows].forEach((cells, index) => checker.accept({ number: index + 1, cells }));
  checker.finish();
  return checker;
}

const errorsOf = (checker: RowChecker) => checker.errors.map(({ row, column, code }) => ({ row, column, code }));

function apiErrorOf(work: () => unknown): ApiError {
  try {
    work();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('parseNumber', () => {
  it('reads decimal commas where allowed, and points everywhere', () => {
    expect(parseNumber('12,5', true)).toBe(12.5);
    expect(parseNumber('12.5', true)).toBe(12.5);
    expect(parseNumber('12.5', false)).toBe(12.5);
    expect(parseNumber(' -3 ', false)).toBe(-3);
    expect(parseNumber('\u22123,5', true)).toBe(-3.5);
    expect(parseNumber('1 234,5', true)).toBe(1234.5);
    expect(parseNumber('1\u00a0234', true)).toBe(1234);
    expect(parseNumber('1E+3', false)).toBe(1000);
    expect(parseNumber(',5', true)).toBe(0.5);
  });

  it('refuses what is not plainly one number', () => {
    for (const text of ['12,5', 'abc', '', '1.234,5', '1,2,3', '12 %', 'NaN', 'Infinity', '0x10', '1e999', '--1', '12,5.']) {
      expect(parseNumber(text, text !== '12,5'), text).toBeUndefined();
    }
    expect(parseNumber('12,5', false)).toBeUndefined();
  });
});

describe('readHeader', () => {
  it('finds the columns by English or Swedish name, in any case and order, ignoring others', () => {
    expect(readHeader(['Värde', 'ENHET', 'Uppgift', 'Förvaltningens namn', 'Period', 'Kommentar', 'Yrkesgrupp'])).toEqual({
      value: 0,
      unit: 1,
      data_element: 2,
      period: 4,
      note: 5,
      group: 6,
      width: 7,
    });
    expect(readHeader(['Data element', 'Unit', 'Period', 'Value'])).toMatchObject({ data_element: 0, unit: 1, period: 2, value: 3 });
  });

  it('names every missing required column, and refuses a column given twice', () => {
    const missing = apiErrorOf(() => readHeader(['unit', 'group', 'note']));
    expect(missing.code).toBe('imports.missing_columns');
    expect(missing.details?.map((detail) => detail.field)).toEqual(['header.data_element', 'header.period', 'header.value']);
    expect(missing.message).toContain('"value" (eller "värde")');
    expect(apiErrorOf(() => readHeader(['unit', 'enhet', 'period', 'value', 'data_element'])).code).toBe('imports.duplicate_column');
  });
});

describe('RowChecker', () => {
  it('keeps valid rows column by column, ids from the code book, with decimal commas and notes', () => {
    const checker = check([
      ['external_leavers', 'FARSTA', 'SOC', '2025-T1', '3', ''],
      ['average_headcount', 'BROMMA', 'BIST', '2025-t2', '41,5', ' Två nya '],
      ['student_placements', 'FARSTA', '', '2025-T1', 2, null],
    ]);
    expect(checker).toMatchObject({ rows: 3, invalid: 0, errorsTotal: 0, hasNotes: true });
    expect({ ...checker.accepted }).toEqual({
      elementIds: ['element-external_leavers', 'element-average_headcount', 'element-student_placements'],
      unitIds: ['id-FARSTA', 'id-BROMMA', 'id-FARSTA'],
      groupIds: ['id-SOC', 'id-BIST', null],
      periodIds: ['id-2025-T1', 'id-2025-T2', 'id-2025-T1'],
      values: [3, 41.5, 2],
      notes: [null, 'Två nya', null],
    });
  });

  it('reports each problem at its row and column, with row = spreadsheet row − 1', () => {
    const checker = check([
      ['external_leavers', 'ATLANTIS', 'SOC', '2025-T1', '1', ''], // row 1
      ['', '', '', '', '', ''], // blank: skipped, but counted in the numbering
      ['nonsense', 'FARSTA', 'SOC', '2025-T4', 'många', ''], // row 3
      ['external_leavers', 'FARSTA', '', '2025-Q1', '1,5', ''], // row 4
      ['student_placements', 'FARSTA', 'SOC', '2025-T1', '-1', ''], // row 5
      ['external_leavers', 'FARSTA', 'PILOT', '2099-T1', '', 'x'.repeat(2001)], // row 6
      ['survey_respondents', 'FARSTA', 'SOC', '2025-T1', '3', ''], // row 7
      ['share', 'FARSTA', 'SOC', '2025-T1', '100,5', ''], // row 8
    ]);
    expect(errorsOf(checker)).toEqual([
      { row: 1, column: 'unit', code: 'imports.unknown_unit' },
      { row: 3, column: 'data_element', code: 'imports.unknown_data_element' },
      { row: 3, column: 'period', code: 'imports.invalid_period' },
      { row: 3, column: 'value', code: 'imports.invalid_number' },
      { row: 4, column: 'group', code: 'imports.group_required' },
      { row: 4, column: 'period', code: 'imports.wrong_frequency' },
      { row: 4, column: 'value', code: 'imports.not_integer' },
      { row: 5, column: 'group', code: 'imports.group_not_allowed' },
      { row: 5, column: 'value', code: 'imports.out_of_range' },
      { row: 6, column: 'group', code: 'imports.unknown_group' },
      { row: 6, column: 'period', code: 'imports.period_out_of_range' },
      { row: 6, column: 'value', code: 'imports.required' },
      { row: 6, column: 'note', code: 'imports.note_too_long' },
      { row: 7, column: 'period', code: 'imports.wrong_frequency' },
      { row: 8, column: 'value', code: 'imports.out_of_range' },
    ]);
    expect(checker).toMatchObject({ rows: 7, invalid: 7, errorsTotal: 15 });
    expect(checker.accepted.length).toBe(0);
    const messages = checker.errors.map((error) => error.message);
    expect(messages[0]).toBe('Det finns ingen enhet ”ATLANTIS” i kommunen.');
    expect(messages[5]).toBe('”external_leavers” lämnas per tertial; 2025-Q1 passar inte (till exempel 2025-T2).');
    expect(messages[8]).toBe('Värdet för ”student_placements” får inte vara mindre än 0.');
  });

  it('refuses a note PostgreSQL cannot store (a NUL or a lone surrogate) as a row error, not a failed import', () => {
    const checker = check([
      ['external_leavers', 'FARSTA', 'SOC', '2025-T1', '1', 'före\u0000efter'],
      ['external_leavers', 'FARSTA', 'BIST', '2025-T1', '1', 'halv \ud83d'],
      ['external_leavers', 'BROMMA', 'SOC', '2025-T1', '1', 'hel 😀'],
    ]);
    expect(errorsOf(checker)).toEqual([
      { row: 1, column: 'note', code: 'imports.note_invalid_character' },
      { row: 2, column: 'note', code: 'imports.note_invalid_character' },
    ]);
    expect(checker.accepted.notes).toEqual(['hel 😀']);
  });

  it('refuses a second row for the same element, unit, group and period, naming the first', () => {
    const checker = check([
      ['external_leavers', 'FARSTA', 'SOC', '2025-T1', '1', ''],
      ['external_leavers', 'FARSTA', 'BIST', '2025-T1', '1', ''],
      ['external_leavers', 'FARSTA', 'SOC', '2025-T1', '2', ''],
    ]);
    expect(errorsOf(checker)).toEqual([{ row: 3, column: null, code: 'imports.duplicate_row' }]);
    expect(checker.errors[0]!.message).toBe('Rad 1 har samma uppgift, enhet, yrkesgrupp och period.');
    expect(checker.accepted.length).toBe(2);
  });

  it('refuses extra fields in comma CSV, where a decimal comma splits the value, but not blank ones after semicolons', () => {
    const shifted = check([['average_headcount', 'FARSTA', 'SOC', '2025-T1', '41', '5', '']], { sheet: commaCsv });
    expect(errorsOf(shifted)).toEqual([{ row: 1, column: null, code: 'imports.too_many_fields' }]);
    expect(shifted.errors[0]!.message).toContain('decimaler med punkt');
    const trailing = check([['average_headcount', 'FARSTA', 'SOC', '2025-T1', '41,5', '', '']]);
    expect(trailing.errors).toEqual([]);
    const filled = check([['average_headcount', 'FARSTA', 'SOC', '2025-T1', '41,5', '', 'x']]);
    expect(errorsOf(filled)).toEqual([{ row: 1, column: null, code: 'imports.too_many_fields' }]);
  });

  it('refuses rows for units outside the user’s scope, as a PUT does', () => {
    const farstaOnly: UnitScope = { all: false, units: new Set(['FARSTA']) };
    const checker = check(
      [
        ['external_leavers', 'FARSTA', 'SOC', '2025-T1', '1', ''],
        ['external_leavers', 'BROMMA', 'SOC', '2025-T1', '1', ''],
        ['external_leavers', 'ATLANTIS', 'SOC', '2025-T1', '1', ''],
      ],
      { units: farstaOnly },
    );
    expect(errorsOf(checker)).toEqual([
      { row: 2, column: 'unit', code: 'imports.unit_forbidden' },
      { row: 3, column: 'unit', code: 'imports.unknown_unit' },
    ]);
    expect(checker.errors[0]!.message).toBe('Du får inte lämna värden för BROMMA.');
    expect(checker.accepted.unitIds).toEqual(['id-FARSTA']);
  });

  it('keeps only the first errorsLimit errors, counting them all', () => {
    const rows = Array.from({ length: 50 }, () => ['external_leavers', 'ATLANTIS', 'SOC', '2025-T1', 'x', '']);
    const checker = check(rows, { errorsLimit: 3 });
    expect(checker.errors).toHaveLength(3);
    expect(checker).toMatchObject({ errorsTotal: 100, invalid: 50, rows: 50 });
  });

  it('lists any page of the errors, with totals per code over the whole file', () => {
    const rows = Array.from({ length: 5 }, (_, i) => ['external_leavers', 'ATLANTIS', 'SOC', '2025-T1', i === 4 ? '1' : 'x', '']);
    const second = check(rows, { errorsLimit: 4, errorsPage: 2 });
    expect(second.errors.map(({ row, code }) => ({ row, code }))).toEqual([
      { row: 3, code: 'imports.unknown_unit' },
      { row: 3, code: 'imports.invalid_number' },
      { row: 4, code: 'imports.unknown_unit' },
      { row: 4, code: 'imports.invalid_number' },
    ]);
    const third = check(rows, { errorsLimit: 4, errorsPage: 3 });
    expect(third.errors.map(({ row, code }) => ({ row, code }))).toEqual([{ row: 5, code: 'imports.unknown_unit' }]);
    expect(check(rows, { errorsLimit: 4, errorsPage: 4 }).errors).toEqual([]);
    expect(third).toMatchObject({ errorsTotal: 9, errorsByCode: { 'imports.unknown_unit': 5, 'imports.invalid_number': 4 } });
  });

  it('without a group or note column, takes groups as empty and leaves notes alone', () => {
    const checker = check([['student_placements', 'FARSTA', '2025-T1', '4']], { header: ['uppgift', 'enhet', 'period', 'värde'] });
    expect(checker.errors).toEqual([]);
    expect(checker.hasNotes).toBe(false);
    expect(checker.accepted.groupIds).toEqual([null]);
  });

  it('finds the header on the first filled row, and refuses files without one or without data rows', () => {
    const late = new RowChecker(book, swedishCsv, { errorsLimit: 10, maxRows: 10, units: ALL_UNITS });
    late.accept({ number: 1, cells: [''] });
    late.accept({ number: 2, cells: HEADER });
    late.accept({ number: 3, cells: ['external_leavers', 'ATLANTIS', 'SOC', '2025-T1', '1'] });
    expect(late.errors[0]!.row).toBe(2);

    const empty = new RowChecker(book, swedishCsv, { errorsLimit: 10, maxRows: 10, units: ALL_UNITS });
    empty.accept({ number: 1, cells: ['  '] });
    expect(apiErrorOf(() => empty.finish()).code).toBe('imports.empty_file');
    const headerOnly = new RowChecker(book, swedishCsv, { errorsLimit: 10, maxRows: 10, units: ALL_UNITS });
    headerOnly.accept({ number: 1, cells: HEADER });
    headerOnly.accept({ number: 2, cells: ['', ''] });
    expect(apiErrorOf(() => headerOnly.finish()).code).toBe('imports.no_rows');
  });

  it('stops a file with more rows than allowed', () => {
    const error = apiErrorOf(() =>
      check(
        Array.from({ length: 4 }, () => ['x']),
        { maxRows: 3 },
      ),
    );
    expect(error).toMatchObject({ statusCode: 413, code: 'imports.too_many_rows' });
  });
});
