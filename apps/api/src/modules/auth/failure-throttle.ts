/**
 * Counts failed attempts (a wrong current password) per key, such as a user and an address, over a sliding
 * minute. Like the login limit it lives in the process: several API processes each count their own share.
 */
export class FailureThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxPerWindow: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
    /** Keys kept at most; beyond it the oldest go first, so a flood of addresses cannot grow memory. */
    private readonly maxKeys = 10_000,
  ) {}

  /** Whole seconds until any of these keys may try again; 0 when none is throttled. */
  retryAfterSeconds(keys: readonly string[]): number {
    const now = this.now();
    let wait = 0;
    for (const key of keys) {
      const times = this.recent(key, now);
      if (times.length >= this.maxPerWindow) wait = Math.max(wait, times[times.length - this.maxPerWindow]! + this.windowMs - now);
    }
    return wait > 0 ? Math.ceil(wait / 1000) : 0;
  }

  record(keys: readonly string[]): void {
    const now = this.now();
    for (const key of keys) {
      const times = this.recent(key, now);
      times.push(now);
      this.failures.delete(key);
      this.failures.set(key, times);
    }
    while (this.failures.size > this.maxKeys) this.failures.delete(this.failures.keys().next().value!);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((time) => time > now - this.windowMs);
  }
}
