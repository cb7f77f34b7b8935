import type {
  DataValue,
  Explanation,
  ExplanationQuery,
  ImportSummary,
  Notification,
  NotificationPage,
  OverdueReportList,
  PutDataValue,
  ReportingCycle,
  ReportingCycleQuery,
  ReturnReport,
  SubmitReport,
  UnitReport,
} from '@planpuls/contracts';
import { apiRequest, ApiRequestError, currentCsrfToken } from './client';

/** Calls for reporting (cycles, unit reports, values, explanations, imports); types from the contracts package. */

const segment = encodeURIComponent;
const withQuery = (path: string, query: Record<string, string | number | undefined>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
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
async function allDataValues(query: { unit?: string; period?: string; dataElement?: string; group?: string }): Promise<DataValue[]> {
  const values: DataValue[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await apiRequest<{ items: DataValue[]; total: number }>(withQuery('/api/v1/data-values', { ...query, page, pageSize: PAGE_SIZE }));
    values.push(...answer.items);
    if (answer.items.length < PAGE_SIZE || values.length >= answer.total) return values;
  }
}

/**
 * A refused import: the same summary a dry run gives (400 `imports.invalid_rows`), or just the error for
 * anything else (413 too large, 415 wrong type).
 */
export class ImportRefused extends ApiRequestError {
  constructor(status: number, code: string, message: string, readonly summary: ImportSummary | null) {
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
  const csrf = await currentCsrfToken();
  const form = new FormData();
  form.append('file', file, file.name);
  const url = withQuery('/api/v1/imports', { dryRun: String(options.dryRun), errorsLimit: options.errorsLimit ?? 50, errorsPage: options.errorsPage ?? 1, reason: options.reason });
  return new Promise<ImportSummary>((resolve, reject) => {
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
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as ImportSummary);
      const error = (body as { error?: { code?: string; message?: string; details?: unknown[] } } | undefined)?.error;
      const detail = error?.details?.[0] as (ImportSummary & { field?: string }) | undefined;
      const summary = detail && typeof detail === 'object' && 'errorsTotal' in detail ? detail : null;
      reject(new ImportRefused(xhr.status, error?.code ?? 'server.internal_error', error?.message ?? xhr.statusText, summary));
    };
    xhr.send(form);
  });
}

export const reportingApi = {
  cycles: (query: ReportingCycleQuery = {}) =>
    apiRequest<{ items: ReportingCycle[] }>(withQuery('/api/v1/reporting-cycles', { ...query })).then((list) => list.items),
  cycle: (cycleId: string) => apiRequest<ReportingCycle>(`/api/v1/reporting-cycles/${segment(cycleId)}`),
  /** Only the caller's units (all of them for the steering group). */
  reports: (cycleId: string) => apiRequest<{ items: UnitReport[] }>(`/api/v1/reporting-cycles/${segment(cycleId)}/reports`).then((list) => list.items),
  report: (cycleId: string, unitCode: string) => apiRequest<UnitReport>(`/api/v1/reporting-cycles/${segment(cycleId)}/reports/${segment(unitCode)}`),
  submit: (cycleId: string, unitCode: string, body: SubmitReport) =>
    apiRequest<UnitReport>(`/api/v1/reporting-cycles/${segment(cycleId)}/reports/${segment(unitCode)}/submit`, { method: 'POST', body, csrf: true }),
  approve: (cycleId: string, unitCode: string) =>
    apiRequest<UnitReport>(`/api/v1/reporting-cycles/${segment(cycleId)}/reports/${segment(unitCode)}/approve`, { method: 'POST', body: {}, csrf: true }),
  returnReport: (cycleId: string, unitCode: string, body: ReturnReport) =>
    apiRequest<UnitReport>(`/api/v1/reporting-cycles/${segment(cycleId)}/reports/${segment(unitCode)}/return`, { method: 'POST', body, csrf: true }),

  dataValues: allDataValues,
  /** The stored value of one cell, or null when there is none (to show in a conflict). */
  dataValue: async (key: ValueKey): Promise<DataValue | null> => {
    const found = await allDataValues({ dataElement: key.dataElement, unit: key.unit, period: key.period, group: key.group ?? undefined });
    return found.find((value) => value.group === key.group) ?? null;
  },
  /** Creates a value (no version) or changes it (`version` becomes If-Match; a stale one answers 412). */
  putDataValue: (key: ValueKey, body: PutDataValue, version: number | null) =>
    apiRequest<DataValue>(
      withQuery(`/api/v1/data-values/${segment(key.dataElement)}/${segment(key.unit)}/${segment(key.period)}`, { group: key.group ?? undefined }),
      { method: 'PUT', body, csrf: true, headers: version === null ? {} : { 'if-match': `"${version}"` } },
    ),

  explanations: (query: ExplanationQuery) =>
    apiRequest<{ items: Explanation[] }>(withQuery('/api/v1/explanations', { ...query })).then((list) => list.items),
  putExplanation: (key: { indicator: string; unit: string; period: string; group: string | null }, text: string, reason?: string) =>
    apiRequest<Explanation>(
      withQuery(`/api/v1/explanations/${segment(key.indicator)}/${segment(key.unit)}/${segment(key.period)}`, { group: key.group ?? undefined }),
      { method: 'PUT', body: reason ? { text, reason } : { text }, csrf: true },
    ),
};

/** The in-app inbox and the overdue list (the steering group sees every unit, HR and unions their own). */
export const notificationsApi = {
  page: (query: { unreadOnly?: boolean; page?: number; pageSize?: number }) =>
    apiRequest<NotificationPage>(
      withQuery('/api/v1/notifications', { unreadOnly: query.unreadOnly === undefined ? undefined : String(query.unreadOnly), page: query.page, pageSize: query.pageSize }),
    ),
  markRead: (notificationId: string) =>
    apiRequest<Notification>(`/api/v1/notifications/${segment(notificationId)}/read`, { method: 'POST', csrf: true }),
  markAllRead: () => apiRequest<{ marked: number }>('/api/v1/notifications/read-all', { method: 'POST', csrf: true }),
  overdue: () => apiRequest<OverdueReportList>('/api/v1/overdue-reports'),
};

/** Where the browser downloads a template (a cycle's data set for one unit, stored values filled in) or an export. */
export const downloadLinks = {
  template: (cycleId: string, unit: string, format: 'csv' | 'xlsx') =>
    withQuery(`/api/v1/reporting-cycles/${segment(cycleId)}/template`, { unit, format }),
  export: (query: { cycle?: string; unit?: string; plan?: string; period?: string }, format: 'csv' | 'xlsx') =>
    withQuery('/api/v1/exports/data-values', { ...query, format }),
};
