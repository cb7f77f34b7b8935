import type { CommentQuery } from '@planpuls/contracts';
import { commentErrors as errors } from './comments.errors';

/** What a thread is about, as the client names it: a goal, target or activity by id, a figure by codes. */
export type SubjectReference =
  | { kind: 'goal' | 'target' | 'activity'; id: string }
  | { kind: 'figure'; indicator: string; unit: string; group: string | null; period: string };

const FIGURE_FIELDS = ['indicator', 'unit', 'group', 'period'] as const;

/** Exactly one subject out of the subject fields of a query or a body, or 400 `comments.subject_invalid`. */
export function subjectOf(fields: CommentQuery, where: 'query' | 'body'): SubjectReference {
  const byId = (['goal', 'target', 'activity'] as const).filter((kind) => fields[kind] !== undefined);
  const figure = FIGURE_FIELDS.some((field) => fields[field] !== undefined);
  if (byId.length + (figure ? 1 : 0) !== 1) {
    throw errors.subjectInvalid(byId.length === 0 && !figure ? 'none given' : 'more than one given', where);
  }
  const [kind] = byId;
  if (kind) return { kind, id: fields[kind]! };
  const missing = (['indicator', 'unit', 'period'] as const).find((field) => fields[field] === undefined);
  if (missing) throw errors.subjectInvalid(`a figure needs ${missing}`, `${where}.${missing}`);
  return { kind: 'figure', indicator: fields.indicator!, unit: fields.unit!, group: fields.group ?? null, period: fields.period! };
}

/** Whether any subject field is present (a reply names its thread instead). */
export const namesSubject = (fields: CommentQuery): boolean =>
  (['goal', 'target', 'activity', ...FIGURE_FIELDS] as const).some((field) => fields[field] !== undefined);
