import type { ErrorBody, Health, PlanSummary, ProfessionalGroup, Unit } from '@planpuls/contracts';

/** An API error with its stable code; views translate the code (`errors.<code>`). */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function getJson<T>(path: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json' } });
  } catch {
    throw new ApiRequestError(0, 'network.unreachable', 'The server could not be reached.');
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as ErrorBody | undefined)?.error;
    throw new ApiRequestError(response.status, error?.code ?? 'server.internal_error', error?.message ?? response.statusText);
  }
  return body as T;
}

type Items<T> = { items: T[] };

/** Typed calls; the types come from the contracts package the server validates with. */
export const api = {
  health: () => getJson<Health>('/api/v1/health'),
  units: () => getJson<Items<Unit>>('/api/v1/units').then((list) => list.items),
  professionalGroups: () => getJson<Items<ProfessionalGroup>>('/api/v1/professional-groups').then((list) => list.items),
  plans: () => getJson<Items<PlanSummary>>('/api/v1/plans').then((list) => list.items),
};
