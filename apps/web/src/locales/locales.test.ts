import { describe, expect, it } from 'vitest';
import { messages } from './messages';

const { sv, en } = messages;

const keys = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key))
    : [prefix];

describe('locale files', () => {
  it('have the same keys in Swedish and English, so no text falls back silently', () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
  });
  it('have no empty text', () => {
    for (const messages of [sv, en]) {
      const walk = (value: unknown): void => {
        if (typeof value === 'string') expect(value.trim()).not.toBe('');
        else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
      };
      walk(messages);
    }
  });
});
