import type { ErrorCode } from '@planpuls/contracts';
import { messages } from './messages';

/**
 * Codes the web app sets itself, for failures it finds before (or instead of) asking the API: no network,
 * an unexpected fault, a form left incomplete, a value in the grid that fails its own checks.
 */
export const CLIENT_ERROR_CODES = [
  'network.unreachable',
  'client.unexpected',
  'client.form_incomplete',
  'client.union_incomplete',
  'client.choose_file',
  'client.explanation_empty',
  'client.comment_required',
  'dialogue.empty_text',
  'dialogue.position_incomplete',
  'dialogue.activity_incomplete',
  'dialogue.decision_required',
  'cell.not_a_number',
  'cell.not_integer',
  'cell.out_of_range',
  'cell.wrong_frequency',
  'cell.group_required',
  'cell.group_not_allowed',
  'cell.cannot_clear',
  'cell.reason_required',
] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];
/** Every code the web app turns into words: the contract's closed list and its own. */
export type KnownErrorCode = ErrorCode | ClientErrorCode;

export type Locale = keyof typeof messages;

function lookup(locale: Locale, code: string): string | undefined {
  let node: unknown = (messages[locale] as Record<string, unknown>).errors;
  for (const part of code.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * The one place where an error code becomes a sentence: `errors.<code>` in the locale files (a code's dot
 * nests, `plans.not_found` is `errors.plans.not_found`), or a general sentence naming the code when a server
 * newer than this app sends a code it does not know yet.
 */
export function errorText(code: string, locale: Locale): string {
  return lookup(locale, code) ?? lookup(locale, 'unknown')!.replace('{code}', code);
}

/** Whether a code has a text of its own in the locale (and not the general sentence). */
export const hasErrorText = (code: string, locale: Locale): boolean => lookup(locale, code) !== undefined;
