/**
 * CPU time per process (and its descendants) from /proc, to see where a load run's time
 * goes: gateway, subgraphs, PostgreSQL, or the load generator itself. Linux only.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

interface Stat {
  pid: number;
  ppid: number;
  comm: string;
  ticks: number;
}

function allStats(): Stat[] {
  const stats: Stat[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = text.lastIndexOf(')');
      const fields = text.slice(close + 2).split(' ');
      stats.push({
        pid: Number(entry),
        ppid: Number(fields[1]),
        comm: text.slice(text.indexOf('(') + 1, close),
        ticks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // the process ended meanwhile
    }
  }
  return stats;
}

/** CPU milliseconds so far of each named process tree, plus every `postgres` process together. */
export function cpuSnapshot(roots: Map<string, number>): Map<string, number> {
  const stats = allStats();
  const children = new Map<number, Stat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  const byPid = new Map(stats.map((s) => [s.pid, s]));
  const tree = (pid: number): number =>
    (byPid.get(pid)?.ticks ?? 0) + (children.get(pid) ?? []).reduce((sum, c) => sum + tree(c.pid), 0);
  const out = new Map<string, number>();
  for (const [name, pid] of roots) out.set(name, tree(pid) * TICK_MS);
  out.set('postgres (all)', stats.filter((s) => s.comm === 'postgres').reduce((sum, s) => sum + s.ticks, 0) * TICK_MS);
  const self = process.cpuUsage();
  out.set('load generator (this process)', (self.user + self.system) / 1000);
  return out;
}

export function cpuDelta(before: Map<string, number>, after: Map<string, number>): Map<string, number> {
  // A process that exits in between (a PostgreSQL backend) takes its ticks with it: never below 0.
  return new Map([...after].map(([name, ms]) => [name, Math.max(0, ms - (before.get(name) ?? 0))]));
}
