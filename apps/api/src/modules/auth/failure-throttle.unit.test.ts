import { describe, expect, it } from 'vitest';
import { FailureThrottle } from './failure-throttle';

describe('FailureThrottle', () => {
  it('throttles a key after the allowed failures of a minute, until the oldest of them is a minute old', () => {
    let now = 1_000_000;
    const throttle = new FailureThrottle(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(throttle.retryAfterSeconds(['user:a'])).toBe(0);
      throttle.record(['user:a', 'ip:1']);
      now += 10_000;
    }
    // Failures at 0 s, 10 s and 20 s; now is 30 s: the first ages out at 60 s.
    expect(throttle.retryAfterSeconds(['user:a'])).toBe(30);
    expect(throttle.retryAfterSeconds(['ip:1'])).toBe(30);
    expect(throttle.retryAfterSeconds(['user:b', 'ip:2'])).toBe(0);
    expect(throttle.retryAfterSeconds(['user:b', 'ip:1'])).toBe(30);
    now += 30_000;
    expect(throttle.retryAfterSeconds(['user:a'])).toBe(0);
  });

  it('keeps a bounded number of keys', () => {
    const throttle = new FailureThrottle(1, 60_000, () => 0, 100);
    for (let i = 0; i < 1000; i++) throttle.record([`ip:${i}`]);
    expect(throttle.retryAfterSeconds(['ip:999'])).toBeGreaterThan(0);
    expect(throttle.retryAfterSeconds(['ip:0'])).toBe(0);
  });
});
