export * from './common';
export * from './errors';
export * from './health';
export * from './reference-data';
export * from './plans';
export * from './data-values';
export * from './figures';
export * from './progress';
