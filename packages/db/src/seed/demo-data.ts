import demoJson from './stockholm-demo.json' with { type: 'json' };

/** The shape of stockholm-demo.json: reference data addressed by codes, as an administrator would enter it. */
export interface DemoData {
  municipality: { code: string; name: string; koladaId: string | null };
  units: Array<{ code: string; name: string; kind: 'central' | 'district' }>;
  professionalGroups: Array<{ code: string; name: string }>;
  unions: Array<{ code: string; name: string }>;
  /** `scope` is `all` (a central group) or the codes of the units a local group covers; `unions` are union codes. */
  referenceGroups: Array<{ code: string; name: string; scope: 'all' | string[]; unions: string[] }>;
  dataElements: Array<{
    code: string;
    name: string;
    definition: string;
    valueType: 'integer' | 'decimal';
    timeAggregation: 'sum' | 'average' | 'last';
    frequency: 'year' | 'tertial' | 'quarter' | 'month';
    disaggregation: 'professional_group' | 'none';
    /** Whether the element counts people: small counts of people are suppressed for some readers. */
    countsPeople: boolean;
    min?: number;
    max?: number;
  }>;
  indicators: Array<{
    code: string;
    name: string;
    unitOfMeasure: string;
    kind: 'share' | 'ratio' | 'count';
    decimals: number;
    source: string;
    formulaVersion: number;
    numerator: string[];
    denominator?: string;
    factor: number;
    window: 'none' | 'rolling_12_months';
  }>;
  plans: DemoPlan[];
  demoUsers: Array<{
    email: string;
    displayName: string;
    role: 'admin' | 'steering' | 'hr' | 'union' | 'viewer';
    units?: string[];
    union?: string;
    referenceGroup?: string;
  }>;
}

export interface DemoPlan {
  code: string;
  name: string;
  status: 'draft' | 'adopted' | 'archived';
  /** Period codes. */
  validFrom?: string;
  validTo?: string;
  reportingFrequency?: 'year' | 'tertial' | 'quarter' | 'month';
  adoption?: { date: string; decision: string };
  /** Code of the plan this one revises. */
  previousVersion?: string;
  focusAreas: Array<{ code: string; name: string; goals?: DemoGoal[] }>;
  activities?: Array<{
    code: string;
    goal: string;
    name: string;
    owner: string;
    unit: string;
    start: string;
    due: string;
    definitionOfDone: string;
    status: 'not_started' | 'ongoing' | 'done' | 'delayed' | 'cancelled';
  }>;
}

export interface DemoGoal {
  code: string;
  name: string;
  indicator: string;
  owner: string;
  dataSource: string;
  frequency: 'year' | 'tertial' | 'quarter' | 'month';
  targets: DemoTarget[];
}

export interface DemoTarget {
  group?: string;
  kind: 'range' | 'at_most' | 'at_least' | 'exact';
  level: 'unit' | 'city';
  value?: number;
  min?: number;
  max?: number;
  deadline: string;
  /** Fixed (`value` with its period, source and note) or computed from the data of a period (`fromData`). */
  baseline: { fromData: string } | { value: number; period?: string; source?: string; note?: string };
  /** Period code → value. */
  milestones?: Record<string, number>;
  references?: Array<{ label: string; value: number; period?: string; source?: string }>;
}

export const stockholmDemo = demoJson as DemoData;
