import { CommentErrorCodes as codes } from '@planpuls/contracts';
import { ApiError } from '../../errors';

export const commentErrors = {
  notFound: (id: string, field?: string) =>
    new ApiError(
      404,
      codes.notFound,
      `No comment "${id}" in this municipality.`,
      field ? [{ field, message: 'is not a comment' }] : undefined,
    ),
  subjectInvalid: (message: string, field?: string) =>
    new ApiError(400, codes.subjectInvalid, `A comment is about exactly one goal, target, activity or figure: ${message}`, [
      { ...(field ? { field } : {}), message },
    ]),
  subjectNotFound: (field: string, value: string) =>
    new ApiError(404, codes.subjectNotFound, `Nothing "${value}" to comment on in this municipality.`, [
      { field, message: 'is not known' },
    ]),
  unitForbidden: (unit: string) =>
    new ApiError(403, codes.unitForbidden, `You comment on figures of your own units only, not of "${unit}".`, [
      { field: 'unit', message: 'is outside your units' },
    ]),
  notAuthor: () => new ApiError(403, codes.notAuthor, 'Only the author may change a comment.'),
  editWindowClosed: (minutes: number) =>
    new ApiError(
      409,
      codes.editWindowClosed,
      `A comment can be changed for ${minutes} minutes after it was written; after that it stays as it is. Reply instead.`,
    ),
  resolveForbidden: () =>
    new ApiError(
      403,
      codes.resolveForbidden,
      'Only the author of the thread, the steering group or an administrator may resolve or reopen it.',
    ),
  mentionUnknown: (details: Array<{ field: string; message: string }>) =>
    new ApiError(400, codes.mentionUnknown, 'Only users of your municipality can be mentioned.', details),
  peopleOnly: () => new ApiError(403, 'auth.forbidden', 'Only people write comments.'),
};
