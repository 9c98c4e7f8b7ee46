import type { LoaderFunctionArgs } from '@remix-run/node';
import { placeholderSvg, SEED_PATTERN } from '../utils/placeholder';

export function loader({ params }: LoaderFunctionArgs) {
  const file = params.seed ?? '';
  const seed = file.endsWith('.svg') ? file.slice(0, -4) : '';
  if (!SEED_PATTERN.test(seed)) return new Response('Not Found', { status: 404 });
  return new Response(placeholderSvg(seed), {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=86400, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
