/**
 * Continuous percentiles of whole minutes from histograms (distinct values with their counts),
 * computed exactly as PostgreSQL's `percentile_cont` computes them from the rows (decision 029):
 * position p × (n − 1) in the sorted values, interpolated linearly between the two neighbouring
 * order statistics, in the same double arithmetic, so the results are equal, not close.
 */
export class MinuteCounts {
  private readonly values: number[] = [];
  private readonly counts: number[] = [];
  private total = 0;
  private min = Infinity;
  private max = -Infinity;

  /** How many values (requests) were added. */
  get size(): number {
    return this.total;
  }

  add(value: number, count: number): void {
    if (count <= 0) return;
    this.values.push(value);
    this.counts.push(count);
    this.total += count;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  addAll(other: MinuteCounts): void {
    for (let i = 0; i < other.values.length; i++) this.add(other.values[i]!, other.counts[i]!);
  }

  /** A histogram row as SQL `array_to_string(minutes, ',')` and `array_to_string(counts, ',')` give it. */
  addText(values: string, counts: string): void {
    const v = parseIntegers(values);
    const c = parseIntegers(counts);
    if (v.length !== c.length) throw new Error('histogram: minutes and counts differ in length');
    for (let i = 0; i < v.length; i++) this.add(v[i]!, c[i]!);
  }

  /** `percentile_cont(p) within group (order by minutes)` for each p in [0, 1]; null when empty. */
  percentiles(fractions: readonly number[]): (number | null)[] {
    if (this.total === 0) return fractions.map(() => null);
    const positions = fractions.map((p) => p * (this.total - 1));
    const ranks = [...new Set(positions.flatMap((x) => [Math.floor(x), Math.ceil(x)]))].sort((a, b) => a - b);
    const valueAt = this.valuesAtRanks(ranks);
    return positions.map((position) => {
      const first = Math.floor(position);
      const second = Math.ceil(position);
      const low = valueAt.get(first)!;
      if (second === first) return low;
      const high = valueAt.get(second)!;
      return low + (high - low) * (position - first);
    });
  }

  /**
   * The values at the given 0-based ranks (ascending), in one pass: over dense counts when the
   * values span a range not much wider than their number (minutes usually do: no sort at all),
   * otherwise over the values sorted.
   */
  private valuesAtRanks(ranks: number[]): Map<number, number> {
    const found = new Map<number, number>();
    let next = 0;
    let seen = 0;
    const visit = (value: number, count: number): boolean => {
      seen += count;
      while (next < ranks.length && ranks[next]! < seen) found.set(ranks[next++]!, value);
      return next === ranks.length;
    };
    const span = this.max - this.min + 1;
    if (span <= Math.max(65_536, 4 * this.total)) {
      const dense = new Float64Array(span);
      for (let i = 0; i < this.values.length; i++) dense[this.values[i]! - this.min]! += this.counts[i]!;
      for (let offset = 0; offset < span; offset++)
        if (dense[offset] && visit(this.min + offset, dense[offset]!)) break;
    } else {
      const order = this.values.map((_, i) => i).sort((a, b) => this.values[a]! - this.values[b]!);
      for (const i of order) if (visit(this.values[i]!, this.counts[i]!)) break;
    }
    return found;
  }
}

/** "12,-3,40" → [12, -3, 40], without a string per number; "" → []. */
export function parseIntegers(text: string): number[] {
  const out: number[] = [];
  if (text.length === 0) return out;
  let value = 0;
  let negative = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 44) {
      out.push(negative ? -value : value);
      value = 0;
      negative = false;
    } else if (code === 45) negative = true;
    else if (code >= 48 && code <= 57) value = value * 10 + (code - 48);
    else throw new Error(`histogram: not an integer list: ${text.slice(0, 40)}`);
  }
  out.push(negative ? -value : value);
  return out;
}
