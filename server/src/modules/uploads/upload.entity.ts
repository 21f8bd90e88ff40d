import { EntitySchema } from '@mikro-orm/core';

/**
 * A file a signed-in user sent to `POST /uploads` (today: the photo of an organisation's
 * licence). The bytes live in the upload store (local disk or an S3-compatible bucket) under
 * `storageKey`; this row says whose they are and what they are, as sniffed from the bytes.
 */
export interface Upload {
  id: string;
  /** The user who sent it: only she may attach it to an organisation. */
  ownerId: string;
  /** image/jpeg, image/png or image/webp, from the file's first bytes, never from the client. */
  contentType: string;
  byteSize: number;
  storageKey: string;
  createdAt: Date;
}

export const UploadSchema = new EntitySchema<Upload>({
  name: 'Upload',
  tableName: 'uploads',
  properties: {
    id: { type: 'string', length: 16, primary: true },
    ownerId: { type: 'string', length: 16, index: 'uploads_owner_idx' },
    contentType: { type: 'string', length: 40 },
    byteSize: { type: 'integer' },
    storageKey: { type: 'string', length: 200 },
    createdAt: { type: 'datetime' },
  },
});
