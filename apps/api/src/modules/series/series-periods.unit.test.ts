import { describe, expect, it } from 'vitest';
import { seriesPeriods } from './series.service';

describe('the periods of a goal’s series', () => {
  it('are the tertials from the start to the chosen period', () => {
    expect(seriesPeriods('tertial', '2022-T3', '2023-T2')).toEqual(['2022-T3', '2023-T1', '2023-T2']);
  });
  it('are whole years for a yearly goal, up to the last year ended by the chosen period', () => {
    expect(seriesPeriods('year', '2022-T3', '2025-T2')).toEqual(['2022', '2023', '2024']);
  });
  it('are at least the chosen period itself', () => {
    expect(seriesPeriods('tertial', '2025-T2', '2025-T2')).toEqual(['2025-T2']);
  });
});
