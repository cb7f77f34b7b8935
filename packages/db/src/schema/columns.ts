import { customType, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Text that sorts in Swedish order (å, ä, ö after z) through PostgreSQL's ICU collation. */
export const svText = customType<{ data: string; driverData: string }>({
  dataType: () => 'text COLLATE "sv-x-icu"',
});

/** Exact decimals (numeric) read back as JavaScript numbers: reported values are small and need no bigint. */
export const decimal = customType<{ data: number; driverData: string }>({
  dataType: () => 'numeric',
  fromDriver: (value) => Number(value),
  toDriver: (value) => String(value),
});

export const id = () => uuid('id').primaryKey().defaultRandom();

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
