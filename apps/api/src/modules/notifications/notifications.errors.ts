import { ApiError } from '../../errors';

export const notificationErrors = {
  notFound: (id: string) => new ApiError(404, 'notifications.not_found', `No message "${id}" in your inbox.`),
  peopleOnly: () => new ApiError(403, 'notifications.people_only', 'The inbox belongs to a person; an API token has none.'),
};
