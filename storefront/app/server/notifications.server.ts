import { UnreadNotificationCountQuery } from '../graphql/notifications';
import { createClient } from './graphql.server';

/**
 * The bell's number for the header on every page of a signed-in user: null when it cannot be
 * read (the bell still links to the inbox). Not through `execute`, so a notifications outage
 * does not mark every page partial or log a line per page.
 */
export async function unreadNotificationCount(request: Request): Promise<number | null> {
  try {
    const result = await (await createClient(request)).query(UnreadNotificationCountQuery, {}).toPromise();
    return result.data?.unreadNotificationCount ?? null;
  } catch {
    return null;
  }
}
