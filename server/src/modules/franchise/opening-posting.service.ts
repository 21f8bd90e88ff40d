import type { Database } from '../../db/orm';
import type { FranchiseOpeningInput } from '../../generated/graphql';
import type { CatalogVersion } from '../../db/catalog-version-store';
import { forbidden, requireViewer } from '../accounts/account.service';
import { canManage, type Viewer } from '../accounts/viewer';
import { chinaDay } from '../courses/course.rows';
import { checkId, newId } from '../common/ids';
import { checkIdempotencyKey, once } from '../common/idempotency';
import { Checker, checkPay, checkPlace } from '../common/input-rules';
import { payColumns } from '../common/pay';
import { placeColumns, placeText } from '../common/place';
import { compareAndSet, staleStatus } from '../common/status-change';
import { syncSearchIndex } from '../common/search-index';
import { searchText } from '../common/text-filter';
import { searchForm } from '../common/text';
import { userError } from '../common/user-errors';
import { audit } from '../trust/audit';
import { checkPostedTexts } from '../trust/fee-check';
import type { FranchiseOpeningService } from './franchise-opening.service';
import { checkDisclosure, isFilingNumber, meetsTwoShopsOneYear, normalizeFilingNumber, type StoredDisclosure } from './franchise-disclosure';

/** Brands publish shop openings: staff wanted, and franchise terms with their filing. */
export class OpeningPostingService {
  constructor(
    private readonly db: Database,
    private readonly catalog: CatalogVersion,
    private readonly openings: FranchiseOpeningService,
  ) {}

  private check(input: FranchiseOpeningInput, today: string) {
    const c = new Checker();
    const title = c.text(input.title, 'input.title', '标题', 4, 30);
    const description = c.text(input.description, 'input.description', '介绍', 20, 2000);
    const place = checkPlace(c, input.place, 'input.place');
    if (input.openingDate && input.openingDate < today) c.add('OPENING_IN_PAST', '开业日期不能早于今天', 'input.openingDate');
    if (input.positions.length < 1 || input.positions.length > 6) c.add('POSITIONS', '请填写 1 到 6 个岗位', 'input.positions');
    const positions = input.positions.slice(0, 6).map((p, i) => ({
      title: c.text(p.title, `input.positions.${i}.title`, '岗位名称', 2, 20),
      headcount: c.int(p.headcount, `input.positions.${i}.headcount`, '人数', 1, 99),
      pay: checkPay(c, p.pay, `input.positions.${i}.pay`),
    }));
    const f = input.franchise ?? null;
    let brandProvides: string[] = [];
    let filingNumber: string | null = null;
    let disclosure: StoredDisclosure | null = null;
    if (f) {
      c.int(f.investmentMin, 'input.franchise.investmentMin', '最低投资', 10_000, 10_000_000);
      c.int(f.investmentMax, 'input.franchise.investmentMax', '最高投资', 10_000, 10_000_000);
      if (f.investmentMin > f.investmentMax) c.add('INVESTMENT_RANGE', '最低投资不能高于最高投资', 'input.franchise.investmentMin');
      brandProvides = c.lines(f.brandProvides, 'input.franchise.brandProvides', '品牌提供', 10, 50);
      // A franchise may not be sold without its filing (条例 art. 8) and its disclosure
      // (art. 21–22): both are required, not merely shown when present.
      filingNumber = f.filingNumber == null ? '' : normalizeFilingNumber(f.filingNumber);
      if (filingNumber === '') c.add('FILING_REQUIRED', '招加盟必须填写商业特许经营备案号', 'input.franchise.filingNumber');
      else if (!isFilingNumber(filingNumber)) c.add('INVALID_FILING', '备案号应是 0 开头的 16 位数字，如 0610100211800123', 'input.franchise.filingNumber');
      disclosure = checkDisclosure(c, f.disclosure, 'input.franchise.disclosure', today, { min: f.investmentMin, max: f.investmentMax });
    }
    // The title, the description, the positions and what the brand provides are all read for
    // who pays whom: a shop's staff pay nothing, and money a franchisee pays is disclosed in
    // the franchise terms, not slipped into the text (先交意向金锁定区域).
    const fees = checkPostedTexts(
      [
        { field: 'input.title', text: title }, { field: 'input.description', text: description },
        ...positions.map((p, i) => ({ field: `input.positions.${i}.title`, text: p.title })),
        ...brandProvides.map((text, i) => ({ field: `input.franchise.brandProvides.${i}`, text })),
      ],
      (quoted) => `开店信息不能让求职者出钱：${quoted}。请删掉这句再发布`,
    );
    for (const e of fees.errors) c.add(e.code, e.message, e.field);
    const contactName = c.text(input.contactName, 'input.contactName', '联系人', 1, 20);
    const contactPhone = c.phone(input.contactPhone, 'input.contactPhone');
    if (!c.ok) return { errors: c.errors } as const;
    const placeCols = placeColumns(place as never);
    const positionRows = positions.map((p, idx) => ({ idx, title: p.title!, headcount: p.headcount!, ...payColumns(p.pay) }));
    return {
      errors: null,
      positions: positionRows,
      columns: {
        title, description, ...placeCols, opening_date: input.openingDate ?? null,
        is_franchise_offer: this.db.boolParam(f !== null),
        investment_min: f?.investmentMin ?? null, investment_max: f?.investmentMax ?? null,
        brand_provides: f ? brandProvides.join('\n') : null, filing_number: f ? filingNumber : null,
        // Kept as it stood when saved, for readers of the row; the API computes it on the day asked.
        meets_two_shops_one_year: disclosure ? this.db.boolParam(meetsTwoShopsOneYear(disclosure.ownShops, today)) : null,
        disclosure: disclosure ? JSON.stringify(disclosure) : null,
        best_monthly_pay: Math.max(0, ...positionRows.map((p) => p.payMonthlyMax)),
        contact_name: contactName, contact_phone: contactPhone,
        search_text: searchText([title, description, placeText(placeCols), ...positionRows.map((p) => p.title)]),
      },
    } as const;
  }

  private positionRows(openingId: string, rows: { idx: number; title: string; headcount: number; payMin: number; payMax: number; payUnit: string; paySettlement: string; payUnitsPerMonth: number | null; payMonthlyMin: number; payMonthlyMax: number }[]) {
    return rows.map((p) => ({
      opening_id: openingId, idx: p.idx, title: p.title, headcount: p.headcount, pay_min: p.payMin, pay_max: p.payMax, pay_unit: p.payUnit,
      pay_settlement: p.paySettlement, pay_units_per_month: p.payUnitsPerMonth, pay_monthly_min: p.payMonthlyMin, pay_monthly_max: p.payMonthlyMax,
    }));
  }

  async post(viewer: Viewer | null, organizationId: string, input: FranchiseOpeningInput, idempotencyKey?: string | null) {
    const v = requireViewer(viewer);
    const key = checkIdempotencyKey(idempotencyKey);
    checkId(organizationId, 'organizationId');
    const org = await this.db.knex('organizations').where('id', organizationId).first('id', 'name', 'kind', 'suspended');
    if (!org || !v.orgIds.has(organizationId)) throw forbidden('只能为自己所在的品牌发布开店信息');
    return once(this.db, { userId: v.userId, key, operation: 'postFranchiseOpening', input: { organizationId, input } }, {
      replay: async (id) => ({ franchiseOpening: await this.openings.byId(id), userErrors: [] }),
      refuse: (userErrors) => ({ franchiseOpening: null, userErrors }),
      create: async (claim) => {
        if (org.kind === 'TRAINING_INSTITUTION') return { franchiseOpening: null, userErrors: [userError('NOT_A_BRAND', '培训机构不能发布开店信息', 'organizationId')] };
        if (this.db.readBool(org.suspended)) return { franchiseOpening: null, userErrors: [userError('ORGANIZATION_SUSPENDED', '机构因多次违规被暂停发布', 'organizationId')] };
        const now = new Date();
        const checked = this.check(input, chinaDay(now));
        if (checked.errors) return { franchiseOpening: null, userErrors: checked.errors };
        const id = newId();
        await this.db.writeTransaction(async (trx) => {
          await claim(trx, id);
          await trx('franchise_openings').insert({
            id, brand_id: organizationId, ...checked.columns, search_text: `${checked.columns.search_text} ${searchForm(org.name)}`,
            status: 'OPEN', published_at: this.db.dateParam(now), created_at: this.db.dateParam(now), updated_at: this.db.dateParam(now),
          });
          await trx('opening_positions').insert(this.positionRows(id, checked.positions));
          await syncSearchIndex(this.db, trx, 'franchise_openings', [id]);
          await audit(this.db, trx, { actorId: v.userId, action: 'OPENING_POSTED', subjectKind: 'FRANCHISE_OPENING', subjectId: id, after: { status: 'OPEN' } });
        });
        await this.catalog.bump();
        return { franchiseOpening: await this.openings.byId(id), userErrors: [] };
      },
    });
  }

  private async managed(v: Viewer, id: string) {
    checkId(id);
    const o = await this.db.knex('franchise_openings').join('organizations', 'organizations.id', 'franchise_openings.brand_id').where('franchise_openings.id', id).first('franchise_openings.id', 'franchise_openings.status', 'franchise_openings.brand_id', 'organizations.name as brand_name');
    return o && v.orgIds.has(o.brand_id) ? o : null;
  }

  async update(viewer: Viewer | null, id: string, input: FranchiseOpeningInput) {
    const v = requireViewer(viewer);
    const o = await this.managed(v, id);
    if (!o) return { franchiseOpening: null, userErrors: [userError('NOT_FOUND', '没有找到这条开店信息', 'id')] };
    if (o.status === 'TAKEN_DOWN') return { franchiseOpening: null, userErrors: [userError('TAKEN_DOWN', '已被下架的信息不能修改', 'id')] };
    const now = new Date();
    const checked = this.check(input, chinaDay(now));
    if (checked.errors) return { franchiseOpening: null, userErrors: checked.errors };
    // An edit leaves the status alone, but must not land in an opening the bureau took down
    // after the check above: the update holds only while it is not.
    const saved = await this.db.writeTransaction(async (trx) => {
      const updated = await trx('franchise_openings').where('id', id).whereNot('status', 'TAKEN_DOWN')
        .update({ ...checked.columns, search_text: `${checked.columns.search_text} ${searchForm(o.brand_name)}`, updated_at: this.db.dateParam(now) });
      if (Number(updated) !== 1) return false;
      await syncSearchIndex(this.db, trx, 'franchise_openings', [id]);
      await trx('opening_positions').where('opening_id', id).del();
      await trx('opening_positions').insert(this.positionRows(id, checked.positions));
      await audit(this.db, trx, { actorId: v.userId, action: 'OPENING_UPDATED', subjectKind: 'FRANCHISE_OPENING', subjectId: id });
      return true;
    });
    if (!saved) return { franchiseOpening: null, userErrors: [userError('TAKEN_DOWN', '已被下架的信息不能修改', 'id')] };
    await this.catalog.bump();
    return { franchiseOpening: await this.openings.byId(id), userErrors: [] };
  }

  /**
   * Stops recruiting. Closing a closed opening is a no-op success; one the bureau took down —
   * before or while this runs — gives STALE_STATUS and stays taken down.
   */
  async close(viewer: Viewer | null, id: string) {
    const v = requireViewer(viewer);
    const o = await this.managed(v, id);
    if (!o) return { franchiseOpening: null, userErrors: [userError('NOT_FOUND', '没有找到这条开店信息', 'id')] };
    const answer = async (status: string) => ({ franchiseOpening: await this.openings.byId(id), userErrors: status === 'CLOSED' ? [] : [staleStatus()] });
    if (o.status !== 'OPEN' && o.status !== 'DRAFT') return answer(o.status);
    const closed = await this.db.writeTransaction(async (trx) => {
      if (!(await compareAndSet(trx, 'franchise_openings', id, { status: o.status }, { status: 'CLOSED', updated_at: this.db.dateParam(new Date()) }))) return false;
      await audit(this.db, trx, { actorId: v.userId, action: 'OPENING_CLOSED', subjectKind: 'FRANCHISE_OPENING', subjectId: id, before: { status: o.status }, after: { status: 'CLOSED' } });
      return true;
    });
    if (!closed) return answer((await this.managed(v, id))?.status ?? '');
    await this.catalog.bump();
    return { franchiseOpening: await this.openings.byId(id), userErrors: [] };
  }

  async postedBy(viewer: Viewer | null, organizationId: string) {
    if (!canManage(viewer, organizationId)) return null;
    const ids = (await this.db.knex('franchise_openings').where('brand_id', organizationId).orderBy('created_at', 'desc').limit(200).pluck('id')) as string[];
    return (await Promise.all(ids.map((id) => this.openings.byId(id)))).filter((o) => o !== null);
  }
}
