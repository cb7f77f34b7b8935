import { bigint, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, svText } from './columns';

/** The tenant. Every tenant-owned row carries municipality_id, and child rows reference their parent
 * through (municipality_id, parent_id), so no row can point into another municipality. */
export const municipalities = pgTable('municipalities', {
  id: id(),
  code: text('code').notNull().unique(),
  name: svText('name').notNull(),
  koladaId: text('kolada_id'),
  createdAt: createdAt(),
});

export const municipalityId = () =>
  uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id, { onDelete: 'cascade' });

/** Bumped by triggers whenever values or the definitions figures are computed from change, so computed
 * figures can be cached per revision and stay correct across API processes. */
export const municipalityRevisions = pgTable('municipality_revisions', {
  municipalityId: uuid('municipality_id')
    .primaryKey()
    .references(() => municipalities.id, { onDelete: 'cascade' }),
  revision: bigint('revision', { mode: 'number' }).notNull().default(0),
});

/** Bumped by triggers when what the review board shows besides figures changes (positions, assessments, a review
 * closed, activities, user names): the board's ready answers are kept under it (migration 0029). */
export const municipalityDialogueRevisions = pgTable('municipality_dialogue_revisions', {
  municipalityId: uuid('municipality_id')
    .primaryKey()
    .references(() => municipalities.id, { onDelete: 'cascade' }),
  revision: bigint('revision', { mode: 'number' }).notNull().default(0),
});
