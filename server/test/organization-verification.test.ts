import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createHash, createHmac } from 'node:crypto';
import { ADMIN_OPENID, bearer, engines, signIn, startTestServer } from './harness';
import { parseCreditCode } from '../src/modules/organizations/credit-code';
import { signV4 } from '../src/modules/uploads/upload-store';
import { UPLOADS_PER_HOUR } from '../src/modules/uploads/upload.service';

// Real codes printed on real licences (Huawei, Tencent, Alibaba, Bank of China's parent):
// their check characters were computed by the registration authorities, not by our code.
const REAL_CODES = ['914403001922038216', '9144030071526726XG', '91330100716105852F', '91110000802100433B'];

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(2000, 7), Buffer.from([0xff, 0xd9])]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(500, 1)]);
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0, 0, 0, 0]), Buffer.from('WEBPVP8 '), Buffer.alloc(300, 2)]);
// The first bytes of a Windows executable and of an ELF binary, sent as photos.
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58, 0), Buffer.from('This program cannot be run in DOS mode.'), Buffer.alloc(400, 0x90)]);
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(400, 0)]);

const CREATE = `mutation($i: OrganizationInput!) { createOrganization(input: $i) {
  organization { id creditCode legalRepresentative contactPhone licenceImageUrl verification rejectionReason place { county address } }
  userErrors { field code message } } }`;
const ORG = `query($id: ID!) { organization(id: $id) { id creditCode legalRepresentative contactPhone licenceImageUrl verification rejectionReason } }`;
const PENDING = `{ pendingOrganizations { id name creditCode legalRepresentative contactPhone licenceImageUrl place { county address } } }`;
const REJECT = `mutation($id: ID!, $r: String!) { rejectOrganization(id: $id, reason: $r) { organization { verification rejectionReason } userErrors { code } } }`;
const AUDIT = `query($id: ID) { auditLog(subjectId: $id) { action actorId after } }`;

let seq = 0;
function registration(over: Record<string, unknown> = {}) {
  seq += 1;
  return {
    name: `测试认证修脚店${seq}${'甲乙丙丁戊己庚辛壬癸'[seq % 10]}`,
    kind: 'EMPLOYER',
    description: '修脚连锁门店',
    province: '陕西省',
    city: '安康市',
    county: '紫阳县',
    town: '城关镇',
    address: '新民街12号',
    legalRepresentative: '王建华',
    contactPhone: '13912345678',
    ...over,
  };
}

/** A multipart/form-data body with one file part, as WeChat's uploadFile and a browser's FormData send it. */
function multipart(file: Buffer, filename = 'licence.jpg', type = 'image/jpeg', field = 'file'): { body: Buffer; contentType: string } {
  const boundary = `----ziyangtest${Math.random().toString(16).slice(2)}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nlicence\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

async function upload(url: string, token: string | null, file: Buffer, filename?: string, type?: string) {
  const { body, contentType } = multipart(file, filename, type);
  const res = await fetch(`${url}/uploads`, { method: 'POST', headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body });
  return { status: res.status, json: (await res.json()) as any };
}

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts real codes and folds lower case, full width, spaces and hyphens into the stored upper-case form', () => {
    for (const code of REAL_CODES) expect(parseCreditCode(code)).toEqual({ code });
    expect(parseCreditCode('9144030071526726xg')).toEqual({ code: '9144030071526726XG' });
    expect(parseCreditCode('９１３３０１００７１６１０５８５２Ｆ')).toEqual({ code: '91330100716105852F' });
    expect(parseCreditCode(' 91440300-7152 6726XG ')).toEqual({ code: '9144030071526726XG' });
  });

  it('refuses a wrong check character, a wrong length and characters the code never uses', () => {
    expect(parseCreditCode('914403001922038217')).toEqual({ problem: 'CHECK' });
    expect(parseCreditCode('9144030071526726XA')).toEqual({ problem: 'CHECK' });
    expect(parseCreditCode('91440300192203821')).toEqual({ problem: 'LENGTH' });
    expect(parseCreditCode('9144030019220382166')).toEqual({ problem: 'LENGTH' });
    expect(parseCreditCode('91440300192203821O')).toEqual({ problem: 'CHARACTER' });
    expect(parseCreditCode('91AB0300192203821X')).toEqual({ problem: 'CHARACTER' });
  });
});

describe('AWS Signature V4', () => {
  it('signs as AWS documents it (the GET Object example of the S3 API reference)', () => {
    const headers = signV4(
      { region: 'us-east-1', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
      { method: 'GET', url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'), headers: { Range: 'bytes=0-9' }, payloadHash: createHash('sha256').update('').digest('hex'), now: new Date('2013-05-24T00:00:00Z') },
    );
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });
});

describe.each(engines)('organisation verification and licence photos on %s', (engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  let uploadDir: string;
  let owner: string;
  let staff: string;
  let otherOwner: string;
  let villager: string;
  let admin: string;
  beforeAll(async () => {
    uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ziyang-uploads-'));
    s = await startTestServer(engine, { UPLOAD_DIR: uploadDir, UPLOAD_MAX_BYTES: String(64 * 1024) });
    [owner, staff, otherOwner, villager, admin] = await Promise.all(['verify-owner', 'verify-staff', 'verify-other', 'verify-villager', ADMIN_OPENID].map((o) => signIn(s, o)));
    const other = await s.gql(CREATE, { i: registration() }, bearer(otherOwner));
    expect(other.data.createOrganization.userErrors).toEqual([]);
  });
  afterAll(async () => {
    await s?.dispose();
    fs.rmSync(uploadDir, { recursive: true, force: true });
  });

  it('stores a valid credit code in upper case, and refuses a wrong check character, a wrong length and bad characters on input.creditCode', async () => {
    const lower = await s.gql(CREATE, { i: registration({ creditCode: '9144030071526726xg' }) }, bearer(owner));
    expect(lower.data.createOrganization.userErrors).toEqual([]);
    expect(lower.data.createOrganization.organization.creditCode).toBe('9144030071526726XG');
    const before = await s.db.knex('organizations').count({ n: '*' }).first();
    for (const [bad, text] of [['914403001922038217', '校验'], ['91440300192203821', '18 位'], ['9144030019220382166', '18 位'], ['91440300192203821O', '大写字母']] as const) {
      const res = await s.gql(CREATE, { i: registration({ creditCode: bad }) }, bearer(owner));
      expect(res.data.createOrganization.organization).toBeNull();
      expect(res.data.createOrganization.userErrors).toEqual([expect.objectContaining({ field: 'input.creditCode', code: 'INVALID_CREDIT_CODE' })]);
      expect(res.data.createOrganization.userErrors[0].message).toContain(text);
    }
    // Refused registrations change nothing.
    expect(Number((await s.db.knex('organizations').count({ n: '*' }).first())!.n)).toBe(Number(before!.n));
  });

  it('checks the other details on their fields', async () => {
    const res = await s.gql(CREATE, { i: registration({ legalRepresentative: '王', contactPhone: '12345', address: 'x'.repeat(61), licenceImageId: 'nosuchupload' }) }, bearer(owner));
    expect(res.data.createOrganization.userErrors.map((e: any) => [e.field, e.code]).sort()).toEqual([
      ['input.address', 'TOO_LONG'], ['input.contactPhone', 'INVALID_PHONE'], ['input.legalRepresentative', 'TOO_SHORT'], ['input.licenceImageId', 'INVALID_UPLOAD'],
    ]);
  });

  it('takes JPEG, PNG and WebP by their bytes and refuses a renamed executable, a text file, a file over the limit and no sign-in', async () => {
    for (const [file, type] of [[JPEG, 'image/jpeg'], [PNG, 'image/png'], [WEBP, 'image/webp']] as const) {
      const res = await upload(s.url, owner, file, 'photo.bin', 'application/octet-stream');
      expect(res.status).toBe(201);
      expect(res.json.id).toMatch(/^[A-Za-z0-9_-]{12}$/);
      const row = await s.db.knex('uploads').where('id', res.json.id).first();
      expect(row.content_type).toBe(type);
    }
    const count = async () => Number((await s.db.knex('uploads').count({ n: '*' }).first())!.n);
    const stored = await count();
    const exe = await upload(s.url, owner, EXE, 'licence.jpg', 'image/jpeg');
    expect(exe.status).toBe(415);
    expect(exe.json.errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(exe.json.errors[0].message).toContain('JPG');
    expect((await upload(s.url, owner, ELF, 'photo.png', 'image/png')).status).toBe(415);
    expect((await upload(s.url, owner, Buffer.from('营业执照.jpg 这是一段文字，不是照片'), 'licence.jpg', 'image/jpeg')).status).toBe(415);
    const big = await upload(s.url, owner, Buffer.concat([JPEG, Buffer.alloc(64 * 1024, 1)]));
    expect(big.status).toBe(413);
    expect(big.json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(big.json.errors[0].message).toContain('64 KB');
    const anonymous = await upload(s.url, null, JPEG);
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const forged = await upload(s.url, 'not-a-real-token-at-all-0123456789', JPEG);
    expect(forged.status).toBe(401);
    // Not multipart, or no file in it.
    const json = await fetch(`${s.url}/uploads`, { method: 'POST', headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(415);
    const noFile = await fetch(`${s.url}/uploads`, { method: 'POST', headers: { authorization: `Bearer ${owner}`, 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--\r\n' });
    expect(noFile.status).toBe(400);
    const cut = await fetch(`${s.url}/uploads`, { method: 'POST', headers: { authorization: `Bearer ${owner}`, 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\n\xff\xd8\xff' });
    expect(cut.status).toBe(400);
    expect(await count()).toBe(stored);
    // Nothing refused reached the disk either.
    const files = fs.readdirSync(uploadDir, { recursive: true }).filter((f) => fs.statSync(path.join(uploadDir, String(f))).isFile());
    expect(files).toHaveLength(stored);
  });

  it('takes at most UPLOADS_PER_HOUR photos an hour from one user, and none past it', async () => {
    const busy = await signIn(s, 'verify-busy');
    const answers: number[] = [];
    for (let i = 0; i < UPLOADS_PER_HOUR + 2; i++) answers.push((await upload(s.url, busy, PNG, 'p.png', 'image/png')).status);
    expect(answers.filter((a) => a === 201)).toHaveLength(UPLOADS_PER_HOUR);
    expect(answers.slice(UPLOADS_PER_HOUR)).toEqual([429, 429]);
    const user = await s.db.knex('users').where('openid', 'verify-busy').first('id');
    expect(Number((await s.db.knex('uploads').where('owner_id', user.id).count({ n: '*' }).first())!.n)).toBe(UPLOADS_PER_HOUR);
    // Someone else is not held back by her.
    expect((await upload(s.url, owner, PNG, 'p.png', 'image/png')).status).toBe(201);
  });

  it('keeps no more than the limit in memory: a body far past it is cut, not read', async () => {
    const { body, contentType } = multipart(Buffer.concat([JPEG, Buffer.alloc(40 * 1024 * 1024, 3)]));
    const status = await new Promise<number | 'reset'>((resolve) => {
      const req = http.request(`${s.url}/uploads`, { method: 'POST', headers: { 'content-type': contentType, 'content-length': body.length, authorization: `Bearer ${owner}` } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', () => resolve('reset'));
      req.end(body);
    });
    expect([413, 'reset']).toContain(status);
    // The server still answers.
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
  });

  it('shows the licence photo and contact phone only to the organisation\'s members and the bureau, by field and by URL', async () => {
    const photo = await upload(s.url, owner, JPEG);
    const created = await s.gql(CREATE, { i: registration({ creditCode: '914403001922038216', licenceImageId: photo.json.id, kind: 'TRAINING_INSTITUTION' }) }, bearer(owner));
    expect(created.data.createOrganization.userErrors).toEqual([]);
    const org = created.data.createOrganization.organization;
    expect(org).toMatchObject({ creditCode: '914403001922038216', legalRepresentative: '王建华', contactPhone: '13912345678', licenceImageUrl: `/uploads/${photo.json.id}`, verification: 'PENDING', place: { county: '紫阳县', address: '新民街12号' } });
    // A second member (staff) of the organisation, as an owner's invitation would add her.
    const staffUser = await s.db.knex('users').where('openid', 'verify-staff').first('id');
    await s.db.knex('memberships').insert({ user_id: staffUser.id, organization_id: org.id, role: 'STAFF', created_at: s.db.dateParam(new Date()) });

    // Someone else's upload cannot be attached (it would make her photo readable to the new organisation).
    const stolen = await s.gql(CREATE, { i: registration({ licenceImageId: photo.json.id }) }, bearer(otherOwner));
    expect(stolen.data.createOrganization.userErrors).toEqual([expect.objectContaining({ field: 'input.licenceImageId', code: 'INVALID_UPLOAD' })]);

    const url = `${s.url}${org.licenceImageUrl}`;
    const get = (token: string | null) => fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    for (const token of [owner, staff, admin]) {
      const res = await get(token);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/jpeg');
      expect(res.headers.get('cache-control')).toContain('no-store');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await res.arrayBuffer()).equals(JPEG)).toBe(true);
    }
    for (const token of [otherOwner, villager]) {
      const res = await get(token);
      expect(res.status).toBe(403);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
    }
    const anonymous = await get(null);
    expect(anonymous.status).toBe(401);
    expect((await fetch(`${s.url}/uploads/nosuchupload1`, bearer(admin))).status).toBe(404);

    // The same rule on the GraphQL fields, for everyone who can read the organisation.
    const asOwner = (await s.gql(ORG, { id: org.id }, bearer(staff))).data.organization;
    expect(asOwner).toMatchObject({ contactPhone: '13912345678', licenceImageUrl: org.licenceImageUrl, verification: 'PENDING' });
    for (const init of [bearer(otherOwner), bearer(villager), {}]) {
      const seen = (await s.gql(ORG, { id: org.id }, init)).data.organization;
      expect(seen).toEqual({ id: org.id, creditCode: '914403001922038216', legalRepresentative: '王建华', contactPhone: null, licenceImageUrl: null, verification: null, rejectionReason: null });
    }
    const pending = (await s.gql(PENDING, {}, bearer(admin))).data.pendingOrganizations.find((o: any) => o.id === org.id);
    expect(pending).toMatchObject({ creditCode: '914403001922038216', legalRepresentative: '王建华', contactPhone: '13912345678', licenceImageUrl: org.licenceImageUrl, place: { county: '紫阳县', address: '新民街12号' } });
  });

  it('不通过 gives the organisation the reason to read, with an audit row', async () => {
    const created = await s.gql(CREATE, { i: registration({ creditCode: '91330100716105852F' }) }, bearer(owner));
    const id = created.data.createOrganization.organization.id;
    const rejected = await s.gql(REJECT, { id, r: '执照照片看不清，请重新拍一张' }, bearer(admin));
    expect(rejected.data.rejectOrganization).toEqual({ organization: { verification: 'REJECTED', rejectionReason: '执照照片看不清，请重新拍一张' }, userErrors: [] });
    expect((await s.gql(ORG, { id }, bearer(owner))).data.organization).toMatchObject({ verification: 'REJECTED', rejectionReason: '执照照片看不清，请重新拍一张' });
    expect((await s.gql(ORG, { id }, bearer(villager))).data.organization.rejectionReason).toBeNull();
    const log = (await s.gql(AUDIT, { id }, bearer(admin))).data.auditLog;
    expect(log.map((e: any) => e.action)).toEqual(['ORGANIZATION_REJECTED', 'ORGANIZATION_CREATED']);
  });
});

describe.each(engines)('licence photos in an S3-compatible store on %s', (engine) => {
  // A bucket on loopback that checks every request's signature the way S3 does and keeps objects in memory.
  const objects = new Map<string, { body: Buffer; type: string }>();
  const refused: string[] = [];
  let bucket: http.Server;
  let s: Awaited<ReturnType<typeof startTestServer>>;
  const SECRET = 'stand-in-secret-key-0123456789';

  function signatureOk(req: http.IncomingMessage, body: Buffer): boolean {
    const auth = String(req.headers.authorization ?? '');
    const m = /^AWS4-HMAC-SHA256 Credential=TESTKEY\/(\d{8})\/cn-test-1\/s3\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(auth);
    if (!m) return false;
    const hash = createHash('sha256').update(body).digest('hex');
    if (req.headers['x-amz-content-sha256'] !== hash) return false;
    const names = m[2].split(';');
    const canonical = [req.method, req.url, '', ...names.map((n) => `${n}:${String(req.headers[n]).trim()}`), '', m[2], hash].join('\n');
    const date = String(req.headers['x-amz-date']);
    const toSign = ['AWS4-HMAC-SHA256', date, `${m[1]}/cn-test-1/s3/aws4_request`, createHash('sha256').update(canonical).digest('hex')].join('\n');
    let key: Buffer = createHmac('sha256', `AWS4${SECRET}`).update(m[1]).digest();
    for (const part of ['cn-test-1', 's3', 'aws4_request']) key = createHmac('sha256', key).update(part).digest();
    return createHmac('sha256', key).update(toSign).digest('hex') === m[3];
  }

  beforeAll(async () => {
    bucket = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        if (!signatureOk(req, body)) {
          refused.push(`${req.method} ${req.url}`);
          res.writeHead(403).end('<Error><Code>SignatureDoesNotMatch</Code></Error>');
          return;
        }
        if (req.method === 'PUT') {
          objects.set(req.url!, { body, type: String(req.headers['content-type']) });
          res.writeHead(200).end();
        } else {
          const o = objects.get(req.url!);
          if (!o) res.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>');
          else res.writeHead(200, { 'content-type': o.type }).end(o.body);
        }
      });
    });
    await new Promise<void>((r) => bucket.listen(0, '127.0.0.1', r));
    const endpoint = `http://127.0.0.1:${(bucket.address() as AddressInfo).port}`;
    s = await startTestServer(engine, { S3_ENDPOINT: endpoint, S3_BUCKET: 'licences', S3_REGION: 'cn-test-1', S3_ACCESS_KEY_ID: 'TESTKEY', S3_SECRET_ACCESS_KEY: SECRET, UPLOAD_DIR: '/nonexistent/never-written' });
  });
  afterAll(async () => {
    await s?.dispose();
    await new Promise((r) => bucket.close(r));
  });

  it('stores the photo in the bucket with a valid signature and serves it back to the owner only', async () => {
    const owner = await signIn(s, 's3-owner');
    const villager = await signIn(s, 's3-villager');
    const photo = await upload(s.url, owner, PNG, 'licence.png', 'image/png');
    expect(photo.status).toBe(201);
    expect(objects.get(`/licences/uploads/${photo.json.id}`)).toEqual({ body: PNG, type: 'image/png' });
    const back = await fetch(`${s.url}/uploads/${photo.json.id}`, bearer(owner));
    expect(back.status).toBe(200);
    expect(Buffer.from(await back.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await fetch(`${s.url}/uploads/${photo.json.id}`, bearer(villager))).status).toBe(403);
    expect(refused).toEqual([]);
  });
});
