import {
  isStaff,
  jwtConfigOf,
  sendJson,
  sniffFileType,
  storageKeyFromPath,
  viewerFromAuthorization,
  type Route,
  type SubgraphServices,
  type BaseEnv,
  type Viewer,
  withBodyLimit,
} from '@kampung/shared';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { ServicesEnv } from '../env.js';
import { servicesFileStorage } from './file-storage.js';
import { Upload } from './upload.entity.js';
import { staffMayRead } from '../requests/upload-access.js';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const EXTENSION = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' } as const;

async function viewerOf(req: IncomingMessage, env: BaseEnv): Promise<Viewer | null> {
  try {
    return await viewerFromAuthorization(req.headers.authorization, jwtConfigOf(env));
  } catch {
    return null;
  }
}

const problem = (id: string, en: string) => ({
  errors: [{ message: `${id} / ${en}`, extensions: { messageId: id, messageEn: en } }],
});

/**
 * `POST /uploads/attachment` (raw body, bearer token): a JPEG, PNG or PDF of at most 5 MB,
 * checked by its first bytes, stored privately; answers `{ key }` for a FILE answer.
 * `POST /uploads/cover` (staff): a post's cover photo, public.
 * `GET /files/<key>`: the file, to its owner and staff only (or anyone when public).
 */
export function fileRoutes({ orm, env, logger }: SubgraphServices<ServicesEnv>): Record<string, Route> {
  const storage = servicesFileStorage(env);
  /** Attachments: any signed-in person, private. Covers (posts): staff only, images only, public. */
  async function store(
    req: IncomingMessage,
    res: ServerResponse,
    body: Buffer,
    folder: 'attachments' | 'covers',
    isPublic: boolean,
  ) {
    const viewer = await viewerOf(req, env);
    if (!viewer || viewer.service)
      return sendJson(res, 401, problem('Silakan masuk terlebih dahulu', 'Please sign in first'));
    if (isPublic && !isStaff(viewer)) return sendJson(res, 403, problem('Hanya staf desa', 'Village staff only'));
    if (body.length === 0) return sendJson(res, 400, problem('Berkas kosong', 'The file is empty'));
    if (body.length > MAX_UPLOAD_BYTES)
      return sendJson(res, 413, problem('Berkas maksimal 5 MB', 'Files may be at most 5 MB'));
    const type = sniffFileType(body);
    if (type !== 'image/jpeg' && type !== 'image/png' && (isPublic || type !== 'application/pdf')) {
      return sendJson(
        res,
        415,
        problem(
          isPublic ? 'Hanya JPEG atau PNG' : 'Hanya JPEG, PNG atau PDF',
          isPublic ? 'Only JPEG or PNG files' : 'Only JPEG, PNG or PDF files',
        ),
      );
    }
    const key = `${folder}/${randomUUID()}.${EXTENSION[type]}`;
    await storage.put(key, body, type);
    await orm.em.fork().insert(Upload, {
      key,
      ownerId: viewer.userId,
      contentType: type,
      size: body.length,
      public: isPublic,
      createdAt: new Date(),
    });
    logger.info({ key, size: body.length }, 'file stored');
    sendJson(res, 201, { key, contentType: type, size: body.length });
  }

  return {
    'POST /uploads/attachment': withBodyLimit(
      (req, res, body) => store(req, res, body, 'attachments', false),
      MAX_UPLOAD_BYTES + 1,
    ),
    'POST /uploads/cover': withBodyLimit(
      (req, res, body) => store(req, res, body, 'covers', true),
      MAX_UPLOAD_BYTES + 1,
    ),
    'GET /files/*': async (req, res) => {
      const key = storageKeyFromPath(new URL(req.url ?? '/', 'http://localhost').pathname.slice('/files/'.length));
      const upload = await orm.em
        .fork()
        .findOne(Upload, { key })
        .catch(() => null);
      const viewer = await viewerOf(req, env);
      // Staff read another person's file only through a request of a village they oversee (decision 021).
      const allowed =
        upload &&
        (upload.public ||
          (viewer &&
            !viewer.service &&
            (viewer.userId === upload.ownerId ||
              (isStaff(viewer) && (await staffMayRead(orm.em.fork(), viewer, key))))));
      const file = allowed ? await storage.get(key) : null;
      if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      res.writeHead(200, {
        'content-type': upload!.contentType,
        'x-content-type-options': 'nosniff',
        'content-length': String(file.size),
        'cache-control': upload!.public ? 'public, max-age=86400' : 'private, no-store',
        'content-disposition': `${upload!.contentType === 'application/pdf' ? 'attachment' : 'inline'}; filename="${key.split('/').pop()}"`,
      });
      file.stream.pipe(res);
    },
  };
}
