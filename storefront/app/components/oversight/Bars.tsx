/**
 * Bar charts drawn as SVG on the server: no client JavaScript, a viewBox that scales to a phone's
 * width, a title and description for screen readers and each bar's value in its <title>.
 */
export interface Bar {
  label: string;
  value: number;
  /** A darker part of the bar (e.g. on time), at most `value`. */
  part?: number;
  note?: string;
}

export function BarChart({ title, description, bars }: { title: string; description?: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = 320;
  const height = 160;
  const top = 16;
  const bottom = 28;
  const slot = width / Math.max(1, bars.length);
  const barWidth = Math.max(4, slot * 0.7);
  const scale = (v: number) => ((height - top - bottom) * v) / max;
  const id = title.replace(/\W+/g, '-').toLowerCase();
  return (
    <figure className="ovs-chart">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>
          {description ? `${description} ` : ''}
          {bars.map((b) => `${b.label}: ${b.value}${b.part !== undefined ? ` (${b.part})` : ''}`).join('; ')}
        </desc>
        <line x1="0" y1={height - bottom} x2={width} y2={height - bottom} className="ovs-axis" />
        {bars.map((b, i) => {
          const x = i * slot + (slot - barWidth) / 2;
          const h = scale(b.value);
          const p = b.part === undefined ? 0 : scale(Math.min(b.part, b.value));
          return (
            <g key={b.label}>
              <title>{`${b.label}: ${b.value}${b.note ? ` · ${b.note}` : ''}`}</title>
              <rect x={x} y={height - bottom - h} width={barWidth} height={h} className="ovs-bar" />
              {p > 0 && <rect x={x} y={height - bottom - p} width={barWidth} height={p} className="ovs-bar-part" />}
              {bars.length <= 12 && b.value > 0 && (
                <text x={x + barWidth / 2} y={height - bottom - h - 3} textAnchor="middle" className="ovs-value">
                  {b.value}
                </text>
              )}
              <text x={x + barWidth / 2} y={height - bottom + 12} textAnchor="middle" className="ovs-label">
                {b.label}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

const MONTHS_ID = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-03" → "Mar" (with the year's last two digits in January). */
export function monthLabel(month: string, locale: 'id' | 'en'): string {
  const [year, m] = month.split('-');
  const name = (locale === 'en' ? MONTHS_EN : MONTHS_ID)[Number(m) - 1] ?? month;
  return m === '01' ? `${name} ${year?.slice(2)}` : name;
}
