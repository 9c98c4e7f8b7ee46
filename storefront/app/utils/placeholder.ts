import { initials } from './format';

const BACKGROUNDS = ['#7a2e0e', '#5b3a1e', '#1f3a5f', '#2f5d3a', '#8a4b08', '#6d2340'];

export const SEED_PATTERN = /^[\p{L}\p{N}_-]{1,120}$/u;

export function placeholderUrl(seed: string): string {
  return `/placeholder/${encodeURIComponent(seed)}.svg`;
}

function hash(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A square colour block with a kawung-like pattern and the seed's initials. */
export function placeholderSvg(seed: string): string {
  const h = hash(seed);
  const bg = BACKGROUNDS[h % BACKGROUNDS.length]!;
  const angle = (h >> 8) % 4 === 0 ? 0 : 45;
  const label = escapeXml(initials(seed));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" width="400" height="400">
<defs><pattern id="k" width="50" height="50" patternUnits="userSpaceOnUse" patternTransform="rotate(${angle})">
<g fill="none" stroke="#fff8ec" stroke-opacity=".2" stroke-width="2">
<ellipse cx="25" cy="12" rx="7" ry="11"/><ellipse cx="25" cy="38" rx="7" ry="11"/>
<ellipse cx="12" cy="25" rx="11" ry="7"/><ellipse cx="38" cy="25" rx="11" ry="7"/></g>
<circle cx="25" cy="25" r="3" fill="#e9b54a" fill-opacity=".35"/></pattern></defs>
<rect width="400" height="400" fill="${bg}"/><rect width="400" height="400" fill="url(#k)"/>
<circle cx="200" cy="200" r="96" fill="${bg}" stroke="#e9b54a" stroke-width="6"/>
<text x="200" y="200" dy=".35em" text-anchor="middle" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="88" font-weight="700" fill="#fff8ec">${label}</text>
</svg>`;
}
