import { Type, type Static } from 'typebox';
import { RoleSchema } from './auth';
import { CodeSchema, IdSchema, Nullable } from './common';
import { NameSchema, Patch } from './write-common';

const EmailSchema = Type.String({ format: 'email', minLength: 3, maxLength: 254 });
const PasswordSchema = Type.String({ minLength: 12, maxLength: 1024, description: 'At least 12 characters; stored hashed (argon2id)' });

/** A role held by a user: possibly limited to units, possibly until a time (a deputy over the summer). */
export const RoleGrantSchema = Type.Object(
  {
    id: IdSchema,
    role: RoleSchema,
    allUnits: Type.Boolean({
      description: 'Whether the role reaches every unit; when false it reaches only `units`, and none at all when that is empty',
    }),
    units: Type.Array(CodeSchema, { description: 'Units the role is limited to when it does not reach every unit; empty then means none' }),
    validUntil: Nullable(Type.String({ format: 'date-time', description: 'A time-limited grant ends by itself at this time' })),
    active: Type.Boolean({ description: 'False once validUntil has passed; expired grants stay listed' }),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type RoleGrant = Static<typeof RoleGrantSchema>;

/**
 * A person as administrators see them. Union membership is sensitive personal data (GDPR art. 9): it is
 * answered here, to administrators, and nowhere public.
 */
export const UserSchema = Type.Object(
  {
    id: IdSchema,
    email: Type.String(),
    displayName: Type.String(),
    disabled: Type.Boolean({ description: 'A disabled user can neither log in nor do anything with an open session' }),
    union: Nullable(CodeSchema),
    referenceGroup: Nullable(CodeSchema),
    hasPassword: Type.Boolean({ description: 'False for people who log in with single sign-on only' }),
    singleSignOn: Type.Boolean({ description: 'Bound to an identity of the single sign-on provider' }),
    passwordChangedAt: Nullable(Type.String({ format: 'date-time' })),
    createdAt: Type.String({ format: 'date-time' }),
    roles: Type.Array(RoleGrantSchema, { description: 'Every grant, expired ones included (active: false)' }),
  },
  { additionalProperties: false },
);
export type User = Static<typeof UserSchema>;

export const UserQuerySchema = Type.Object(
  {
    role: Type.Optional(RoleSchema),
    unit: Type.Optional(CodeSchema),
    disabled: Type.Optional(Type.Boolean()),
  },
  {
    additionalProperties: false,
    description:
      'role: users who hold it now; unit: users with an active grant limited to that unit; disabled: only disabled (true) or enabled (false) users',
  },
);
export type UserQuery = Static<typeof UserQuerySchema>;

export const CreateUserSchema = Type.Object(
  {
    email: EmailSchema,
    displayName: NameSchema,
    password: Type.Optional(PasswordSchema),
    union: Type.Optional(CodeSchema),
    referenceGroup: Type.Optional(CodeSchema),
  },
  { additionalProperties: false, description: 'union and referenceGroup go together, for union members only' },
);
export type CreateUser = Static<typeof CreateUserSchema>;

export const UpdateUserSchema = Patch(
  Type.Object({
    email: EmailSchema,
    displayName: NameSchema,
    disabled: Type.Boolean({ description: 'Disabling ends every session of the user at once' }),
    union: Nullable(CodeSchema),
    referenceGroup: Nullable(CodeSchema),
  }),
);
export type UpdateUser = Static<typeof UpdateUserSchema>;

export const SetPasswordSchema = Type.Object({ password: PasswordSchema }, { additionalProperties: false });
export type SetPassword = Static<typeof SetPasswordSchema>;

export const CreateRoleGrantSchema = Type.Object(
  {
    role: RoleSchema,
    units: Type.Optional(
      Type.Array(CodeSchema, {
        minItems: 1,
        maxItems: 500,
        uniqueItems: true,
        description: 'Required for HR and a local union reference group; not allowed otherwise',
      }),
    ),
    validUntil: Type.Optional(Type.String({ format: 'date-time', description: 'In the future: the grant ends by itself then (a deputy)' })),
  },
  { additionalProperties: false },
);
export type CreateRoleGrant = Static<typeof CreateRoleGrantSchema>;

export const UserParamsSchema = Type.Object({ userId: IdSchema }, { additionalProperties: false });
export const RoleGrantParamsSchema = Type.Object({ roleId: IdSchema }, { additionalProperties: false });
