import type { Database } from '../../db/orm';
import type { Viewer } from '../accounts/viewer';
import { newId } from '../common/ids';
import { sniffImageType, type ImageType } from './image-type';
import { UploadRefused, type UploadedFile } from './multipart';
import type { UploadStore } from './upload-store';

const ID_SHAPE = /^[A-Za-z0-9_-]{1,16}$/;

/**
 * Photos one user may send in an hour. Registering takes one or two (a retake); the cap keeps
 * a signed-in account from filling the disk or the bucket. Counted from the uploads table, so
 * it holds across instances.
 */
export const UPLOADS_PER_HOUR = 20;

export interface StoredUpload {
  id: string;
  ownerId: string;
  contentType: ImageType;
  byteSize: number;
  storageKey: string;
}

/**
 * Uploads: a signed-in user sends one image (`POST /uploads`), and gets its id to put in a form
 * (`OrganizationInput.licenceImageId`). An upload is private: the bytes are served only to
 * the user who sent it, to the members of an organisation that shows it as its licence, and
 * to the county labour bureau — never to another organisation, a villager or an anonymous
 * visitor, whatever URL they hold.
 */
export class UploadService {
  constructor(
    private readonly db: Database,
    private readonly store: UploadStore,
  ) {}

  /** Checks the file is a photo by its bytes, stores it and records whose it is. */
  async accept(viewer: Viewer, file: UploadedFile): Promise<{ id: string }> {
    const contentType = sniffImageType(file.bytes.subarray(0, 16));
    if (!contentType) throw new UploadRefused(415, 'UNSUPPORTED_MEDIA_TYPE', '只能上传 JPG、PNG 或 WebP 格式的照片');
    const since = this.db.dateParam(new Date(Date.now() - 3_600_000));
    const recent = await this.db.knex('uploads').where('owner_id', viewer.userId).where('created_at', '>', since).count({ n: '*' }).first();
    if (Number(recent?.n ?? 0) >= UPLOADS_PER_HOUR) throw new UploadRefused(429, 'RATE_LIMITED', `一小时最多传 ${UPLOADS_PER_HOUR} 张照片，请过一会儿再试`);
    const id = newId();
    // The bytes first: a row never names a file that is not there. A crash in between leaves
    // an unreferenced file, which costs disk space and nothing else.
    await this.store.put(id, file.bytes, contentType);
    await this.db.knex('uploads').insert({ id, owner_id: viewer.userId, content_type: contentType, byte_size: file.bytes.length, storage_key: id, created_at: this.db.dateParam(new Date()) });
    return { id };
  }

  async byId(id: string): Promise<StoredUpload | null> {
    if (!ID_SHAPE.test(id)) return null;
    const r = await this.db.knex('uploads').where('id', id).first();
    return r ? { id: r.id, ownerId: r.owner_id, contentType: r.content_type, byteSize: Number(r.byte_size), storageKey: r.storage_key } : null;
  }

  /**
   * Whether the viewer may see an upload: the bureau; the user who sent it; a member of an
   * organisation whose licence it is.
   */
  async maySee(viewer: Viewer, upload: StoredUpload): Promise<boolean> {
    if (viewer.isAdmin || viewer.userId === upload.ownerId) return true;
    if (viewer.orgIds.size === 0) return false;
    const shown = await this.db.knex('organizations').where('licence_upload_id', upload.id).whereIn('id', [...viewer.orgIds]).first('id');
    return Boolean(shown);
  }

  /** The bytes for the viewer, or why not: null for an id that names nothing, 'FORBIDDEN' when not hers to see. */
  async read(viewer: Viewer, id: string): Promise<{ contentType: ImageType; bytes: Buffer } | null | 'FORBIDDEN'> {
    const upload = await this.byId(id);
    if (!upload) return null;
    if (!(await this.maySee(viewer, upload))) return 'FORBIDDEN';
    const bytes = await this.store.get(upload.storageKey);
    return bytes ? { contentType: upload.contentType, bytes } : null;
  }

  /** An upload the viewer sent herself, for a form to attach; null for anyone else's or an unknown id. */
  async ownedBy(userId: string, id: string): Promise<StoredUpload | null> {
    const upload = await this.byId(id);
    return upload && upload.ownerId === userId ? upload : null;
  }
}
