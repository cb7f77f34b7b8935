import en from './en.json';
import sv from './sv.json';

type Messages = Record<string, unknown>;

/**
 * Each feature keeps its texts in `features/<feature>.sv.json` and `.en.json`, under its own top-level key,
 * so features grow without editing one shared file.
 */
const features = import.meta.glob<Messages>('./features/*.json', { eager: true, import: 'default' });

function withFeatures(base: Messages, locale: 'sv' | 'en'): Messages {
  const merged: Messages = { ...base };
  for (const [path, texts] of Object.entries(features)) {
    if (!path.endsWith(`.${locale}.json`)) continue;
    for (const [key, value] of Object.entries(texts)) {
      if (key in merged) throw new Error(`${path} redefines the top-level text key "${key}"`);
      merged[key] = value;
    }
  }
  return merged;
}

/** Typed by the base file's shape; feature keys are looked up by string like any other. */
export const messages = { sv: withFeatures(sv, 'sv'), en: withFeatures(en, 'en') } as { sv: typeof sv; en: typeof sv };
