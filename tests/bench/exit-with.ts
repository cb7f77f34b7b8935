/**
 * Runs a bench and ends the process with its verdict, explicitly: a missed target must end it with 1 even when
 * something is still open.
 */
export async function exitWith(bench: () => Promise<boolean>): Promise<never> {
  try {
    process.exit((await bench()) ? 0 : 1);
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
}
