import { ApiError } from '../../errors';

export const professionalGroupErrors = {
  notFound: (ref: string, field?: string) =>
    new ApiError(404, 'professional_groups.not_found', `No professional group "${ref}" in this municipality.`, field ? [{ field, message: 'is not a professional group of this municipality' }] : undefined),
  codeTaken: (code: string) =>
    new ApiError(409, 'professional_groups.code_taken', `A professional group with the code "${code}" exists already.`, [{ field: 'body.code', message: 'is taken' }]),
  inUse: (code: string, uses: string[]) =>
    new ApiError(409, 'professional_groups.in_use', `The professional group ${code} is still referenced (${uses.join(', ')}) and cannot be deleted.`),
};
