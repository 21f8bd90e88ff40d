import { ADMIN_OPENID, bearer, codes, engines, signIn, startTestServer } from './harness';
import { SHENZHEN_JOB } from './builders';

const inDays = (n: number) => new Date(Date.now() + 8 * 3600000 + n * 86400000).toISOString().slice(0, 10);

const ORG = `mutation($i: OrganizationInput!) { createOrganization(input: $i) { organization { id kind licenceNumber verified } userErrors { field code } } }`;
const VERIFY = `mutation($id: ID!) { verifyOrganization(id: $id) { organization { verified } userErrors { field code } } }`;
const POST_JOB = `mutation($o: ID!, $i: JobInput!) { postJob(organizationId: $o, input: $i, publish: true) { job { id viaAgency } userErrors { field code } } }`;
const PO = `mutation($o: ID!, $i: FranchiseOpeningInput!) { postFranchiseOpening(organizationId: $o, input: $i) {
  franchiseOpening { id franchise { filingNumber meetsTwoShopsOneYear disclosure {
    ownShopCount ownShopCities meetsTwoShopsOneYear filingNumber
    ownShops { city openedOn } fees { name amount refundable refundWhen } investmentItems { name min max } } } }
  userErrors { field code message } } }`;

const DISCLOSURE = {
  ownShops: [
    { city: '西安市', address: '雁塔区小寨', openedOn: inDays(-800) },
    { city: '西安市', openedOn: inDays(-400) },
    { city: '咸阳市', openedOn: inDays(-30) },
  ],
  fees: [
    { name: '加盟费', amount: 30000, refundable: false },
    { name: '履约保证金', amount: 10000, refundable: true, refundWhen: '合同期满没有违约，30天内全额退还' },
  ],
  investmentItems: [
    { name: '加盟费', min: 30000, max: 30000 },
    { name: '履约保证金', min: 10000, max: 10000 },
    { name: '装修和设备', min: 110000, max: 260000 },
  ],
};

const FRANCHISE = { investmentMin: 150000, investmentMax: 300000, brandProvides: ['技术培训'], filingNumber: '0610100211800123', disclosure: DISCLOSURE };

const OPENING = {
  title: '测试品牌 西安新店 招加盟',
  description: '品牌在西安开新店，招修脚师，包吃住，老乡带教。不向求职者收取任何费用。',
  place: { province: '陕西省', city: '西安市', county: '雁塔区' },
  openingDate: inDays(20),
  positions: [{ title: '修脚师', headcount: 3, pay: { min: 5000, max: 8000, unit: 'MONTH', settlement: 'MONTHLY' } }],
  franchise: FRANCHISE,
  contactName: '陈店长',
  contactPhone: '13800001234',
};

describe.each(engines)('labour agencies and franchise disclosures on %s', (engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  let owner: string;
  let admin: string;
  let brand: string;
  beforeAll(async () => {
    s = await startTestServer(engine);
    owner = await signIn(s, 'agency-owner');
    admin = await signIn(s, ADMIN_OPENID);
    const b = await s.gql(ORG, { i: { name: '测试修脚品牌', kind: 'SHOP_BRAND', description: '', province: '陕西省', city: '西安市' } }, bearer(owner));
    brand = b.data.createOrganization.organization.id;
  });
  afterAll(() => s?.dispose());

  it('refuses to verify a labour agency without a licence number, and a malformed one on its field', async () => {
    const bare = await s.gql(ORG, { i: { name: '测试劳务派遣甲', kind: 'LABOUR_AGENCY', description: '', province: '陕西省', city: '安康市' } }, bearer(owner));
    expect(bare.data.createOrganization.organization).toMatchObject({ kind: 'LABOUR_AGENCY', licenceNumber: null, verified: false });
    const refused = await s.gql(VERIFY, { id: bare.data.createOrganization.organization.id }, bearer(admin));
    expect(refused.data.verifyOrganization).toEqual({ organization: { verified: false }, userErrors: [{ field: 'id', code: 'LICENCE_REQUIRED' }] });

    for (const bad of ['12345', '（陕）人服证字〔2099〕第0924000001号', '（X）人服证字〔2020〕第0924000001号', '（陕）人服证字〔2020〕第12号']) {
      const res = await s.gql(ORG, { i: { name: `测试劳务乙${bad.length}${bad.slice(1, 2)}`, kind: 'LABOUR_AGENCY', description: '', province: '陕西省', city: '安康市', licenceNumber: bad } }, bearer(owner));
      expect(res.data.createOrganization).toEqual({ organization: null, userErrors: [{ field: 'input.licenceNumber', code: 'INVALID_LICENCE' }] });
    }
  });

  it('verifies an agency with a licence, labels its jobs 中介 and leaves them out of 只看直招 with an equal count', async () => {
    const made = await s.gql(ORG, { i: { name: '测试劳务派遣丙', kind: 'LABOUR_AGENCY', description: '', province: '陕西省', city: '安康市', licenceNumber: '[陕] 人服证字 (2021) 0924000123' } }, bearer(owner));
    const agency = made.data.createOrganization.organization;
    expect(agency.licenceNumber).toBe('（陕）人服证字〔2021〕第0924000123号');
    expect((await s.gql(VERIFY, { id: agency.id }, bearer(admin))).data.verifyOrganization).toEqual({ organization: { verified: true }, userErrors: [] });

    const job = (await s.gql(POST_JOB, { o: agency.id, i: SHENZHEN_JOB }, bearer(owner))).data.postJob;
    expect(job.userErrors).toEqual([]);
    expect(job.job.viaAgency).toBe(true);
    const one = await s.gql(`query($id: ID!) { job(id: $id) { viaAgency employer { kind licenceNumber } } }`, { id: job.job.id });
    expect(one.data.job).toEqual({ viaAgency: true, employer: { kind: 'LABOUR_AGENCY', licenceNumber: '（陕）人服证字〔2021〕第0924000123号' } });

    // The demo catalogue has agency postings too; direct postings read false.
    const all = await s.gql(`{ jobs(first: 50) { totalCount edges { node { viaAgency employer { kind } } } } jobFacets { totalCount conditions { directEmployerOnly } } }`);
    for (const e of all.data.jobs.edges) expect(e.node.viaAgency).toBe(e.node.employer.kind === 'LABOUR_AGENCY');
    const direct = await s.gql(`{ jobs(first: 50, filter: { directEmployerOnly: true }) { totalCount edges { node { id viaAgency } } } }`);
    expect(direct.data.jobs.edges.every((e: any) => e.node.viaAgency === false)).toBe(true);
    expect(direct.data.jobs.edges.map((e: any) => e.node.id)).not.toContain(job.job.id);
    expect(all.data.jobFacets.conditions.directEmployerOnly).toBe(direct.data.jobs.totalCount);
    expect(direct.data.jobs.totalCount).toBeLessThan(all.data.jobs.totalCount);
    // Combined with another chip, the count still equals the list.
    const f = { providesHousing: true };
    const both = await s.gql(`query($f: JobFilter) { jobs(filter: $f) { totalCount } jobFacets(filter: $f) { conditions { directEmployerOnly } } }`, { f });
    const after = await s.gql(`query($f: JobFilter) { jobs(filter: $f) { totalCount } }`, { f: { ...f, directEmployerOnly: true } });
    expect(both.data.jobFacets.conditions.directEmployerOnly).toBe(after.data.jobs.totalCount);
  });

  it('publishes a franchise offer with its disclosure: fees, deposits, investment items and 两店一年 computed from the shops', async () => {
    const res = await s.gql(PO, { o: brand, i: OPENING }, bearer(owner));
    expect(res.data.postFranchiseOpening.userErrors).toEqual([]);
    const f = res.data.postFranchiseOpening.franchiseOpening.franchise;
    expect(f.meetsTwoShopsOneYear).toBe(true);
    expect(f.disclosure).toMatchObject({
      ownShopCount: 3, ownShopCities: ['西安市', '咸阳市'], meetsTwoShopsOneYear: true, filingNumber: '0610100211800123',
      fees: [{ name: '加盟费', amount: 30000, refundable: false, refundWhen: null }, { name: '履约保证金', amount: 10000, refundable: true, refundWhen: '合同期满没有违约，30天内全额退还' }],
      investmentItems: DISCLOSURE.investmentItems,
    });
    expect(f.disclosure.ownShops.map((x: any) => x.openedOn)).toEqual([inDays(-800), inDays(-400), inDays(-30)]);

    // Only one shop past a year: not met. Spaces and full-width digits in the filing number are folded.
    const young = { ...DISCLOSURE, ownShops: [{ city: '西安市', openedOn: inDays(-400) }, { city: '西安市', openedOn: inDays(-200) }] };
    const no = await s.gql(PO, { o: brand, i: { ...OPENING, franchise: { ...FRANCHISE, filingNumber: '０６１０１００ ２１１８００１２３', meetsTwoShopsOneYear: true, disclosure: young } } }, bearer(owner));
    expect(no.data.postFranchiseOpening.userErrors).toEqual([]);
    expect(no.data.postFranchiseOpening.franchiseOpening.franchise).toMatchObject({ filingNumber: '0610100211800123', meetsTwoShopsOneYear: false, disclosure: { meetsTwoShopsOneYear: false, ownShopCount: 2 } });
  });

  it('shows the demo franchise offers with complete disclosures, some meeting 两店一年 and some not', async () => {
    const res = await s.gql(`{ franchiseOpenings(first: 50, filter: { franchiseOnly: true }) { edges { node { brand { name } franchise { meetsTwoShopsOneYear disclosure { ownShopCount meetsTwoShopsOneYear fees { name } investmentItems { min max } filingNumber } investmentMin investmentMax } } } } }`);
    const offers = res.data.franchiseOpenings.edges.map((e: any) => e.node);
    expect(offers.length).toBeGreaterThan(3);
    for (const o of offers) {
      const d = o.franchise.disclosure;
      expect(d).not.toBeNull();
      expect(d.filingNumber).toMatch(/^0\d{15}$/);
      expect(d.fees.length).toBeGreaterThan(0);
      expect(d.investmentItems.reduce((n: number, x: any) => n + x.min, 0)).toBe(o.franchise.investmentMin);
      expect(d.investmentItems.reduce((n: number, x: any) => n + x.max, 0)).toBe(o.franchise.investmentMax);
      expect(o.franchise.meetsTwoShopsOneYear).toBe(d.meetsTwoShopsOneYear);
    }
    expect(offers.some((o: any) => o.franchise.disclosure.meetsTwoShopsOneYear)).toBe(true);
    expect(offers.some((o: any) => !o.franchise.disclosure.meetsTwoShopsOneYear)).toBe(true);
  });

  it('refuses a franchise offer without a disclosure, each missing part on its field, and changes nothing', async () => {
    const before = await s.db.knex('franchise_openings').count({ n: '*' });
    const none = await s.gql(PO, { o: brand, i: { ...OPENING, franchise: { ...FRANCHISE, filingNumber: null, disclosure: null } } }, bearer(owner));
    expect(none.data.postFranchiseOpening.franchiseOpening).toBeNull();
    expect(none.data.postFranchiseOpening.userErrors.map((e: any) => [e.field, e.code])).toEqual([
      ['input.franchise.filingNumber', 'FILING_REQUIRED'],
      ['input.franchise.disclosure.ownShops', 'REQUIRED'],
      ['input.franchise.disclosure.fees', 'REQUIRED'],
      ['input.franchise.disclosure.investmentItems', 'REQUIRED'],
    ]);
    const empty = await s.gql(PO, { o: brand, i: { ...OPENING, franchise: { ...FRANCHISE, disclosure: { ownShops: [], fees: DISCLOSURE.fees } } } }, bearer(owner));
    expect(empty.data.postFranchiseOpening.userErrors.map((e: any) => e.field)).toEqual(['input.franchise.disclosure.ownShops', 'input.franchise.disclosure.investmentItems']);
    // A day that does not exist is malformed input, refused before the service reads it.
    const bogus = await s.gql(PO, { o: brand, i: { ...OPENING, franchise: { ...FRANCHISE, disclosure: { ...DISCLOSURE, ownShops: [{ city: '西安市', openedOn: '2023-02-30' }] } } } }, bearer(owner));
    expect(codes(bogus)).toEqual(['BAD_USER_INPUT']);
    expect(await s.db.knex('franchise_openings').count({ n: '*' })).toEqual(before);
  });

  it.each([
    [{ filingNumber: 'ABC' }, 'input.franchise.filingNumber', 'INVALID_FILING'],
    [{ filingNumber: '0990100211800123' }, 'input.franchise.filingNumber', 'INVALID_FILING'],
    [{ filingNumber: '061010021180012' }, 'input.franchise.filingNumber', 'INVALID_FILING'],
    [{ disclosure: { ...DISCLOSURE, fees: [{ name: '加盟费', amount: -30000, refundable: false }] } }, 'input.franchise.disclosure.fees.0.amount', 'OUT_OF_RANGE'],
    [{ disclosure: { ...DISCLOSURE, fees: [{ name: '保证金', amount: 5000, refundable: true }] } }, 'input.franchise.disclosure.fees.0.refundWhen', 'REQUIRED'],
    [{ disclosure: { ...DISCLOSURE, ownShops: [{ city: '西安市', openedOn: inDays(3) }] } }, 'input.franchise.disclosure.ownShops.0.openedOn', 'OPENED_IN_FUTURE'],
    [{ disclosure: { ...DISCLOSURE, ownShops: [{ city: '西安市', openedOn: '1975-05-01' }] } }, 'input.franchise.disclosure.ownShops.0.openedOn', 'OUT_OF_RANGE'],
    [{ disclosure: { ...DISCLOSURE, investmentItems: [{ name: '装修', min: -1, max: 300000 }] } }, 'input.franchise.disclosure.investmentItems.0.min', 'OUT_OF_RANGE'],
    [{ disclosure: { ...DISCLOSURE, investmentItems: [{ name: '装修', min: 100000, max: 200000 }] } }, 'input.franchise.disclosure.investmentItems', 'INVESTMENT_BREAKDOWN'],
    [{ disclosure: { ...DISCLOSURE, fees: Array.from({ length: 1000 }, () => ({ name: '加盟费', amount: 1, refundable: false })) } }, 'input.franchise.disclosure.fees', 'TOO_MANY'],
    [{ disclosure: { ...DISCLOSURE, ownShops: Array.from({ length: 51 }, () => ({ city: '西安市', openedOn: inDays(-500) })) } }, 'input.franchise.disclosure.ownShops', 'TOO_MANY'],
  ])('refuses hostile franchise terms (%#) on the right field', async (change, field, code) => {
    const res = await s.gql(PO, { o: brand, i: { ...OPENING, franchise: { ...FRANCHISE, ...change } } }, bearer(owner));
    expect(codes(res)).toEqual([]);
    expect(res.data.postFranchiseOpening.franchiseOpening).toBeNull();
    expect(res.data.postFranchiseOpening.userErrors).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
  });
});
