import { ApiError } from '../../errors';

export const userErrors = {
  notFound: (id: string) => new ApiError(404, 'users.not_found', `No user ${id} in this municipality.`),
  emailTaken: (email: string) =>
    new ApiError(409, 'users.email_taken', `A user with the email address ${email} exists already.`, [
      { field: 'body.email', message: 'is taken' },
    ]),
  cannotDisableSelf: () =>
    new ApiError(409, 'users.cannot_disable_self', 'You cannot disable your own account; ask another administrator.', [
      { field: 'body.disabled', message: 'is yourself' },
    ]),
  unionIncomplete: () =>
    new ApiError(400, 'users.union_incomplete', 'A union member needs both a union and a reference group (or neither).', [
      { field: 'body.union', message: 'goes with referenceGroup' },
      { field: 'body.referenceGroup', message: 'goes with union' },
    ]),
  unionNotInReferenceGroup: (union: string, group: string) =>
    new ApiError(400, 'users.union_not_in_reference_group', `The union ${union} has no seat in the reference group ${group}.`, [
      { field: 'body.union', message: 'is not part of the reference group' },
    ]),
  unionRoleHeld: () =>
    new ApiError(409, 'users.union_role_held', 'The user holds a union role: remove it before changing their union or reference group.', [
      { field: 'body.referenceGroup', message: 'cannot change while a union role is held' },
    ]),
  unionNotFound: (code: string) =>
    new ApiError(404, 'unions.not_found', `No union ${code}.`, [{ field: 'body.union', message: 'unknown union' }]),
  referenceGroupNotFound: (code: string) =>
    new ApiError(404, 'reference_groups.not_found', `No reference group ${code}.`, [
      { field: 'body.referenceGroup', message: 'unknown reference group' },
    ]),
};

export const roleErrors = {
  notFound: (id: string) => new ApiError(404, 'roles.not_found', `No role grant ${id} in this municipality.`),
  unitsRequired: (role: string) =>
    new ApiError(400, 'roles.units_required', `The role ${role} is limited to units: name at least one.`, [
      { field: 'body.units', message: 'is required' },
    ]),
  unitsNotAllowed: (role: string) =>
    new ApiError(400, 'roles.units_not_allowed', `The role ${role} covers every unit and takes no units.`, [
      { field: 'body.units', message: 'is not allowed' },
    ]),
  unitsOutsideReferenceGroup: (codes: readonly string[]) =>
    new ApiError(400, 'roles.units_outside_reference_group', `The user's reference group does not cover ${codes.join(', ')}.`, [
      { field: 'body.units', message: 'outside the reference group' },
    ]),
  notUnionMember: () =>
    new ApiError(409, 'roles.not_union_member', 'The union role needs a union member: give the user a union and a reference group first.'),
  validUntilInPast: () =>
    new ApiError(400, 'roles.valid_until_in_past', 'validUntil must lie in the future.', [
      { field: 'body.validUntil', message: 'must be in the future' },
    ]),
  cannotRemoveOwnAdmin: () =>
    new ApiError(409, 'roles.cannot_remove_own_admin', 'You cannot remove your own last administrator role; ask another administrator.'),
};
