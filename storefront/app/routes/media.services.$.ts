import type { LoaderFunctionArgs } from '@remix-run/node';
import { serveMedia, type MediaKind } from '../server/media.server';

const SERVICE_FILES: MediaKind = {
  folder: 'services',
  extensions: ['jpg', 'png', 'pdf'],
  types: new Set(['image/jpeg', 'image/png', 'application/pdf']),
  private: true,
  keep: ['content-length', 'content-disposition'],
};

/** A citizen's attachment or letter, a post's cover: with the user's token, never cached. */
export const loader = ({ request, params }: LoaderFunctionArgs) =>
  serveMedia(request, SERVICE_FILES, params['*'] ?? '');
