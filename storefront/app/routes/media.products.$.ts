import type { LoaderFunctionArgs } from '@remix-run/node';
import { serveMedia, type MediaKind } from '../server/media.server';

const PRODUCT_PHOTOS: MediaKind = {
  folder: 'products',
  extensions: ['webp', 'jpg', 'jpeg', 'png'],
  types: new Set(['image/webp', 'image/jpeg', 'image/png']),
  private: false,
  keep: ['content-length', 'cache-control', 'etag', 'last-modified'],
};

/** Product photos: public, keeping the gateway's cache headers. */
export const loader = ({ request, params }: LoaderFunctionArgs) =>
  serveMedia(request, PRODUCT_PHOTOS, params['*'] ?? '');
