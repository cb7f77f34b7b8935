/** What a cell holds once read: text from CSV and text cells, numbers from numeric Excel cells. */
export type Cell = string | number | null;

/** One row of a sheet as both readers (CSV and Excel) give it. */
export interface SheetRow {
  /** The row number a spreadsheet program shows (1-based, blank rows counted). */
  number: number;
  cells: Cell[];
}
