import { ReportingErrorCodes, type DataElement, type DataValue, type Indicator, type ProfessionalGroup } from '@planpuls/contracts';
import {
  checkValue,
  computeIndicatorValue,
  previousPeriod,
  tryParsePeriod,
  validateUnitPeriod,
  type IndicatorDefinition,
  type IndicatorValue,
  type ValidationWarning,
  type ValueProblem,
} from '@planpuls/domain';
import { computed, reactive, ref, shallowRef, type Ref } from 'vue';
import { ApiRequestError, errorCodeOf } from '../../api/client';
import type { ClientErrorCode } from '../../locales/error-text';
import { reportingApi, type ValueKey } from '../../api/reporting';

/** One cell of the grid: a data element for one group (or the whole unit when the element is not split). */
export interface GridCell {
  id: string;
  element: DataElement;
  group: string | null;
  /** The value shown: the stored one, or what was typed and is being saved. */
  value: number | null;
  stored: DataValue | null;
  saving: boolean;
  /** A value's own checks failed, or the server refused it: an error code (`cell.*` or an API code). */
  error: string | null;
  problems: ValueProblem[];
}

export interface GridRow {
  element: DataElement;
  /** Per column (group) a cell; a row of an element without a group split has one cell spanning every column. */
  cells: GridCell[];
}

/** A write refused because someone else changed the value since it was read: theirs against mine. */
export interface ValueConflict {
  cell: GridCell;
  mine: number;
  theirs: DataValue | null;
}

export interface LiveFigure {
  indicator: Indicator;
  group: string | null;
  result: IndicatorValue | null;
}

const cellId = (element: string, group: string | null) => `${element}|${group ?? ''}`;

export const indicatorDefinition = (indicator: Indicator): IndicatorDefinition => ({
  code: indicator.code,
  kind: indicator.kind,
  numerator: indicator.formula.numerator,
  denominator: indicator.formula.denominator,
  factor: indicator.formula.factor,
  decimals: indicator.decimals,
  window: indicator.formula.window,
  formulaVersion: indicator.formula.version,
});

/**
 * The state of one unit's values for one period: cells with their stored versions, autosave one write at a
 * time, conflicts, live indicator figures and the validation rules as warnings while typing.
 */
export function useReportGrid(options: {
  unit: Ref<string>;
  period: Ref<string>;
  /** The cycle's data set; every element of the period's kind when null. */
  elementCodes: Ref<readonly string[] | null>;
  elements: Ref<DataElement[]>;
  groups: Ref<ProfessionalGroup[]>;
  indicators: Ref<Indicator[]>;
  /** Why values are changed: required after the deadline and in a submitted, approved or closed report. */
  reason: Ref<string>;
  reasonRequired: Ref<boolean>;
  /** The API refused a write for want of a reason the page did not ask for (its clock and the server's differ). */
  onReasonAsked?: () => void;
}) {
  const history = shallowRef<DataValue[]>([]);
  const cells = reactive(new Map<string, GridCell>());
  const loading = ref(true);
  const errorCode = ref<string | null>(null);
  const conflicts = ref<ValueConflict[]>([]);
  const pending = ref(0);
  const lastSavedAt = ref<Date | null>(null);
  const saveError = ref<string | null>(null);

  const gridElements = computed(() => {
    const codes = options.elementCodes.value;
    const kind = tryParsePeriod(options.period.value)?.kind;
    return options.elements.value.filter((e) => (codes ? codes.includes(e.code) : e.frequency === kind));
  });

  const rows = computed<GridRow[]>(() =>
    gridElements.value.map((element) => ({
      element,
      cells:
        element.disaggregation === 'professional_group'
          ? options.groups.value.map((g) => cells.get(cellId(element.code, g.code))!).filter(Boolean)
          : [cells.get(cellId(element.code, null))!].filter(Boolean),
    })),
  );

  async function load(): Promise<void> {
    loading.value = true;
    errorCode.value = null;
    try {
      history.value = await reportingApi.dataValues({ unit: options.unit.value });
      cells.clear();
      for (const element of gridElements.value) {
        const groups = element.disaggregation === 'professional_group' ? options.groups.value.map((g) => g.code) : [null];
        for (const group of groups) {
          const stored =
            history.value.find((v) => v.dataElement === element.code && v.group === group && v.period === options.period.value) ?? null;
          cells.set(cellId(element.code, group), {
            id: cellId(element.code, group),
            element,
            group,
            value: stored?.value ?? null,
            stored,
            saving: false,
            error: null,
            problems: [],
          });
        }
      }
    } catch (error) {
      errorCode.value = errorCodeOf(error);
    } finally {
      loading.value = false;
    }
  }

  const keyOf = (cell: GridCell): ValueKey => ({
    dataElement: cell.element.code,
    unit: options.unit.value,
    period: options.period.value,
    group: cell.group,
  });

  // Writes go one at a time, in the order they were made, so a later value never loses to an earlier one.
  let queue: Promise<void> = Promise.resolve();

  async function write(cell: GridCell, value: number, version: number | null): Promise<void> {
    cell.saving = true;
    try {
      const reason = options.reason.value.trim();
      const saved = await reportingApi.putDataValue(keyOf(cell), reason ? { value, reason } : { value }, version);
      cell.stored = saved;
      cell.value = saved.value;
      cell.error = null;
      lastSavedAt.value = new Date();
      saveError.value = null;
    } catch (error) {
      if (error instanceof ApiRequestError && (error.status === 412 || error.status === 428)) {
        const theirs = await reportingApi.dataValue(keyOf(cell)).catch(() => null);
        conflicts.value = [...conflicts.value.filter((c) => c.cell !== cell), { cell, mine: value, theirs }];
      } else {
        cell.error = errorCodeOf(error);
        saveError.value = cell.error;
        if (cell.error === ReportingErrorCodes.reasonRequired) options.onReasonAsked?.();
      }
    } finally {
      cell.saving = false;
    }
  }

  /** Checks a value like the server will (type, min, max) and, when it passes, saves it as a draft. */
  function enter(cell: GridCell, value: number | null): void {
    if (value === null) {
      cell.error = cell.stored ? ('cell.cannot_clear' satisfies ClientErrorCode) : null;
      cell.problems = [];
      return;
    }
    if (Number.isNaN(value)) {
      cell.error = 'cell.not_a_number' satisfies ClientErrorCode;
      cell.problems = [];
      return;
    }
    const problems = checkValue(cell.element, { periodCode: options.period.value, hasGroup: cell.group !== null, value });
    cell.problems = problems;
    if (problems.length > 0) {
      // Every problem the shared value checks can find has a text of its own (a new one fails to compile here).
      cell.error = `cell.${problems[0]!.code}` satisfies ClientErrorCode;
      return;
    }
    if (cell.stored && cell.stored.value === value) {
      cell.error = null;
      return;
    }
    if (options.reasonRequired.value && !options.reason.value.trim()) {
      cell.error = 'cell.reason_required' satisfies ClientErrorCode;
      return;
    }
    cell.error = null;
    cell.value = value;
    pending.value += 1;
    queue = queue.then(() => write(cell, value, cell.stored?.version ?? null)).finally(() => (pending.value -= 1));
  }

  /** The conflict is settled: keep mine over theirs (their version as If-Match), or take theirs. */
  function resolveConflict(conflict: ValueConflict, choice: 'mine' | 'theirs'): void {
    conflicts.value = conflicts.value.filter((c) => c !== conflict);
    const { cell } = conflict;
    if (choice === 'theirs') {
      cell.stored = conflict.theirs;
      cell.value = conflict.theirs?.value ?? null;
      cell.error = null;
      return;
    }
    pending.value += 1;
    queue = queue.then(() => write(cell, conflict.mine, conflict.theirs?.version ?? null)).finally(() => (pending.value -= 1));
  }

  const previousCode = computed(() => previousPeriod(options.period.value).code);

  /** Last period's value of each empty cell, entered as a starting point; returns how many cells were filled. */
  function copyLastPeriod(): number {
    let filled = 0;
    for (const cell of cells.values()) {
      if (cell.value !== null) continue;
      const last = history.value.find(
        (v) => v.dataElement === cell.element.code && v.group === cell.group && v.period === previousCode.value,
      );
      if (last?.value === null || last?.value === undefined) continue;
      enter(cell, last.value);
      filled += 1;
    }
    return filled;
  }

  /** What a formula reads: this period from the grid (as typed), earlier periods from the stored history. */
  function lookupFor(group: string | null) {
    return (element: string, period: string): number | null => {
      if (period === options.period.value) {
        const cell = cells.get(cellId(element, group)) ?? cells.get(cellId(element, null));
        if (cell) return cell.value;
      }
      return (
        history.value.find((v) => v.dataElement === element && v.period === period && (v.group === group || v.group === null))?.value ??
        null
      );
    };
  }

  /** Indicators computed from the grid's elements only, per group, as they will be once saved. */
  const liveFigures = computed<LiveFigure[]>(() => {
    const codes = new Set(gridElements.value.map((e) => e.code));
    const figures: LiveFigure[] = [];
    for (const indicator of options.indicators.value) {
      const used = [...indicator.formula.numerator, ...(indicator.formula.denominator ? [indicator.formula.denominator] : [])];
      if (!used.every((code) => codes.has(code))) continue;
      const split = used.some((code) => options.elements.value.find((e) => e.code === code)?.disaggregation === 'professional_group');
      for (const group of split ? options.groups.value.map((g) => g.code) : [null]) {
        let result: IndicatorValue | null = null;
        try {
          result = computeIndicatorValue(indicatorDefinition(indicator), options.elements.value, options.period.value, lookupFor(group));
        } catch {
          result = null;
        }
        figures.push({ indicator, group, result });
      }
    }
    return figures;
  });

  /** The validation rules across elements, per group, as warnings while typing (run again at submission). */
  const warnings = computed<{ group: string | null; warning: ValidationWarning }[]>(() => {
    const shareIndicators = options.indicators.value.map(indicatorDefinition);
    const groups: (string | null)[] = [...options.groups.value.map((g) => g.code), null];
    return groups.flatMap((group) => {
      const values: Record<string, number | null> = {};
      for (const cell of cells.values()) if (cell.group === group) values[cell.element.code] = cell.value;
      if (Object.keys(values).length === 0) return [];
      return validateUnitPeriod({ indicators: shareIndicators, values }).map((warning) => ({ group, warning }));
    });
  });

  const saveState = computed<'saving' | 'saved' | 'error' | 'idle'>(() =>
    pending.value > 0 ? 'saving' : saveError.value ? 'error' : lastSavedAt.value ? 'saved' : 'idle',
  );

  return {
    rows,
    cells,
    loading,
    errorCode,
    conflicts,
    saveState,
    lastSavedAt,
    liveFigures,
    warnings,
    previousCode,
    load,
    enter,
    resolveConflict,
    copyLastPeriod,
    /** Resolves when every write made so far has been answered. */
    flushed: () => queue,
  };
}
