import { normalizeText } from '../common/text';
import { userError, type UserError } from '../common/user-errors';

/**
 * Upfront fees are the commonest job scam ("job turns into paid training", deposits for
 * uniforms or dormitories, a medical check at the recruiter's clinic, 刷单 that needs money
 * advanced, training paid with a loan). A list of fee words cannot catch them: the next scam
 * asks for a 会员费 or a 工具箱 the list never heard of, while honest postings that say who
 * pays (公司承担体检费用, 不收押金) trip over the same words. So every posted text is read
 * sentence by sentence for the direction of money:
 *
 * - **demand** — the reader pays, deposits, transfers, advances, buys, bears a cost, has it
 *   deducted or withheld from wages, or takes a loan, for anything (交/缴/付/转账/垫付/购买/
 *   自购/自理/自费/从工资中扣/押/分期/贷款 … any …费, 押金, 学费, 会员, 工具, 产品, 货款 …),
 *   or a fee is priced without saying the employer pays it ("工装费150元"). Refused.
 * - **denial** — the money is denied ("不收押金", "不收取任何押金、服装费、培训费"). Fine.
 * - money flowing to the reader (工资, 提成, 补贴, 报销 …) or borne by the employer
 *   (公司承担, 免费, 包 …). Fine.
 * - **undisclosed** — a cost whose payer the text will not state ("费用面议", "具体费用电话
 *   咨询"): the fee that appears only after the first call. Held for the bureau to read.
 *
 * 刷单 work is refused however it is phrased; a denial does not excuse a demand elsewhere in
 * the posting. The labelled corpus in `fee-corpus/` (tuning and hold-out sets) measures the
 * rules; `test/fee-corpus.test.ts` prints their precision and recall.
 */

/** Every job states it: a promise the villager can hold the employer to, not a detector. */
export const NO_FEE_STATEMENT = '不向求职者收取任何费用';

export type SentenceReading = 'demand' | 'denial' | 'undisclosed' | 'none';

export type FeeVerdict =
  | { kind: 'ok' }
  | { kind: 'review'; sentence: string }
  | { kind: 'refuse'; sentence: string };

// ---------------------------------------------------------------------------------------
// Vocabulary. Each list is a class of meaning, not a list of scams: a new fee word fits one
// of them (any 某某费 is a fee, any 某某金 on the deposit list a deposit).

// Words whose characters would otherwise read as money verbs or fees: 交通 is not 交, 收银 not
// 收, 押运 (escorting cargo) not 押, 扣件 (scaffold clamps) not 扣, 付出 (effort) not 付.
const NOT_MONEY =
  /交通|交流|交接|交代|提交|递交|社交|交往|成交|交友|交班|交替|交界|交叉|交换|交谈|转交|交警|交货(?!款)|交付使用|交房|交工|交楼|收入|收银|收货|收件|签收|验收|接收|招收|收拾|回收|收割|秋收|收茶|收购|收获|收成|收工|收尾|收纳|收集|收藏|收徒|丰收|吸收|付出|对付|应付|托付|押运|押车|押货|押钞|扣件|扣子|纽扣|钉扣|扣眼|扣板|扣分|转正|转岗|转班|转场|转运|中转|周转|出租|出差|出门|出发|会员店|消费者|浪费|费心|费力|费劲|费时|费事|费解|不费|以免|避免|免得|难免|免谈|免息|买卖|无锡|无尘|无人机|无忧|无法无天/g;

// Money that flows to the reader. Their 费 (加班费, 小费, 返费) is not a fee the reader pays.
const TO_READER =
  /工资|薪|底薪|提成|补贴|补助|奖金|奖励|津贴|分红|收益|工钱|加班费|高温费|夜班费|小费|返费|报销|全勤|保底|月入|日入|年入|计件|计时|绩效|佣金|年终奖|酬|工价|日结|月结|结算|结清|餐补|房补|饭补|车补|话补|红利|返现/g;

// Who pays when it is not the reader: the employer, its shop or head office, the trainer,
// the state.
const PAYER_NOT_READER =
  '(?:本公司|我公司|用人单位|公司|单位|厂里|厂方|本厂|工厂|店里|本店|店方|店家|老板|门店|总部|品牌方|品牌|我们|我司|我店|我厂|项目部|项目方|雇主家|雇主|东家|学校|培训机构|机构|中心|政府|财政|县人社局|人社局|县里|酒店|餐厅|饭店|茶厂|茶企|企业|基地|合作社|村里|甲方|茶园|工地|平台方)';
// The payer and its paying verb: "公司承担", "由公司支付", "厂里全额报销", "公司为员工购买保险".
// Not "在公司买" or "向公司交": there the company is where the reader pays.
const EMPLOYER_PAYS = new RegExp(
  `(?<![在从向跟找到去给交缴付])${PAYER_NOT_READER}(?:统一|全额|免费|负责|来|会|都|全部|直接|为[^,:]{0,6}?|给[^,:]{0,6}?|帮[^,:]{0,6}?|替[^,:]{0,6}?)?(?:承担|负担|支付|出钱|出资|出|报销|报|买单|全包|包|垫付|缴纳|交|购买|买|办理|代办|提供|发放|发|补贴|补助|免费|全免|安排|负责)`,
  'g',
);
// Costs carried by someone other than the reader, without naming who.
const NOT_READER_BEARS = /免费|全免|免(?=[^,:]{0,2}(?:费|押|学|培|体|服|住|食|中介))|包(?=吃|住|食|路费|车费|体检|工装|培训|教|分配|就业|推荐|签证)|报销|补贴|补助|发放|赠送|配发|发(?=[零一二两三四五六七八九十百千万\d])/;

// A fee: any 某某费 (the ones paid to the reader are removed above), a deposit of any name,
// and the services sold with a price ("证书代办", "包过").
const FEE = /费|押金|保证金|抵押金|风险金|定金|订金|意向金|诚意金|保障金|担保金|质保金|违约金|股金|押岗金|占位金|会费|代办|包过|包拿证/;
const DEPOSIT = /押金|保证金|风险金|定金|订金|意向金|诚意金|保障金|担保金|质保金|股金|押岗金|占位金/;
// Things a reader can be made to buy or pay for.
// Goods priced in the text are sold to the reader: "月嫂课程9800元".
const PRICED_GOODS = /学费|会员|工具|刀具|器材|设备|产品|货品|套餐|资料|教材|证书|工装|工衣|工服|服装|制服|工作服|工鞋|劳保|用品|精油|课程|卡/;
const GOODS = /学费|会员|工具|刀具|器材|设备|产品|货款|货品|进货|套餐|资料|教材|证书|办证|考证|工装|工衣|工服|服装|制服|工作服|工鞋|劳保|用品|精油|毛巾|车辆|电动车|种苗|饲料|课程|名额|岗位|区域|钱|款|现金|红包|保险/;

// Verbs that move money from the reader. The weak ones (付, 支付, 转账) also pay wages, so they
// count only with a fee or an amount that is not wages.
const MONEY_VERB =
  /交纳|缴纳|交|缴|支付|付|转账|转款|转钱|汇款|打款|打钱|扫码|垫|购买|购置|自购|认购|买|充值|开通|升级|办理?(?=[^,:]{0,3}(?:会员|卡|贷|分期))|自理|自费|自付|自掏|承担|负担|出钱|出资|花钱|赔偿|赔付|赔|平摊|分摊|另计|另算|另收|加收|额外收|进货|收取|收|扣除|扣减|抵扣|代扣|预扣|扣|押(?!金)|压(?=[^,:]{0,4}(?:工资|月|天))/;
const MONEY_VERBS = new RegExp(MONEY_VERB.source, 'g');
const WEAK_VERB = /^(?:付|支付|转账|转款|汇款|打款)$/;
// Verbs that are a demand on their own, whatever they are for.
const DEMAND_ON_ITS_OWN = new RegExp([
  '垫付|垫资|垫钱|先垫|自费|自付|自理|自掏|自购|预付|预交|先交|先付|先缴|交钱|交费|缴费|付费|收费|出钱|花钱|扫码(?:支付|付款|付|转账)',
  // Loans and instalments pay for "free" training with the villager's credit.
  '贷款|网贷|借贷|培训贷|学费贷|分期|分[\\d一二三四五六七八九十两]{1,2}期|首付|花呗|借呗|白条|信用卡',
  // Having to buy something, whatever it is: 须先购买本公司的护肤品, 要先充值.
  '(?:需|须|要|必须|得|先|应)[^,:]{0,4}(?:购买|买|自购|认购|进货|订购|充值|开通)',
  // A refund promised is a payment taken: 先交后退, 押金满一年退还, 做满九十天返还费用.
  '先交后[退返]|先付后[退返]',
].join('|'));
// Wages withheld or deducted: 押一个月工资, 工资押半个月, 工资只发一半, 扣除当月工资. Read
// before wages are set aside as money flowing to the reader.
const WAGES_WITHHELD = /(?:押|压)[^,:金]{0,3}(?:工资|个?月|天|周)|(?:工资|薪水|薪资)[^,:]{0,4}(?:押|压|扣|只发|发一半|暂缓|留)|扣[^,:]{0,4}(?:工资|薪)/;
const REFUND = /退还|返还|退回|退款|全退|可退|[退返](?![休伍])/;
const TRAVEL = /路费|车费|车票|机票|交通费|往返/;
// A price: 3800元, 300块, ¥500, 两千, 一千五, 八百, 三万.
const AMOUNT = /[¥￥]\d|\d+(?:\.\d+)?(?:元|块|圆|rmb|万|千|百(?!分))|[零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]{1,8}(?:元|块|圆)|(?<![第周礼每星])[一二两三四五六七八九十][百千万](?![分米年])/;
const BARE_NUMBER_AFTER_VERB = /(?:交|缴|付|转|扣|押|充)[^,:]{0,3}\d{2,}/;
// "需", "要", "须": the fee is required of the reader.
const REQUIRED_FEE = new RegExp(`(?:需|要|须|得|必须)[^,:]{0,6}(?:${FEE.source})`);

// A denial: 不收, 不用交, 无需, 免, 没有, 零押金 … in front of the money it denies.
const DENIAL_WORD = /不收取?|不另收|不向|不需要?|不用|不要|不交|不缴|不付|不扣|不押|不压|不会|不得|严禁|禁止|不存在|不涉及|不产生|不设|绝不|从不|拒绝|无需|无须|免|没有|无|零(?=押|费|门槛|成本|中介|收费)|0(?=押|费|中介)|一分钱?不收|一分钱?不要|分文不取/g;
// What a denial's scope stops at: a new requirement, a contrast, a condition.
const SCOPE_END = /需|须|要(?![交缴付收])|先|只|仅|另|才|就|再|然后|之后|否则|如果/;
// 不交钱不让上岗, 不交押金就不能上钟: a denial that states the condition of a demand.
const CONDITION = /(?:不|没|未)(?:先)?(?:交|缴|付|给钱|买|购买|办|充值|转账?)[^。]{0,12}?(?:不能|不让|不给|不予|无法|没法|不可|不准|不安排|不录用|不发|不得|就没|就不|则不|则无|没有(?:岗位|工作|名额)|没岗位|没工作|上不了|进不了|拿不到|领不到|不办理|不接收)/;
// Work that is a fraud whatever else is said: 刷单 and its kin.
const ALWAYS_FRAUD = /刷单|刷信誉|刷好评|刷流水|刷销量|刷钻|点赞返利|做任务返佣|垫资/;
// A cost that exists but whose payer is for the phone call to reveal.
const UNDISCLOSED = /(?:费用|价格|多少钱|费)[^,:]{0,4}(?:面议|面谈|详询|咨询|另行通知|另议|私聊|详谈|现场了解|电话了解|到店了解|待定|加微信|私信)/;

// Sentence ends, and the markers that start an item of a list (①, 1、, •).
const SENTENCE_BREAK = /[。！？；!?;\n\u2460-\u24ff\u2776-\u2793•●▪◆■★☆※]+|(?<=^|[,，、\s])[(（]?\d{1,2}[)）.、](?!\d)/;
// Clause breaks inside a sentence: a denial or a price reaches to the next one at most.
const CLAUSE_BREAK = /[,:，：]|但是|但|可是|不过|然而|只是/;

const MAX_TEXT = 20_000;

/** The sentences of a text, as the reader sees them (trimmed, empty ones dropped). */
export function sentencesOf(text: string): string[] {
  return normalizeText(text.slice(0, MAX_TEXT)).split(SENTENCE_BREAK).map((s) => s?.trim() ?? '').filter((s) => s.length > 0);
}

/** The matching form: compatibility forms folded, spaces gone, Latin in lower case. */
function matchingForm(sentence: string): string {
  return sentence.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

const blank = (m: string) => '□'.repeat(m.length);

/** Masks each denial with the money it denies, up to where its scope ends. */
function withoutDenials(clause: string): { rest: string; denied: boolean } {
  let denied = false;
  let rest = clause;
  for (const m of clause.matchAll(DENIAL_WORD)) {
    const start = m.index!;
    const after = clause.slice(start + m[0].length, start + m[0].length + 24);
    const stop = after.search(SCOPE_END);
    const scope = stop < 0 ? after : after.slice(0, stop);
    // Only a denial of money: "无经验" and "不限年龄" deny nothing a reader would pay.
    if (!(/[收交缴付扣押压]/.test(m[0]) || FEE.test(scope) || GOODS.test(scope) || MONEY_VERB.test(scope) || /费用|任何|一切/.test(scope))) continue;
    denied = true;
    const end = start + m[0].length + scope.length;
    rest = rest.slice(0, start) + blank(clause.slice(start, end)) + rest.slice(end);
  }
  return { rest, denied };
}

function readClause(raw: string): SentenceReading {
  const { rest, denied } = withoutDenials(raw);
  if (WAGES_WITHHELD.test(rest)) return 'demand';
  const toReader = new RegExp(TO_READER.source).test(rest);
  let c = rest.replace(TO_READER, blank);
  const employerPays = new RegExp(EMPLOYER_PAYS.source).test(c);
  c = c.replace(EMPLOYER_PAYS, blank);
  const notReaderBears = employerPays || NOT_READER_BEARS.test(c);

  if (DEMAND_ON_ITS_OWN.test(c)) return 'demand';
  const verbs = [...c.matchAll(MONEY_VERBS)].map((m) => m[0]);
  const fee = FEE.test(c);
  const amount = AMOUNT.test(c) || BARE_NUMBER_AFTER_VERB.test(c);
  if (verbs.length > 0) {
    if (fee || GOODS.test(c)) return 'demand';
    // "工资通过银行转账发放" pays the reader; "转账300元" pays the poster.
    const weak = verbs.every((v) => WEAK_VERB.test(v));
    if (amount && !(weak && toReader)) return 'demand';
  }
  if (amount && PRICED_GOODS.test(c) && !toReader && !notReaderBears) return 'demand';
  if (fee && !notReaderBears) {
    // A priced fee, a deposit, a refund promised for a fee, a fee required: all paid by the reader.
    if (amount && !toReader) return 'demand';
    if (DEPOSIT.test(c)) return 'demand';
    if (REFUND.test(c) && !TRAVEL.test(c)) return 'demand';
    if (REQUIRED_FEE.test(c)) return 'demand';
  }
  if (denied) return 'denial';
  if (UNDISCLOSED.test(c) && !toReader && !notReaderBears) return 'undisclosed';
  return 'none';
}

/** What one sentence says about money: a demand, a denial, a cost left undisclosed, or nothing. */
export function readSentence(sentence: string): SentenceReading {
  const s = matchingForm(sentence).replace(NOT_MONEY, blank);
  if (ALWAYS_FRAUD.test(s) || CONDITION.test(s)) return 'demand';
  let reading: SentenceReading = 'none';
  for (const clause of s.split(CLAUSE_BREAK)) {
    const r = readClause(clause);
    if (r === 'demand') return 'demand';
    if (r === 'undisclosed' || (r === 'denial' && reading === 'none')) reading = r;
  }
  return reading;
}

/** The verdict on a text: refused on its first demand, held on a cost left undisclosed. */
export function checkFees(text: string): FeeVerdict {
  let review: string | null = null;
  for (const sentence of sentencesOf(text)) {
    const r = readSentence(sentence);
    if (r === 'demand') return { kind: 'refuse', sentence };
    if (r === 'undisclosed' && review === null) review = sentence;
  }
  return review === null ? { kind: 'ok' } : { kind: 'review', sentence: review };
}

/** A text a poster wrote and the input field it came from. */
export interface PostedText {
  field: string;
  text: string | null | undefined;
}

// A hostile 5,000-character sentence is quoted in part: enough to find it, not to echo it.
function quote(sentence: string): string {
  const chars = [...sentence];
  return chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : sentence;
}

/**
 * Checks every text of a posting. Returns one `FEE_REQUESTED` error per field that asks for
 * money, its message quoting the sentence (`message(quoted)` words it for the posting kind),
 * and the first sentence that leaves a cost undisclosed, if any.
 */
export function checkPostedTexts(texts: PostedText[], message: (quoted: string) => string): { errors: UserError[]; review: string | null } {
  const errors: UserError[] = [];
  let review: string | null = null;
  for (const { field, text } of texts) {
    if (!text) continue;
    const verdict = checkFees(text);
    if (verdict.kind === 'refuse') errors.push(userError('FEE_REQUESTED', message(`“${quote(verdict.sentence)}”`), field));
    else if (verdict.kind === 'review' && review === null) review = quote(verdict.sentence);
  }
  return { errors, review };
}
