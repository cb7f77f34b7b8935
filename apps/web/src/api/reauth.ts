/**
 * Session expiry without losing what the user typed: a write that answers 401 is kept, the user is asked
 * to log in again, and the same write is sent once more. Several writes failing at the same time share
 * one question. Pure logic (no DOM), so it is tested on its own.
 */
export interface ReauthOptions {
  /** Whether a failure means "the session has ended" (and not, for example, a wrong password). */
  isExpired: (error: unknown) => boolean;
  /** Asks the user to log in again; true once logged in, false when they gave up. */
  ask: () => Promise<boolean>;
  /** Told when a kept write went through after logging in again. */
  onRetried?: () => void;
}

export function createReauthGate(options: ReauthOptions) {
  let asking: Promise<boolean> | null = null;

  /** One question for every write waiting at the same time. */
  function ask(): Promise<boolean> {
    asking ??= options.ask().finally(() => {
      asking = null;
    });
    return asking;
  }

  /** Runs `attempt`; when the session has ended, asks to log in again and runs it once more. */
  async function run<T>(attempt: () => Promise<T>): Promise<T> {
    try {
      return await attempt();
    } catch (error) {
      if (!options.isExpired(error)) throw error;
      if (!(await ask())) throw error;
      const result = await attempt();
      options.onRetried?.();
      return result;
    }
  }

  return { run, ask };
}
