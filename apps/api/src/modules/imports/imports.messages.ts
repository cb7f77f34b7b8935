import type { ValueProblem } from '@planpuls/domain';

/**
 * The problems of a row in plain Swedish, for the person who filled in the file: the row and the column are
 * given beside the message, so it says what is wrong and how to put it right. The codes stay the contract.
 */

const FREQUENCY_WORDS: Record<string, { per: string; example: string }> = {
  year: { per: 'per år', example: '2025' },
  tertial: { per: 'per tertial', example: '2025-T2' },
  quarter: { per: 'per kvartal', example: '2025-Q3' },
  month: { per: 'per månad', example: '2025-07' },
};

/** Text echoed in a message stays short, whatever the cell held. */
export const quote = (text: string) => `”${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;

const swedishNumber = (value: number) => String(value).replace('.', ',').replace('-', '−');

export const rowMessages = {
  tooManyFields: (fields: number, headerWidth: number, decimalComma: boolean) =>
    `Raden har ${fields} fält men rubrikraden ${headerWidth}` +
    (decimalComma ? '.' : '. I en kommaseparerad fil skrivs decimaler med punkt (12.5) eller inom citattecken ("12,5").'),
  dataElementMissing: () => 'Uppgiften saknas.',
  unknownDataElement: (code: string) => `Det finns ingen uppgift ${quote(code)}.`,
  unitMissing: () => 'Enheten saknas.',
  unknownUnit: (code: string) => `Det finns ingen enhet ${quote(code)} i kommunen.`,
  unitForbidden: (code: string) => `Du får inte lämna värden för ${code}.`,
  unknownGroup: (code: string) => `Det finns ingen yrkesgrupp ${quote(code)}.`,
  periodMissing: () => 'Perioden saknas.',
  invalidPeriod: (text: string) => `${quote(text)} är ingen period. Skriv till exempel 2025, 2025-T2, 2025-Q3 eller 2025-07.`,
  periodOutOfRange: (code: string) => `Perioden ${code} ligger utanför kalendern (2000–2050).`,
  valueMissing: () => 'Värdet saknas.',
  invalidNumber: (text: string, decimalComma: boolean) =>
    `${quote(text)} är inget tal${decimalComma ? '.' : '. Skriv decimaler med punkt i en kommaseparerad fil.'}`,
  tooLarge: (text: string, limit: number) => `${quote(text)} är större än ±${limit.toLocaleString('sv-SE')}.`,
  noteTooLong: (length: number, limit: number) => `Kommentaren har ${length} tecken; högst ${limit} får plats.`,
  notInDataSet: (element: string, period: string) =>
    `Uppföljningen för ${period} frågar inte efter ${quote(element)}. Ta bort raden, eller be administratören lägga till uppgiften innan någon enhet har skickat in.`,
  noteInvalidCharacter: () => 'Kommentaren innehåller ett tecken som inte kan sparas (ett nolltecken eller trasig Unicode).',
  duplicateRow: (firstRow: number) => `Rad ${firstRow} har samma uppgift, enhet, yrkesgrupp och period.`,

  /** A problem found by the checks every value gets, also on a single PUT. */
  valueProblem(problem: ValueProblem, element: { code: string; frequency: string }, periodCode: string): string {
    switch (problem.code) {
      case 'wrong_frequency': {
        const words = FREQUENCY_WORDS[element.frequency] ?? { per: `per ${element.frequency}`, example: '' };
        return `${quote(element.code)} lämnas ${words.per}; ${periodCode} passar inte (till exempel ${words.example}).`;
      }
      case 'group_required':
        return `${quote(element.code)} delas upp per yrkesgrupp: ange en yrkesgrupp.`;
      case 'group_not_allowed':
        return `${quote(element.code)} delas inte upp per yrkesgrupp: lämna yrkesgruppen tom.`;
      case 'not_integer':
        return `${quote(element.code)} tar bara heltal.`;
      case 'out_of_range': {
        const { min, max } = problem;
        if (min !== null && max !== null)
          return `Värdet för ${quote(element.code)} ska ligga mellan ${swedishNumber(min)} och ${swedishNumber(max)}.`;
        if (min !== null) return `Värdet för ${quote(element.code)} får inte vara mindre än ${swedishNumber(min)}.`;
        return `Värdet för ${quote(element.code)} får inte vara större än ${swedishNumber(max ?? 0)}.`;
      }
    }
  },
};
