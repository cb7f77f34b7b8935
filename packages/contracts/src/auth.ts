import { Type, type Static } from 'typebox';
import { CodeSchema, IdSchema, Nullable } from './common';

export const RoleSchema = Type.Union([
  Type.Literal('admin'),
  Type.Literal('steering'),
  Type.Literal('hr'),
  Type.Literal('union'),
  Type.Literal('viewer'),
]);
export type Role = Static<typeof RoleSchema>;

export const LoginSchema = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
    municipality: Type.Optional(CodeSchema),
  },
  { additionalProperties: false },
);
export type Login = Static<typeof LoginSchema>;

export const ChangePasswordSchema = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 1024 }),
    newPassword: Type.String({ minLength: 12, maxLength: 1024, description: 'At least 12 characters' }),
  },
  { additionalProperties: false },
);
export type ChangePassword = Static<typeof ChangePasswordSchema>;

export const MeSchema = Type.Object(
  {
    user: Type.Object(
      { id: IdSchema, email: Type.String(), displayName: Type.String(), municipality: CodeSchema },
      { additionalProperties: false },
    ),
    roles: Type.Array(
      Type.Object(
        {
          role: RoleSchema,
          allUnits: Type.Boolean({
            description: 'Whether the role reaches every unit; when false it reaches only `units` (none when empty)',
          }),
          units: Type.Array(CodeSchema, { description: 'Units the role is limited to when it does not reach every unit' }),
          validUntil: Nullable(Type.String({ format: 'date-time', description: 'A time-limited grant (a deputy) ends by itself' })),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type Me = Static<typeof MeSchema>;
