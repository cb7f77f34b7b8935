import { ref } from 'vue';

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
    let { row, col } = from;
    switch (event.key) {
      case 'ArrowRight': col = Math.min(cols - 1, col + 1); break;
      case 'ArrowLeft': col = Math.max(0, col - 1); break;
      case 'ArrowDown': row = Math.min(rows - 1, row + 1); break;
      case 'ArrowUp': row = Math.max(0, row - 1); break;
      case 'Home': col = 0; if (event.ctrlKey) row = 0; break;
      case 'End': col = cols - 1; if (event.ctrlKey) row = rows - 1; break;
      default: return;
    }
    event.preventDefault();
    const target = cells.find((c) => Number(c.dataset.gridRow) === row && Number(c.dataset.gridCol) === col);
    if (!target) return;
    active.value = { row, col };
    target.focus();
  }

  return { active, tabIndex, onFocusin, onKeydown };
}
