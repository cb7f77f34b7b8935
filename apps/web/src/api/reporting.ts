import type {
  ExplanationQuery,
  ImportSummary,
  NotificationQuery,
  PutDataValue,
  ReportingCycleQuery,
  ReturnReport,
  SubmitReport,
} from '@planpuls/contracts';
import { ApiRequestError, http, keepWrite } from './client';
import { call } from './http';

/** Calls for reporting (cycles, unit reports, values, explanations, imports); typed from the generated schema. */

const items = <T>(list: { items: T[] }) => list.items;
const query = (path: string, values: Record<string, string | number | undefined>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
};

/** Which value a cell holds: element × unit × period, and the group when the element is split by group. */
export interface ValueKey {
  dataElement: string;
  unit: string;
  period: string;
  group: string | null;
}

const PAGE_SIZE = 1000;

/** Every entered value matching the filters, all pages. */
async function allDataValues(filter: { unit?: string; period?: string; dataElement?: string; group?: string }) {
  const values = [];
  for (let page = 1; ; page += 1) {
    const answer = await call(http.GET('/api/v1/data-values', { params: { query: { ...filter, page, pageSize: PAGE_SIZE } } }));
    values.push(...answer.items);
    if (answer.items.length < PAGE_SIZE || values.length >= answer.total) return values;
  }
}

/**
 * A refused import: the same summary a dry run gives (400 `imports.invalid_rows`), or just the error for
 * anything else (413 too large, 415 wrong type).
 */
export class ImportRefused extends ApiRequestError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly summary: ImportSummary | null,
  ) {
    super(status, code, message);
  }
}

/**
 * Uploads a CSV or XLSX file as a form, reporting how much has been sent (XMLHttpRequest, unlike fetch,
 * tells upload progress). `onProgress` gets a share 0…1 while sending, then null while the server checks
 * and writes.
 */
export async function uploadImport(
  file: File,
  options: { dryRun: boolean; errorsLimit?: number; errorsPage?: number; reason?: string },
  onProgress: (share: number | null) => void,
): Promise<ImportSummary> {
  const url = query('/api/v1/imports', {
    dryRun: String(options.dryRun),
    errorsLimit: options.errorsLimit ?? 50,
    errorsPage: options.errorsPage ?? 1,
    reason: options.reason,
  });
  type ErrorBody = { error?: { code?: string; message?: string; details?: unknown[] } };
  // One sending of the file; a stale CSRF token or an ended session sends it again (keepWrite), the file kept.
  const send = (csrf: string) =>
    new Promise<{ status: number; code?: string; body: unknown; statusText: string }>((resolve, reject) => {
      const form = new FormData();
      form.append('file', file, file.name);
      const xhr = new XMLHttpRequest();
      xhr.open('POST', url);
      xhr.setRequestHeader('accept', 'application/json');
      xhr.setRequestHeader('x-csrf-token', csrf);
      xhr.withCredentials = true;
      xhr.upload.onprogress = (event) => onProgress(event.lengthComputable ? event.loaded / event.total : null);
      xhr.upload.onload = () => onProgress(null);
      xhr.onerror = () => reject(new ApiRequestError(0, 'network.unreachable', 'The server could not be reached.'));
      xhr.onload = () => {
        let body: unknown;
        try {
          body = JSON.parse(xhr.responseText);
        } catch {
          body = undefined;
        }
        resolve({ status: xhr.status, code: (body as ErrorBody | undefined)?.error?.code, body, statusText: xhr.statusText });
      };
      xhr.send(form);
    });
  const answer = await keepWrite(send);
  if (answer.status >= 200 && answer.status < 300) return answer.body as ImportSummary;
  const error = (answer.body as ErrorBody | undefined)?.error;
  const detail = error?.details?.[0] as (ImportSummary & { field?: string }) | undefined;
  const summary = detail && typeof detail === 'object' && 'errorsTotal' in detail ? detail : null;
  throw new ImportRefused(answer.status, error?.code ?? 'server.internal_error', error?.message ?? answer.statusText, summary);
}

type UnitReportPath = { cycleId: string; unitCode: string };
const report = (cycleId: string, unitCode: string): { params: { path: UnitReportPath } } => ({ params: { path: { cycleId, unitCode } } });

export const reportingApi = {
  cycles: (filter: ReportingCycleQuery = {}) => call(http.GET('/api/v1/reporting-cycles', { params: { query: filter } })).then(items),
  cycle: (cycleId: string) => call(http.GET('/api/v1/reporting-cycles/{cycleId}', { params: { path: { cycleId } } })),
  /** Only the caller's units (all of them for the steering group). */
  reports: (cycleId: string) => call(http.GET('/api/v1/reporting-cycles/{cycleId}/reports', { params: { path: { cycleId } } })).then(items),
  report: (cycleId: string, unitCode: string) =>
    call(http.GET('/api/v1/reporting-cycles/{cycleId}/reports/{unitCode}', report(cycleId, unitCode))),
  submit: (cycleId: string, unitCode: string, body: SubmitReport) =>
    call(http.POST('/api/v1/reporting-cycles/{cycleId}/reports/{unitCode}/submit', { ...report(cycleId, unitCode), body })),
  approve: (cycleId: string, unitCode: string) =>
    call(http.POST('/api/v1/reporting-cycles/{cycleId}/reports/{unitCode}/approve', { ...report(cycleId, unitCode), body: {} })),
  returnReport: (cycleId: string, unitCode: string, body: ReturnReport) =>
    call(http.POST('/api/v1/reporting-cycles/{cycleId}/reports/{unitCode}/return', { ...report(cycleId, unitCode), body })),

  dataValues: allDataValues,
  /** The stored value of one cell, or null when there is none (to show in a conflict). */
  dataValue: async (key: ValueKey) => {
    const found = await allDataValues({ dataElement: key.dataElement, unit: key.unit, period: key.period, group: key.group ?? undefined });
    return found.find((value) => value.group === key.group) ?? null;
  },
  /** Creates a value (no version) or changes it (`version` becomes If-Match; a stale one answers 412). */
  putDataValue: (key: ValueKey, body: PutDataValue, version: number | null) =>
    call(
      http.PUT('/api/v1/data-values/{dataElementCode}/{unitCode}/{periodCode}', {
        params: {
          path: { dataElementCode: key.dataElement, unitCode: key.unit, periodCode: key.period },
          query: { group: key.group ?? undefined },
          header: version === null ? {} : { 'if-match': `"${version}"` },
        },
        body,
      }),
    ),

  explanations: (filter: ExplanationQuery) => call(http.GET('/api/v1/explanations', { params: { query: filter } })).then(items),
  putExplanation: (key: { indicator: string; unit: string; period: string; group: string | null }, text: string, reason?: string) =>
    call(
      http.PUT('/api/v1/explanations/{indicatorCode}/{unitCode}/{periodCode}', {
        params: {
          path: { indicatorCode: key.indicator, unitCode: key.unit, periodCode: key.period },
          query: { group: key.group ?? undefined },
        },
        body: reason ? { text, reason } : { text },
      }),
    ),
};

/** The in-app inbox and the overdue list (the steering group sees every unit, HR and unions their own). */
export const notificationsApi = {
  page: (filter: NotificationQuery) => call(http.GET('/api/v1/notifications', { params: { query: filter } })),
  markRead: (notificationId: string) =>
    call(http.POST('/api/v1/notifications/{notificationId}/read', { params: { path: { notificationId } } })),
  markAllRead: () => call(http.POST('/api/v1/notifications/read-all')),
  overdue: () => call(http.GET('/api/v1/overdue-reports')),
};

/** Where the browser downloads a template (a cycle's data set for one unit, stored values filled in) or an export. */
export const downloadLinks = {
  template: (cycleId: string, unit: string, format: 'csv' | 'xlsx') =>
    query(`/api/v1/reporting-cycles/${encodeURIComponent(cycleId)}/template`, { unit, format }),
  export: (filter: { cycle?: string; unit?: string; plan?: string; period?: string }, format: 'csv' | 'xlsx') =>
    query('/api/v1/exports/data-values', { ...filter, format }),
};
