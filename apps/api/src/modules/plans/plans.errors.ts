import { notFound } from '../../lookups/lookups';

export const planNotFound = (planId: string, field?: string) => notFound('plans', planId, field);
