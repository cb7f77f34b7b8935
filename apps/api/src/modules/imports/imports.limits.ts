import { importErrors } from './imports.errors';

/**
 * A time limit that starts at its first call and throws `imports.took_too_long` on any call after it has
 * passed. Called between pieces of work, so a file cannot keep an import (and its connection) busy for longer.
 */
export function timeLimit(seconds: number, now: () => number = Date.now): () => void {
  let deadline: number | undefined;
  return () => {
    const time = now();
    deadline ??= time + seconds * 1000;
    if (time > deadline) throw importErrors.tookTooLong(seconds);
  };
}

/**
 * At most `size` imports at once. An import holds a pooled connection for as long as it runs; the pool's other
 * connections stay for everything else (sign-in, reading, /health). No queue: a client beyond the limit is
 * told to come back (503 with Retry-After) rather than left waiting with its file.
 */
export class ImportSlots {
  private running = 0;

  constructor(readonly size: number) {}

  /** A release function, or undefined when every slot is taken. */
  tryAcquire(): (() => void) | undefined {
    if (this.running >= this.size) return undefined;
    this.running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
    };
  }
}
