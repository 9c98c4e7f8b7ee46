import { randomUUID } from 'node:crypto';
import type { Logger } from '@kampung/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import type { NotificationsEnv } from '../env.js';
import { quietUntil } from './quiet-hours.js';
import { sendDelivery } from './send.js';
import type { Adapters } from './adapters.js';

export const DELIVERY_QUEUE = 'notification-delivery';
/** pg-boss keeps its tables in a schema of its own beside `notifications`. */
export const QUEUE_SCHEMA = 'notifications_queue';

export interface QueuedDelivery {
  id: string;
  channel: string;
  urgent: boolean;
}

/** The job of one delivery: its data is the delivery id; pg-boss retries it with exponential backoff. */
export class DeliveryQueue {
  private constructor(
    readonly boss: PgBoss,
    private readonly env: NotificationsEnv,
  ) {}

  static async start(
    env: NotificationsEnv,
    logger: Logger,
    adapters: Adapters,
    em: () => EntityManager,
  ): Promise<DeliveryQueue> {
    const boss = new PgBoss({
      connectionString: env.DATABASE_URL,
      schema: QUEUE_SCHEMA,
      application_name: 'notifications-jobs',
      max: 4,
      // Maintenance, scheduling and monitoring stay on (one supervisor per database at a time).
    });
    boss.on('error', (error) => logger.warn({ err: error }, 'notification queue error'));
    await boss.start();
    await boss.createQueue(DELIVERY_QUEUE, {
      name: DELIVERY_QUEUE,
      retryLimit: env.NOTIFICATION_RETRY_LIMIT,
      retryDelay: env.NOTIFICATION_RETRY_DELAY_SECONDS,
      retryBackoff: true,
      expireInSeconds: 120,
    });
    const queue = new DeliveryQueue(boss, env);
    await boss.work<{ deliveryId: string }>(
      DELIVERY_QUEUE,
      { batchSize: 5, pollingIntervalSeconds: env.NOTIFICATION_POLL_SECONDS, includeMetadata: true },
      async (jobs) => {
        const outcomes = await Promise.allSettled(
          jobs.map((job) =>
            sendDelivery(em(), env, adapters, logger, job.data.deliveryId, {
              lastTry: job.retryCount >= job.retryLimit,
            }).then(async (outcome) => {
              if (outcome === 'RETRY') throw new Error('provider asked for a retry');
            }),
          ),
        );
        // Settle each job on its own: one provider failure must not retry its batch neighbours.
        for (const [index, outcome] of outcomes.entries()) {
          const job = jobs[index]!;
          if (outcome.status === 'fulfilled') await boss.complete(DELIVERY_QUEUE, job.id);
          else await boss.fail(DELIVERY_QUEUE, job.id, { reason: String(outcome.reason) });
        }
      },
    );
    return queue;
  }

  /**
   * Queues the jobs of new deliveries; a job's id is its delivery's, so queueing a delivery twice
   * (the sweep after a crash between commit and queueing) makes one job.
   */
  async enqueue(deliveries: QueuedDelivery[], now = new Date(), options: { freshJob?: boolean } = {}): Promise<void> {
    for (const delivery of deliveries) {
      if (delivery.channel === 'IN_APP') continue;
      const after = delivery.urgent ? null : quietUntil(now, this.env.NOTIFICATION_QUIET_HOURS);
      await this.boss.send(
        DELIVERY_QUEUE,
        { deliveryId: delivery.id },
        { id: options.freshJob ? randomUUID() : delivery.id, ...(after ? { startAfter: after } : {}) },
      );
    }
  }

  /** Re-queues deliveries still QUEUED a minute after they were made (their job was never queued). */
  async sweep(em: EntityManager): Promise<number> {
    const rows = await em.getConnection().execute<{ id: string; channel: string; urgent: boolean }[]>(
      `select d.id, d.channel, e.urgent from "notifications"."deliveries" d join "notifications"."events" e on e.id = d.event_id
        where d.status = 'QUEUED' and d.channel <> 'IN_APP' and d.created_at < now() - interval '1 minute'
          and d.attempts = 0 limit 500`,
    );
    await this.enqueue(rows);
    return rows.length;
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
