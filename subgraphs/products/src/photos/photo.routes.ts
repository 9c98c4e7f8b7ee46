import {
  AppError,
  type FileStorage,
  jwtConfigOf,
  type Route,
  sendJson,
  storageKeyFromPath,
  type SubgraphServices,
  viewerFromAuthorization,
  withBodyLimit,
} from '@kampung/shared';
import type { ProductsEnv } from '../env.js';
import { photoKey } from './photo.entity.js';
import { MAX_PHOTO_BYTES, mediaPath, uploadProductPhoto } from './photo.service.js';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/**
 * `POST /uploads/product-photo?productId=…` (raw image body, bearer token, owner only) and
 * `GET /files/<key>` (what the gateway's `/files/products/<key>` streams), cached for a year:
 * a key never changes its content.
 */
export function photoRoutes(
  { orm, env, logger }: SubgraphServices<ProductsEnv>,
  storage: FileStorage,
): Record<string, Route> {
  return {
    // One byte over the limit still reaches the service, which answers with a field message.
    'POST /uploads/product-photo': withBodyLimit(async (req, res, body) => {
      try {
        const viewer = await viewerFromAuthorization(req.headers.authorization, jwtConfigOf(env));
        const productId = new URL(req.url ?? '/', 'http://localhost').searchParams.get('productId') ?? '';
        const photo = await uploadProductPhoto(orm.em.fork(), storage, env, viewer, productId, body);
        sendJson(res, 201, {
          id: photo.id,
          url: mediaPath(photoKey(photo, 640)),
          srcset: photo.widths.map((w) => `${mediaPath(photoKey(photo, w))} ${w}w`).join(', '),
        });
      } catch (error) {
        if (error instanceof AppError) {
          const code = String(error.extensions.code);
          return sendJson(res, STATUS[code] ?? 400, {
            error: {
              code,
              message: error.extensions.messageId,
              messageEn: error.extensions.messageEn,
              fields: error.extensions.fields ?? [],
            },
          });
        }
        logger.error({ err: error }, 'photo upload failed');
        sendJson(res, 500, {
          error: {
            code: 'INTERNAL_SERVER_ERROR',
            message: 'Terjadi kesalahan pada server',
            messageEn: 'Something went wrong',
          },
        });
      }
    }, MAX_PHOTO_BYTES + 1),
    'GET /files/*': async (req, res) => {
      const key = storageKeyFromPath(new URL(req.url ?? '/', 'http://localhost').pathname.slice('/files/'.length));
      const file = await storage.get(key).catch(() => null);
      if (!file) return void res.writeHead(404).end();
      res.writeHead(200, {
        'content-type': file.contentType,
        'x-content-type-options': 'nosniff',
        'content-length': String(file.size),
        'cache-control': 'public, max-age=31536000, immutable',
      });
      file.stream.pipe(res);
    },
  };
}
