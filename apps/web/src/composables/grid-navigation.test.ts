import { describe, expect, it } from 'vitest';
import { moveInGrid } from './use-grid-navigation';

const size = { rows: 3, cols: 4 };

describe('moving through a grid with the keyboard', () => {
  it('moves one cell with an arrow and stops at the edges', () => {
    expect(moveInGrid('ArrowRight', false, { row: 1, col: 1 }, size)).toEqual({ row: 1, col: 2 });
    expect(moveInGrid('ArrowRight', false, { row: 1, col: 3 }, size)).toEqual({ row: 1, col: 3 });
    expect(moveInGrid('ArrowLeft', false, { row: 1, col: 0 }, size)).toEqual({ row: 1, col: 0 });
    expect(moveInGrid('ArrowDown', false, { row: 2, col: 1 }, size)).toEqual({ row: 2, col: 1 });
    expect(moveInGrid('ArrowUp', false, { row: 1, col: 2 }, size)).toEqual({ row: 0, col: 2 });
  });

  it('goes to the ends of the row with Home and End, and to the corners with Ctrl', () => {
    expect(moveInGrid('Home', false, { row: 1, col: 2 }, size)).toEqual({ row: 1, col: 0 });
    expect(moveInGrid('End', false, { row: 1, col: 0 }, size)).toEqual({ row: 1, col: 3 });
    expect(moveInGrid('Home', true, { row: 2, col: 2 }, size)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid('End', true, { row: 0, col: 0 }, size)).toEqual({ row: 2, col: 3 });
  });

  it('leaves other keys to the cell', () => {
    expect(moveInGrid('Enter', false, { row: 0, col: 0 }, size)).toBeNull();
    expect(moveInGrid('a', false, { row: 0, col: 0 }, size)).toBeNull();
  });
});
