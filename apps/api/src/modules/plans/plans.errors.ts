import { ErrorCodes } from '@planpuls/contracts';
import { ApiError } from '../../errors';

export const planNotFound = (planId: string) => new ApiError(404, ErrorCodes.planNotFound, `No plan "${planId}" in this municipality.`);
