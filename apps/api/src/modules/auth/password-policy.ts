import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { ApiError } from '../../errors';

/** zxcvbn's score 3: about 10^8 guesses, "safely unguessable" against online attacks that are throttled. */
const MINIMUM_SCORE = 3;
/** Characters a password must have besides the person's own name and email address. */
const MINIMUM_OWN_PART = 8;
/** Beyond this many characters the estimate changes nothing, and its cost grows with the length. */
const ESTIMATED_LENGTH = 100;

let estimator: ZxcvbnFactory | undefined;

/**
 * zxcvbn-ts with its common-password list (the most used passwords of public breaches), English words and
 * names, and keyboard patterns; built on first use, since building the dictionaries takes a moment.
 */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    // A few Swedish words that people build passwords from, besides the lists' own.
    dictionary: {
      ...common.dictionary,
      ...english.dictionary,
      swedish: ['lösenord', 'losenord', 'sommar', 'vinter', 'hösten', 'våren', 'stockholm', 'kommun', 'välkommen', 'hemligt'],
    },
    graphs: common.adjacencyGraphs,
  });
  return estimator;
}

export interface PasswordOwner {
  email: string;
  displayName: string;
}

/**
 * The words of a person's name and of their email address before the @, lower-cased (`Anna Svensson`,
 * `anna.svensson@…`), and the whole address; the domain alone is the organisation's, shared by everyone.
 */
function personalWords({ email, displayName }: PasswordOwner): string[] {
  const local = email.toLowerCase().split('@')[0] ?? '';
  const words = [email.toLowerCase(), local, ...local.split(/[^\p{L}\p{N}]+/u), ...displayName.toLowerCase().split(/[^\p{L}\p{N}]+/u)];
  return [...new Set(words.filter((word) => word.length >= 3))].sort((a, b) => b.length - a.length);
}

export type PasswordProblem = 'auth.password_too_common' | 'auth.password_too_personal';

/**
 * Why a new password is refused, or undefined when it may be used. The length (12 or more) is checked by the
 * schema; here: not made of the person's own name or email address, and not among the common passwords,
 * keyboard walks, repeats or sequences (12 × `a`, `password1234`, `qwertyuiop12`).
 */
export function passwordProblem(password: string, owner: PasswordOwner): PasswordProblem | undefined {
  const words = personalWords(owner);
  let ownPart = password.toLowerCase();
  for (const word of words) ownPart = ownPart.replaceAll(word, '');
  if (ownPart.replace(/[^\p{L}\p{N}]/gu, '').length < MINIMUM_OWN_PART) return 'auth.password_too_personal';
  const { score } = zxcvbn().check(password.slice(0, ESTIMATED_LENGTH), words);
  return score < MINIMUM_SCORE ? 'auth.password_too_common' : undefined;
}

const MESSAGES: Record<PasswordProblem, string> = {
  'auth.password_too_common':
    'The password is too easy to guess: it is a common password or a simple pattern. Choose a longer phrase of unrelated words.',
  'auth.password_too_personal': 'The password is made mostly of your name or email address. Choose one that has nothing to do with you.',
};

/** Refuses a password that may not be used (400, naming the field it came in). */
export function assertPasswordAllowed(password: string, owner: PasswordOwner, field: string): void {
  const problem = passwordProblem(password, owner);
  if (problem)
    throw new ApiError(400, problem, MESSAGES[problem], [
      { field, message: problem === 'auth.password_too_common' ? 'is too easy to guess' : 'is made of your name or email address' },
    ]);
}
