import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/http';
import { useFormAction } from './use-form-action';

describe('a form being sent', () => {
  it('is busy while sending, gives the result and clears an earlier error', async () => {
    const action = useFormAction();
    action.refuse('client.form_incomplete');
    let release: (value: string) => void = () => undefined;
    const sending = action.run(() => new Promise<string>((resolve) => (release = resolve)));
    expect(action.busy.value).toBe(true);
    expect(action.errorCode.value).toBeNull();
    release('saved');
    await expect(sending).resolves.toBe('saved');
    expect(action.busy.value).toBe(false);
  });

  it("keeps the API's code of a failure, and the client's own code for anything else", async () => {
    const action = useFormAction();
    await expect(action.run(() => Promise.reject(new ApiRequestError(409, 'users.email_taken', 'taken')))).resolves.toBeUndefined();
    expect(action.errorCode.value).toBe('users.email_taken');
    expect(action.busy.value).toBe(false);
    await action.run(() => Promise.reject(new Error('bug')));
    expect(action.errorCode.value).toBe('client.unexpected');
  });

  it('sends once on a double click', async () => {
    const action = useFormAction();
    let sent = 0;
    const work = () => new Promise<void>((resolve) => setTimeout(() => resolve(void (sent += 1)), 1));
    await Promise.all([action.run(work), action.run(work)]);
    expect(sent).toBe(1);
  });
});
