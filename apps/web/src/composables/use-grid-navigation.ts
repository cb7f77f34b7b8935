import { ref } from 'vue';

export interface GridCellPosition {
  row: number;
  col: number;
}

/**
 * Where a key moves the focus in a grid of `rows` × `cols` (WAI-ARIA grid pattern): arrows one cell, stopping
 * at the edges; Home/End to the ends of the row, with Ctrl to the first or last cell of the grid. Null for a
 * key that does not move. The one rule of movement for every grid (the heat map, the reporting grid).
 */
export function moveInGrid(
  key: string,
  ctrlKey: boolean,
  from: GridCellPosition,
  size: { rows: number; cols: number },
): GridCellPosition | null {
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  switch (key) {
    case 'ArrowRight':
      return { row: from.row, col: Math.min(lastCol, from.col + 1) };
    case 'ArrowLeft':
      return { row: from.row, col: Math.max(0, from.col - 1) };
    case 'ArrowDown':
      return { row: Math.min(lastRow, from.row + 1), col: from.col };
    case 'ArrowUp':
      return { row: Math.max(0, from.row - 1), col: from.col };
    case 'Home':
      return { row: ctrlKey ? 0 : from.row, col: 0 };
    case 'End':
      return { row: ctrlKey ? lastRow : from.row, col: lastCol };
    default:
      return null;
  }
}

/**
 * Keyboard navigation of a data grid (WAI-ARIA grid pattern): one tab stop for the whole grid, arrow
 * keys move between cells, Home/End to the ends of a row, Ctrl+Home/End to the corners. Every cell
 * holds one focusable element marked `data-grid-row` / `data-grid-col`; Enter is left to that element
 * (a link opens, a button sorts).
 */
export function useGridNavigation() {
  const active = ref({ row: 0, col: 0 });

  const tabIndex = (row: number, col: number) => (active.value.row === row && active.value.col === col ? 0 : -1);

  const position = (element: Element | null) => {
    const cell = element?.closest<HTMLElement>('[data-grid-row]');
    if (!cell) return null;
    return { row: Number(cell.dataset.gridRow), col: Number(cell.dataset.gridCol) };
  };

  function onFocusin(event: FocusEvent): void {
    const found = position(event.target as Element);
    if (found) active.value = found;
  }

  function onKeydown(event: KeyboardEvent): void {
    const grid = event.currentTarget as HTMLElement;
    const from = position(event.target as Element);
    if (!from) return;
    const cells = [...grid.querySelectorAll<HTMLElement>('[data-grid-row]')];
    const rows = Math.max(...cells.map((c) => Number(c.dataset.gridRow))) + 1;
    const cols = Math.max(...cells.map((c) => Number(c.dataset.gridCol))) + 1;
    const next = moveInGrid(event.key, event.ctrlKey, from, { rows, cols });
    if (!next) return;
    event.preventDefault();
    const target = cells.find((c) => Number(c.dataset.gridRow) === next.row && Number(c.dataset.gridCol) === next.col);
    if (!target) return;
    active.value = next;
    target.focus();
  }

  return { active, tabIndex, onFocusin, onKeydown };
}
