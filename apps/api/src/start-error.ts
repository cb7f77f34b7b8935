/** A start-up failure in words: its message and stack, or what was thrown, never a bare `undefined`. */
export function describeStartError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  if (error === undefined || error === null) return `an error without a description (${String(error)}) was thrown`;
  try {
    return typeof error === 'string' ? error : JSON.stringify(error);
  } catch {
    return String(error);
  }
}
