/** The one summary line bench/regency.ts prints and bench/run.ts reads back. */
export interface RegencyFigures {
  leagueP50: number;
  leagueP95: number;
  queueP50: number;
  queueP95: number;
  seedMs: number;
  requests: number;
}

type Timing = { p50: number; p95: number };

export const regencyLine = (f: { league: Timing; queue: Timing; seedMs: number; requests: number }): string =>
  `regency: league p50 ${f.league.p50.toFixed(1)} ms, p95 ${f.league.p95.toFixed(1)} ms; ` +
  `queue p50 ${f.queue.p50.toFixed(1)} ms, p95 ${f.queue.p95.toFixed(1)} ms; seed ${f.seedMs} ms; ${f.requests} requests`;

export function parseRegency(lines: string[]): RegencyFigures | null {
  const pattern =
    /^regency: league p50 ([\d.]+) ms, p95 ([\d.]+) ms; queue p50 ([\d.]+) ms, p95 ([\d.]+) ms; seed (\d+) ms; (\d+) requests/;
  const match = lines.map((l) => pattern.exec(l)).find(Boolean);
  if (!match) return null;
  const [leagueP50, leagueP95, queueP50, queueP95, seedMs, requests] = match.slice(1).map(Number) as number[];
  return {
    leagueP50: leagueP50!,
    leagueP95: leagueP95!,
    queueP50: queueP50!,
    queueP95: queueP95!,
    seedMs: seedMs!,
    requests: requests!,
  };
}
