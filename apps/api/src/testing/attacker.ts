/**
 * What an attacker collects from the API to solve for hidden small numbers: the shapes of the answers they
 * read, and one key per entered value (an atom of the linear system).
 */
export interface Figure {
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
}

export interface Values {
  municipality: Figure & { completeness: { missingUnits: string[] } };
  units: Array<Figure & { unit: string }>;
}

export interface Entered {
  dataElement: string;
  unit: string;
  group: string | null;
  period: string;
  value: number | null;
  suppressed: boolean;
}

/** Every group combined (null), then each professional group of the demo. */
export const GROUPS = [null, 'BIST', 'SOC', 'CHEF'] as const;

export const atom = (element: string, unit: string, group: string | null, period: string) => `${element}|${unit}|${group ?? ''}|${period}`;
