/** What the global setup hands every test file: the server and the template databases of this run. */
declare module 'vitest' {
  export interface ProvidedContext {
    planpulsDb: { serverUrl: string; templates: { empty: string; demo: string }; runId: string };
  }
}
export {};
