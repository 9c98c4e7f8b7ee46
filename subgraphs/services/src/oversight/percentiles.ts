/**
 * Continuous percentiles of whole minutes from histograms (distinct values with their counts),
 * computed exactly as PostgreSQL's `percentile_cont` computes them from the rows (decision 029):
 * position p × (n − 1) in the sorted values, interpolated linearly between the two neighbouring
 * order statistics, in the same double arithmetic, so the results are equal, not close.
 */
export class MinuteCounts {
  /** Every value, repeated by its count (minutes are int4 in SQL). */
  private buffer = new Int32Array(1024);
  private total = 0;
  private min = Infinity;
  private max = -Infinity;
  private sorted = true;

  /** How many values (requests) were added. */
  get size(): number {
    return this.total;
  }

  add(value: number, count: number): void {
    if (!Number.isInteger(value) || value < -2_147_483_648 || value > 2_147_483_647)
      throw new Error(`histogram: ${value} is not an int4`);
    if (!Number.isInteger(count) || count <= 0) throw new Error(`histogram: count ${count} is not positive`);
    this.reserve(count);
    if (this.total > 0 && value < this.buffer[this.total - 1]!) this.sorted = false;
    this.buffer.fill(value, this.total, this.total + count);
    this.total += count;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  addAll(other: MinuteCounts): void {
    if (other.total === 0) return;
    this.reserve(other.total);
    if (this.total > 0 && other.buffer[0]! < this.buffer[this.total - 1]!) this.sorted = false;
    this.buffer.set(other.buffer.subarray(0, other.total), this.total);
    this.total += other.total;
    this.sorted &&= other.sorted;
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
  }

  /** A histogram row as SQL `array_to_string(minutes, ',')` and `array_to_string(counts, ',')` give it. */
  addText(values: string, counts: string): void {
    const minutes = parseIntegers(values, scratch(0));
    const times = parseIntegers(counts, scratch(1));
    if (minutes.length !== times.length) throw new Error('histogram: minutes and counts differ in length');
    let added = 0;
    for (const count of times) {
      if (count <= 0) throw new Error(`histogram: count ${count} is not positive`);
      added += count;
    }
    this.reserve(added);
    // The add() loop, inlined: leagues parse a few hundred thousand entries.
    const buffer = this.buffer;
    let end = this.total;
    for (let i = 0; i < minutes.length; i++) {
      const value = minutes[i]!;
      if (value < -2_147_483_648 || value > 2_147_483_647) throw new Error(`histogram: ${value} is not an int4`);
      if (end > 0 && value < buffer[end - 1]!) this.sorted = false;
      if (value < this.min) this.min = value;
      if (value > this.max) this.max = value;
      const count = times[i]!;
      if (count === 1) buffer[end++] = value;
      else {
        buffer.fill(value, end, end + count);
        end += count;
      }
    }
    this.total = end;
  }

  /** `percentile_cont(p) within group (order by minutes)` for each p in [0, 1]; null when empty. */
  percentiles(fractions: readonly number[]): (number | null)[] {
    if (this.total === 0) return fractions.map(() => null);
    const valueAt = this.rankedValues();
    return fractions.map((p) => {
      const position = p * (this.total - 1);
      const first = Math.floor(position);
      const second = Math.ceil(position);
      const low = valueAt(first);
      if (second === first) return low;
      const high = valueAt(second);
      return low + (high - low) * (position - first);
    });
  }

  /**
   * The k-th smallest value (0-based): straight from the buffer once sorted (natively; histogram
   * rows arrive sorted, so often it already is), or over dense counts when the values span a
   * range not much wider than their number (no sort at all).
   */
  private rankedValues(): (rank: number) => number {
    const span = this.max - this.min + 1;
    if (this.sorted || span > 2 * this.total + 1024) {
      if (!this.sorted) this.buffer.subarray(0, this.total).sort();
      this.sorted = true;
      return (rank) => this.buffer[rank]!;
    }
    const cumulative = new Float64Array(span);
    for (let i = 0; i < this.total; i++) cumulative[this.buffer[i]! - this.min]! += 1;
    for (let offset = 1; offset < span; offset++) cumulative[offset]! += cumulative[offset - 1]!;
    return (rank) => {
      // The first offset whose cumulative count exceeds the rank.
      let low = 0;
      let high = span - 1;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (cumulative[middle]! > rank) high = middle;
        else low = middle + 1;
      }
      return this.min + low;
    };
  }

  private reserve(more: number): void {
    if (this.total + more <= this.buffer.length) return;
    let capacity = this.buffer.length * 2;
    while (capacity < this.total + more) capacity *= 2;
    const grown = new Int32Array(capacity);
    grown.set(this.buffer.subarray(0, this.total));
    this.buffer = grown;
  }
}

/** Two reusable lists for parsing (the subgraph parses thousands of rows per league). */
const scratchLists: [number[], number[]] = [[], []];
const scratch = (i: 0 | 1): number[] => {
  scratchLists[i].length = 0;
  return scratchLists[i];
};

/** "12,-3,40" → [12, -3, 40] (appended to `out`), without a string per number; "" → []. */
export function parseIntegers(text: string, out: number[] = []): number[] {
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
