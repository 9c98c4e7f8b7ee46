import type { BaseEnv, SubgraphServices } from '@kampung/shared';
import { deleteOldSecrets } from './recovery/one-time-secret.js';
import { deleteEndedSessions } from './sessions/session.service.js';
import { SignInThrottle } from './throttle/throttle.service.js';

const EVERY_MS = 60 * 60_000;

/** Hourly: deletes sessions long over and throttle counters long quiet. */
export async function startHousekeeping({ orm, logger }: SubgraphServices<BaseEnv>): Promise<() => Promise<void>> {
  const sweep = async () => {
    try {
      const em = orm.em.fork();
      await deleteEndedSessions(em);
      await SignInThrottle.forgetStale(em);
      await deleteOldSecrets(em);
    } catch (error) {
      logger.warn({ err: error }, 'accounts housekeeping failed; retried in an hour');
    }
  };
  const timer = setInterval(() => void sweep(), EVERY_MS);
  timer.unref();
  return async () => clearInterval(timer);
}
