import { setTimeout as sleep } from 'node:timers/promises';
import { UnreadNotificationCountQuery } from '../graphql/notifications';
import { createClient } from './graphql.server';

/** A slow notifications subgraph must not hold every signed-in page: the bell goes without a number. */
const BELL_WAIT_MS = 1_500;

/**
 * The bell's number for the header on every page of a signed-in user: null when it cannot be
 * read in time (the bell still links to the inbox). Not through `execute`, so a notifications
 * outage does not mark every page partial or log a line per page.
 */
export async function unreadNotificationCount(request: Request): Promise<number | null> {
  const count = (async () => {
    const result = await (await createClient(request)).query(UnreadNotificationCountQuery, {}).toPromise();
    return result.data?.unreadNotificationCount ?? null;
  })().catch(() => null);
  return Promise.race([count, sleep(BELL_WAIT_MS, null, { ref: false })]);
}
