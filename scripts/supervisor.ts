/**
 * Restarts what dies (decision 024). `npm start` runs every service as a child process; when
 * one exits without being asked to, it is started again after a delay that doubles with each
 * crash in a row (0.5 s, 1 s, 2 s … at most 30 s), and the run of crashes is forgiven once the
 * service has stayed up for a minute. Too many crashes in a window and the supervisor gives
 * up on that service, loudly, rather than restarting it forever.
 */
import type { ChildProcess } from 'node:child_process';

export interface RestartPolicy {
  /** Delay before the first restart. */
  initialDelayMs: number;
  /** The delay doubles up to this. */
  maxDelayMs: number;
  /** Up this long, a service is well again: the next crash starts from `initialDelayMs`. */
  stableAfterMs: number;
  /** More crashes than this within `windowMs` and the service is given up on. */
  maxCrashes: number;
  windowMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  initialDelayMs: 500,
  maxDelayMs: 30_000,
  stableAfterMs: 60_000,
  maxCrashes: 10,
  windowMs: 10 * 60_000,
};

export interface CrashHistory {
  /** Crashes in a row, without a stable run between them. */
  consecutive: number;
  /** When the recent crashes happened (ms since the epoch), oldest first. */
  crashes: number[];
}

export const NO_CRASHES: CrashHistory = { consecutive: 0, crashes: [] };

export type RestartDecision =
  | { action: 'restart'; delayMs: number; attempt: number; history: CrashHistory }
  | { action: 'give-up'; crashesInWindow: number; history: CrashHistory };

/** The delay before restart number `attempt` (1-based): doubling, capped. */
export function backoffDelay(attempt: number, policy: RestartPolicy = DEFAULT_RESTART_POLICY): number {
  const exponent = Math.max(0, attempt - 1);
  // 2^exponent overflows nothing here: the cap is reached long before.
  return Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.min(exponent, 30));
}

/** What to do about a service that started at `startedAt` and exited at `exitedAt`. */
export function decideRestart(
  history: CrashHistory,
  startedAt: number,
  exitedAt: number,
  policy: RestartPolicy = DEFAULT_RESTART_POLICY,
): RestartDecision {
  const stable = exitedAt - startedAt >= policy.stableAfterMs;
  const crashes = [...history.crashes.filter((at) => at > exitedAt - policy.windowMs), exitedAt];
  const next: CrashHistory = { consecutive: stable ? 1 : history.consecutive + 1, crashes };
  if (crashes.length > policy.maxCrashes) return { action: 'give-up', crashesInWindow: crashes.length, history: next };
  return {
    action: 'restart',
    delayMs: backoffDelay(next.consecutive, policy),
    attempt: next.consecutive,
    history: next,
  };
}

export interface SupervisorEvents {
  /** An exit nobody asked for. Only the name, exit code or signal and uptime: nothing a request carried. */
  onExit?: (name: string, exit: { code: number | null; signal: NodeJS.Signals | null; uptimeMs: number }) => void;
  onRestartScheduled?: (name: string, delayMs: number, attempt: number) => void;
  onRestarted?: (name: string, attempt: number) => void;
  onRestartFailed?: (name: string, error: unknown) => void;
  onGiveUp?: (name: string, crashesInWindow: number, windowMs: number) => void;
}

export interface SupervisedService {
  name: string;
  /** The running process, to watch for its exit. */
  current: ChildProcess;
  /** Starts it again (and waits until it is ready); rejects if it dies while starting. */
  restart: () => Promise<ChildProcess>;
}

export interface Supervisor {
  /** Stops watching: exits after this are expected (shutdown), nothing is restarted. */
  stop: () => void;
  /** Services between a crash and being back (waiting out the delay, or starting). */
  restarting: Set<string>;
  /** Restarts so far, per service. */
  restarts: Map<string, number>;
  /** Services given up on. */
  givenUp: Set<string>;
}

export function supervise(
  services: SupervisedService[],
  events: SupervisorEvents = {},
  policy: RestartPolicy = DEFAULT_RESTART_POLICY,
  now: () => number = Date.now,
): Supervisor {
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const restarts = new Map<string, number>();
  const givenUp = new Set<string>();
  const restarting = new Set<string>();

  const watch = (service: SupervisedService, child: ChildProcess, startedAt: number, history: CrashHistory) => {
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      if (stopped) return;
      const exitedAt = now();
      events.onExit?.(service.name, { code, signal, uptimeMs: exitedAt - startedAt });
      handleCrash(service, startedAt, exitedAt, history);
    };
    // Already gone (it died between being started and being watched): handle it now.
    if (child.exitCode !== null || child.signalCode !== null) onExit(child.exitCode, child.signalCode);
    else child.once('exit', onExit);
  };

  const handleCrash = (service: SupervisedService, startedAt: number, exitedAt: number, history: CrashHistory) => {
    const decision = decideRestart(history, startedAt, exitedAt, policy);
    restarting.add(service.name);
    if (decision.action === 'give-up') {
      restarting.delete(service.name);
      givenUp.add(service.name);
      events.onGiveUp?.(service.name, decision.crashesInWindow, policy.windowMs);
      return;
    }
    events.onRestartScheduled?.(service.name, decision.delayMs, decision.attempt);
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (stopped) return;
      const restartedAt = now();
      service.restart().then(
        (child) => {
          if (stopped) return;
          restarts.set(service.name, (restarts.get(service.name) ?? 0) + 1);
          restarting.delete(service.name);
          service.current = child;
          events.onRestarted?.(service.name, decision.attempt);
          watch(service, child, restartedAt, decision.history);
        },
        (error: unknown) => {
          if (stopped) return;
          // Died (or never became ready) while starting: another crash of the same run.
          events.onRestartFailed?.(service.name, error);
          handleCrash(service, restartedAt, now(), decision.history);
        },
      );
    }, decision.delayMs);
    timers.add(timer);
  };

  for (const service of services) watch(service, service.current, now(), NO_CRASHES);

  return {
    restarts,
    givenUp,
    restarting,
    stop: () => {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}

export interface HealthWatchOptions {
  name: string;
  /** Its health endpoint, e.g. http://127.0.0.1:4001/health. */
  url: string;
  intervalMs?: number;
  /** Each check waits this long for an answer. */
  timeoutMs?: number;
  /** This many failed checks in a row and the process counts as hung. */
  failures?: number;
  /** Skip checks (and forget failures) meanwhile: while it is being restarted. */
  paused?: () => boolean;
  /** Called once per hang: kill it, and the supervisor restarts it. */
  onHung: (failures: number) => void;
}

/**
 * A process that is alive but no longer answers (a blocked event loop, a deadlock) does not exit,
 * so nothing restarts it. This asks its health endpoint every `intervalMs`; after `failures`
 * misses in a row it reports the hang, once, and starts counting again.
 */
export function watchHealth(options: HealthWatchOptions): () => void {
  const { intervalMs = 10_000, timeoutMs = 3_000, failures = 3 } = options;
  let missed = 0;
  let checking = false;
  const timer = setInterval(() => {
    if (checking) return;
    if (options.paused?.()) {
      missed = 0;
      return;
    }
    checking = true;
    fetch(options.url, { signal: AbortSignal.timeout(timeoutMs) })
      .then((response) => response.ok)
      .catch(() => false)
      .then((ok) => {
        checking = false;
        if (options.paused?.()) return;
        missed = ok ? 0 : missed + 1;
        if (missed < failures) return;
        missed = 0;
        options.onHung(failures);
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
