import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

const anna = { email: 'anna.svensson@kommun.se', displayName: 'Anna Svensson' };

describe('which new passwords may be used', () => {
  it('refuses common passwords, repeats, sequences and keyboard walks, however long', () => {
    for (const password of [
      'aaaaaaaaaaaa',
      'password1234',
      'qwertyuiop12',
      'iloveyou1234',
      '123456789012',
      'abcdefghijkl',
      'Password123!',
      'lösenord1234!',
      '111111111111',
    ]) {
      expect(passwordProblem(password, anna), password).toBe('auth.password_too_common');
    }
  });

  it('refuses a password made of the person’s own name or email address', () => {
    for (const password of ['anna.svensson1', 'AnnaSvensson2025', 'svensson-anna!', 'anna.svensson@kommun.se', 'anna-svensson-99']) {
      expect(passwordProblem(password, anna), password).toBe('auth.password_too_personal');
    }
  });

  it('accepts long phrases and passwords that merely share a few letters with the name', () => {
    for (const password of [
      'korrekt-häst-batteri-häftklammer',
      'ett-nytt-långt-lösenord',
      'Blåbär i skogen 2025',
      'annorlunda-vägar-hem',
      'planpuls-demo',
    ]) {
      expect(passwordProblem(password, anna), password).toBeUndefined();
    }
  });
});
