import { randomUUID } from 'node:crypto';
import type { Logger } from '@kampung/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import type { NotificationsEnv } from '../env.js';
import { quietUntil } from './quiet-hours.js';
import { sendDelivery } from './send.js';
import type { Adapters } from './adapters.js';

/**
 * One queue and one worker per channel (decision 032): a provider that hangs until its timeout
 * holds only its own channel's batch; email, WhatsApp and SMS never wait for each other.
 */
export const DELIVERY_QUEUES = {
  EMAIL: 'notification-delivery-email',
  WHATSAPP: 'notification-delivery-whatsapp',
  SMS: 'notification-delivery-sms',
} as const;
type QueueChannel = keyof typeof DELIVERY_QUEUES;
const QUEUE_CHANNELS = Object.keys(DELIVERY_QUEUES) as QueueChannel[];
/** pg-boss keeps its tables in a schema of its own beside `notifications`. */
export const QUEUE_SCHEMA = 'notifications_queue';

/** Jobs a worker fetches and sends at once. */
const BATCH_SIZE = 20;

export interface QueuedDelivery {
  id: string;
  channel: string;
  urgent: boolean;
}

const isQueueChannel = (channel: string): channel is QueueChannel => channel in DELIVERY_QUEUES;

/** The job of one delivery: its data is the delivery id; pg-boss retries it with exponential backoff. */
export class DeliveryQueue {
  /** This process's workers by channel: told when jobs are queued here, so they fetch them at once. */
  private readonly workers = new Map<QueueChannel, string>();

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
      max: 5,
      // Maintenance, scheduling and monitoring stay on (one supervisor per database at a time).
    });
    boss.on('error', (error) => logger.warn({ err: error }, 'notification queue error'));
    await boss.start();
    const queue = new DeliveryQueue(boss, env);
    for (const channel of QUEUE_CHANNELS) {
      const name = DELIVERY_QUEUES[channel];
      await boss.createQueue(name, {
        name,
        retryLimit: env.NOTIFICATION_RETRY_LIMIT,
        retryDelay: env.NOTIFICATION_RETRY_DELAY_SECONDS,
        retryBackoff: true,
        expireInSeconds: 120,
      });
      const workerId = await boss.work<{ deliveryId: string }>(
        name,
        { batchSize: BATCH_SIZE, pollingIntervalSeconds: env.NOTIFICATION_POLL_SECONDS, includeMetadata: true },
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
          const done = jobs.filter((_, index) => outcomes[index]!.status === 'fulfilled').map((job) => job.id);
          if (done.length) await boss.complete(name, done);
          for (const [index, outcome] of outcomes.entries())
            if (outcome.status === 'rejected')
              await boss.fail(name, jobs[index]!.id, { reason: String(outcome.reason) });
          // pg-boss waits a polling interval after every batch; a full batch means more are waiting.
          if (jobs.length === BATCH_SIZE) queue.notifyWorker(channel);
        },
      );
      queue.workers.set(channel, workerId);
    }
    return queue;
  }

  /**
   * Queues the jobs of new deliveries; a job's id is its delivery's, so queueing a delivery twice
   * (the sweep after a crash between commit and queueing) makes one job.
   */
  async enqueue(deliveries: QueuedDelivery[], now = new Date(), options: { freshJob?: boolean } = {}): Promise<void> {
    const jobs: PgBoss.JobInsert<{ deliveryId: string }>[] = [];
    const startsNow = new Set<QueueChannel>();
    for (const delivery of deliveries) {
      if (!isQueueChannel(delivery.channel)) continue;
      const after = delivery.urgent ? null : quietUntil(now, this.env.NOTIFICATION_QUIET_HOURS);
      jobs.push({
        name: DELIVERY_QUEUES[delivery.channel],
        id: options.freshJob ? randomUUID() : delivery.id,
        data: { deliveryId: delivery.id },
        ...(after ? { startAfter: after } : {}),
      });
      if (!after) startsNow.add(delivery.channel);
    }
    // One statement for the lot; a job id already queued is skipped (on conflict do nothing).
    if (jobs.length) await this.boss.insert(jobs);
    for (const channel of startsNow) this.notifyWorker(channel);
  }

  /** The channel's worker fetches now instead of after its polling interval. */
  private notifyWorker(channel: QueueChannel): void {
    const workerId = this.workers.get(channel);
    if (workerId) this.boss.notifyWorker(workerId);
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
