import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '@kampung/devtools';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_RESTART_POLICY,
  NO_CRASHES,
  backoffDelay,
  decideRestart,
  supervise,
  watchHealth,
  type CrashHistory,
  type RestartPolicy,
} from './supervisor.js';

describe('restart policy', () => {
  it('waits 0.5 s, then doubles, never more than 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((attempt) => backoffDelay(attempt))).toEqual([
      500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
    expect(backoffDelay(10_000)).toBe(30_000);
  });

  it('grows the delay for crashes in a row and starts over after a stable minute', () => {
    let history: CrashHistory = NO_CRASHES;
    const delays: number[] = [];
    let t = 1_000_000;
    for (let i = 0; i < 4; i++) {
      const decision = decideRestart(history, t, t + 2_000);
      if (decision.action !== 'restart') throw new Error('gave up too early');
      delays.push(decision.delayMs);
      history = decision.history;
      t += 2_000 + decision.delayMs;
    }
    expect(delays).toEqual([500, 1_000, 2_000, 4_000]);
    // Up for a minute: well again, the next crash waits the shortest delay.
    const afterStableRun = decideRestart(history, t, t + 60_000);
    expect(afterStableRun).toMatchObject({ action: 'restart', delayMs: 500, attempt: 1 });
  });

  it('gives up after more than maxCrashes crashes within the window, and forgets crashes older than it', () => {
    const policy = DEFAULT_RESTART_POLICY;
    let history: CrashHistory = NO_CRASHES;
    let t = 0;
    for (let i = 0; i < policy.maxCrashes; i++) {
      const decision = decideRestart(history, t, t + 61_000, policy);
      expect(decision.action).toBe('restart');
      history = decision.history;
      t += 61_000;
    }
    const last = decideRestart(history, t, t + 1_000, policy);
    expect(last).toMatchObject({ action: 'give-up', crashesInWindow: policy.maxCrashes + 1 });
    // The same number of crashes spread over more than the window is not a reason to give up.
    history = NO_CRASHES;
    t = 0;
    for (let i = 0; i < policy.maxCrashes * 3; i++) {
      const decision = decideRestart(history, t, t + policy.windowMs / 4, policy);
      expect(decision.action).toBe('restart');
      history = decision.history;
      t += policy.windowMs / 4;
    }
  });
});

describe('supervising real processes', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kampung-supervisor-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const fast: RestartPolicy = {
    initialDelayMs: 20,
    maxDelayMs: 160,
    stableAfterMs: 10_000,
    maxCrashes: 4,
    windowMs: 60_000,
  };

  /** A tiny service: notes each start in `log`, then crashes after `lifeMs` (or runs on when negative). */
  function script(name: string, lifeMs: number): () => Promise<ChildProcess> {
    const file = path.join(dir, `${name}.mjs`);
    const log = path.join(dir, `${name}.log`);
    writeFileSync(log, '');
    writeFileSync(
      file,
      `import { appendFileSync } from 'node:fs';
appendFileSync(${JSON.stringify(log)}, process.pid + '\\n');
console.log('ready');
${lifeMs >= 0 ? `setTimeout(() => process.exit(3), ${lifeMs});` : 'setInterval(() => {}, 1000);'}
`,
    );
    return async () => {
      // Ready once it has noted its start (a real service: once it answers its health check).
      const child = spawn(process.execPath, [file], { stdio: ['ignore', 'pipe', 'ignore'] });
      await once(child.stdout!, 'data');
      child.stdout!.resume();
      return child;
    };
  }
  const starts = (name: string) =>
    readFileSync(path.join(dir, `${name}.log`), 'utf8')
      .split('\n')
      .filter(Boolean);

  it('restarts a process that crashes, with growing delays, and gives up loudly after too many crashes', async () => {
    const start = script('crasher', 30);
    const events: string[] = [];
    let gaveUp: () => void = () => {};
    const givenUp = new Promise<void>((resolve) => (gaveUp = resolve));
    const supervisor = supervise(
      [{ name: 'crasher', current: await start(), restart: start }],
      {
        onExit: (name, exit) => events.push(`exit ${name} ${exit.code}`),
        onRestartScheduled: (name, delayMs) => events.push(`restart ${name} in ${delayMs}`),
        onGiveUp: (name, crashes) => {
          events.push(`give up ${name} after ${crashes}`);
          gaveUp();
        },
      },
      fast,
    );
    await givenUp;
    supervisor.stop();
    expect(events).toEqual([
      'exit crasher 3',
      'restart crasher in 20',
      'exit crasher 3',
      'restart crasher in 40',
      'exit crasher 3',
      'restart crasher in 80',
      'exit crasher 3',
      'restart crasher in 160',
      'exit crasher 3',
      'give up crasher after 5',
    ]);
    // Five real processes, each its own pid.
    expect(new Set(starts('crasher')).size).toBe(5);
    expect(supervisor.restarts.get('crasher')).toBe(4);
    expect(supervisor.givenUp.has('crasher')).toBe(true);
  });

  it('brings back a process killed from outside, and the new one keeps running', async () => {
    const start = script('victim', -1);
    const first = await start();
    let restarted: (child: ChildProcess) => void = () => {};
    const back = new Promise<ChildProcess>((resolve) => (restarted = resolve));
    const service = {
      name: 'victim',
      current: first,
      restart: async () => {
        const child = await start();
        restarted(child);
        return child;
      },
    };
    const supervisor = supervise([service], {}, fast);
    first.kill('SIGKILL');
    const second = await back;
    expect(second.pid).not.toBe(first.pid);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(second.exitCode).toBeNull();
    expect(starts('victim')).toHaveLength(2);
    supervisor.stop();
    second.kill('SIGTERM');
    await once(second, 'exit');
  });

  it('restarts nothing once stopped (Ctrl-C): the exits of a shutdown are expected', async () => {
    const start = script('calm', -1);
    const child = await start();
    const supervisor = supervise([{ name: 'calm', current: child, restart: start }], {}, fast);
    supervisor.stop();
    child.kill('SIGTERM');
    await once(child, 'exit');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(starts('calm')).toHaveLength(1);
    expect(supervisor.restarts.size).toBe(0);
  });

  it('counts a restart that fails (dies while starting) as another crash', async () => {
    const start = script('flaky', -1);
    const child = await start();
    const failures: string[] = [];
    let attempts = 0;
    let done: () => void = () => {};
    const finished = new Promise<void>((resolve) => (done = resolve));
    const supervisor = supervise(
      [
        {
          name: 'flaky',
          current: child,
          restart: async () => {
            attempts += 1;
            if (attempts < 3) throw new Error('exited with code 1 while starting');
            const next = await start();
            done();
            return next;
          },
        },
      ],
      {
        onRestartFailed: (name) => failures.push(name),
        onRestartScheduled: (_name, delayMs) => failures.push(`in ${delayMs}`),
      },
      fast,
    );
    child.kill('SIGKILL');
    await finished;
    expect(failures).toEqual(['in 20', 'flaky', 'in 40', 'flaky', 'in 80']);
    supervisor.stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const [, pid] = starts('flaky');
    process.kill(Number(pid), 'SIGTERM');
  });

  it('kills a process that stops answering its health check, and the supervisor brings it back', async () => {
    const port = await freePort();
    const marker = path.join(dir, 'hung-once');
    const file = path.join(dir, 'hangs.mjs');
    const log = path.join(dir, 'hangs.log');
    writeFileSync(log, '');
    // Answers /health; the first run's event loop blocks for good after 300 ms (alive, but deaf).
    writeFileSync(
      file,
      `import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
appendFileSync(${JSON.stringify(log)}, process.pid + '\\n');
const first = !existsSync(${JSON.stringify(marker)});
writeFileSync(${JSON.stringify(marker)}, '');
createServer((req, res) => res.end('ok')).listen(${port}, '127.0.0.1', () => console.log('ready'));
if (first) setTimeout(() => { for (;;) {} }, 300);
`,
    );
    const start = async () => {
      const child = spawn(process.execPath, [file], { stdio: ['ignore', 'pipe', 'ignore'] });
      await once(child.stdout!, 'data');
      child.stdout!.resume();
      return child;
    };
    const events: string[] = [];
    let back: () => void = () => {};
    const isBack = new Promise<void>((resolve) => (back = resolve));
    const service = { name: 'hangs', current: await start(), restart: start };
    const supervisor = supervise(
      [service],
      {
        onExit: (name, exit) => events.push(`exit ${name} ${exit.signal}`),
        onRestarted: (name) => {
          events.push(`back ${name}`);
          back();
        },
      },
      fast,
    );
    const unwatch = watchHealth({
      name: 'hangs',
      url: `http://127.0.0.1:${port}/health`,
      intervalMs: 100,
      timeoutMs: 200,
      failures: 3,
      paused: () => supervisor.restarting.has('hangs'),
      onHung: (failures) => {
        events.push(`hung after ${failures}`);
        service.current.kill('SIGKILL');
      },
    });
    await isBack;
    expect(events).toEqual(['hung after 3', 'exit hangs SIGKILL', 'back hangs']);
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    expect(starts('hangs')).toHaveLength(2);
    unwatch();
    supervisor.stop();
    service.current.kill('SIGTERM');
    await once(service.current, 'exit');
  });
});
