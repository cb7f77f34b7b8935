import { Type, type Static } from 'typebox';
import { DateSchema, IdSchema, Nullable } from './common';

const Paging = {
  page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
};

export const NotificationSchema = Type.Object(
  {
    id: IdSchema,
    kind: Type.String({ description: 'What happened, e.g. cycle_opened, due_soon, overdue, mentioned, report_returned' }),
    title: Type.String(),
    body: Type.String(),
    link: Nullable(Type.String({ description: 'Path in the app the message leads to' })),
    createdAt: Type.String({ format: 'date-time' }),
    readAt: Nullable(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);
export type Notification = Static<typeof NotificationSchema>;

export const NotificationQuerySchema = Type.Object(
  { unreadOnly: Type.Boolean({ default: false }), ...Paging },
  { additionalProperties: false },
);
export type NotificationQuery = Static<typeof NotificationQuerySchema>;

export const NotificationPageSchema = Type.Object(
  {
    items: Type.Array(NotificationSchema, { description: 'Unread first, then newest first' }),
    page: Type.Integer(),
    pageSize: Type.Integer(),
    total: Type.Integer(),
    unread: Type.Integer({ description: 'Unread messages in the whole inbox' }),
  },
  { additionalProperties: false },
);
export type NotificationPage = Static<typeof NotificationPageSchema>;

export const NotificationParamsSchema = Type.Object({ notificationId: IdSchema }, { additionalProperties: false });

export const ReadAllResultSchema = Type.Object(
  { marked: Type.Integer({ description: 'Messages marked read now' }) },
  { additionalProperties: false },
);

export const OutboxEmailSchema = Type.Object(
  {
    id: IdSchema,
    to: Type.String(),
    subject: Type.String(),
    body: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
    sentAt: Nullable(Type.String({ format: 'date-time' })),
    attempts: Type.Integer(),
    lastError: Nullable(Type.String()),
  },
  { additionalProperties: false },
);
export type OutboxEmail = Static<typeof OutboxEmailSchema>;

export const OutboxQuerySchema = Type.Object({ unsentOnly: Type.Boolean({ default: false }), ...Paging }, { additionalProperties: false });
export type OutboxQuery = Static<typeof OutboxQuerySchema>;

export const OutboxPageSchema = Type.Object(
  {
    items: Type.Array(OutboxEmailSchema, { description: 'Newest first' }),
    page: Type.Integer(),
    pageSize: Type.Integer(),
    total: Type.Integer(),
    smtpConfigured: Type.Boolean({ description: 'Whether queued email is sent; without SMTP it stays here' }),
  },
  { additionalProperties: false },
);

export const OverdueReportSchema = Type.Object(
  {
    cycleId: IdSchema,
    unitReportId: IdSchema,
    plan: Type.Object({ id: IdSchema, code: Type.String(), name: Type.String() }, { additionalProperties: false }),
    period: Type.Object({ id: IdSchema, code: Type.String() }, { additionalProperties: false }),
    unit: Type.Object({ id: IdSchema, code: Type.String(), name: Type.String() }, { additionalProperties: false }),
    state: Type.Union([Type.Literal('open'), Type.Literal('returned')]),
    dueOn: DateSchema,
    daysOverdue: Type.Integer({ minimum: 1, description: 'Calendar days since dueOn, Europe/Stockholm' }),
  },
  { additionalProperties: false },
);
export type OverdueReport = Static<typeof OverdueReportSchema>;

export const OverdueReportListSchema = Type.Object(
  { today: DateSchema, items: Type.Array(OverdueReportSchema, { description: 'Most overdue first' }) },
  { additionalProperties: false },
);
export type OverdueReportList = Static<typeof OverdueReportListSchema>;
