import { describe, expect, it, vi } from 'vitest';
import { createReauthGate } from './reauth';

class Expired extends Error {}
const isExpired = (error: unknown) => error instanceof Expired;

describe('keeping a write when the session has ended', () => {
  it('asks to log in again, sends the same write once more and reports success', async () => {
    const attempt = vi.fn().mockRejectedValueOnce(new Expired()).mockResolvedValueOnce('saved');
    const ask = vi.fn().mockResolvedValue(true);
    const onRetried = vi.fn();
    const gate = createReauthGate({ isExpired, ask, onRetried });
    await expect(gate.run(attempt)).resolves.toBe('saved');
    expect(ask).toHaveBeenCalledTimes(1);
    expect(attempt).toHaveBeenCalledTimes(2);
    expect(onRetried).toHaveBeenCalledTimes(1);
  });

  it('gives the original error back when the user gives up, without sending again', async () => {
    const expired = new Expired();
    const attempt = vi.fn().mockRejectedValue(expired);
    const gate = createReauthGate({ isExpired, ask: () => Promise.resolve(false) });
    await expect(gate.run(attempt)).rejects.toBe(expired);
    expect(attempt).toHaveBeenCalledTimes(1);
  });

  it('does not ask for other failures', async () => {
    const ask = vi.fn();
    const gate = createReauthGate({ isExpired, ask });
    await expect(gate.run(() => Promise.reject(new Error('conflict')))).rejects.toThrow('conflict');
    expect(ask).not.toHaveBeenCalled();
  });

  it('asks once for several writes that fail at the same time, and sends each again', async () => {
    let release: (ok: boolean) => void = () => undefined;
    const ask = vi.fn(() => new Promise<boolean>((resolve) => (release = resolve)));
    const gate = createReauthGate({ isExpired, ask });
    const first = vi.fn().mockRejectedValueOnce(new Expired()).mockResolvedValueOnce(1);
    const second = vi.fn().mockRejectedValueOnce(new Expired()).mockResolvedValueOnce(2);
    const both = Promise.all([gate.run(first), gate.run(second)]);
    await vi.waitFor(() => expect(ask).toHaveBeenCalled());
    release(true);
    await expect(both).resolves.toEqual([1, 2]);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('does not retry a second time when the retried write fails again', async () => {
    const attempt = vi.fn().mockRejectedValue(new Expired());
    const gate = createReauthGate({ isExpired, ask: () => Promise.resolve(true) });
    await expect(gate.run(attempt)).rejects.toBeInstanceOf(Expired);
    expect(attempt).toHaveBeenCalledTimes(2);
  });
});
