// The demo catalogue of 紫阳务工通: a few hundred plausible postings for Ziyang county and the
// cities where its villagers work (above all in foot-therapy and pedicure shops).
//
// Everything is deterministic: one seeded PRNG drives every choice and every date is computed
// from the `now` passed in, so `buildDemoCatalog(now)` returns the same data for the same `now`.
// The vocabularies (places, trades, job kinds, phrases) are exported because the benchmark
// generator (`bench-generator.ts`) draws from them too.

import type {
  Catalog,
  CourseInput,
  CourseSkill,
  FranchiseOpeningInput,
  FranchiseTermsInput,
  JobCategory,
  JobInput,
  OpeningPositionInput,
  OrganizationInput,
  OrganizationKind,
  PayInput,
  PaySettlement,
  PlaceInput,
} from './catalog-types';

// ───────────────────────────── random numbers ─────────────────────────────

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** mulberry32: tiny, fast and good enough for picking demo data. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Opaque 12-character ids ([A-Za-z0-9]) from a seeded generator. Ids use their own sfc32 stream
 * (128 bits of state, seeded through splitmix32) rather than mulberry32: mulberry32 streams of
 * different seeds are shifted copies of one 2^32-long cycle, so two factories could overlap once
 * a benchmark draws millions of ids; sfc32 streams of different seeds do not.
 */
export function makeIdFactory(seed: number): () => string {
  let s = seed >>> 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 15; i++) next();
  return () => {
    let id = '';
    for (let i = 0; i < 12; i++) id += ID_ALPHABET[next() % 62];
    return id;
  };
}

/** An integer in [lo, hi]. */
export function randInt(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

/** k distinct items in random order. */
export function pickSome<T>(rng: Rng, items: readonly T[], k: number): T[] {
  const copy = items.slice();
  const n = Math.min(k, copy.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rng() * (copy.length - i));
    const t = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = t;
  }
  return copy.slice(0, n);
}

/** Index into `weights` chosen with probability proportional to the weight. */
export function pickWeighted(rng: Rng, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let x = rng() * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i] as number;
    if (x < 0) return i;
  }
  return weights.length - 1;
}

function roundTo(n: number, step: number): number {
  return Math.round(n / step) * step;
}

// ───────────────────────────── dates ─────────────────────────────

export const DAY_MS = 86_400_000;
const CST_OFFSET_MS = 8 * 3_600_000;

/** The calendar day (China Standard Time) `offsetDays` after the day of `now`, as YYYY-MM-DD. */
export function cstDay(now: Date, offsetDays: number): string {
  return new Date(now.getTime() + CST_OFFSET_MS + offsetDays * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from the CST day of `now` to `day`. */
function daysFromToday(now: Date, day: string): number {
  const today = Date.parse(cstDay(now, 0));
  return Math.round((Date.parse(day) - today) / DAY_MS);
}

/** Seconds elapsed since midnight China time. */
function secondsSinceCstMidnight(now: Date): number {
  return Math.floor(((now.getTime() + CST_OFFSET_MS) % DAY_MS) / 1000);
}

export type Season = 'SPRING' | 'SUMMER' | 'AUTUMN' | 'WINTER';

/** The season in Ziyang's tea calendar: spring tea runs from late February to May. */
export function seasonOf(now: Date): Season {
  const month = new Date(now.getTime() + CST_OFFSET_MS).getUTCMonth() + 1;
  if (month >= 2 && month <= 5) return 'SPRING';
  if (month >= 6 && month <= 8) return 'SUMMER';
  if (month >= 9 && month <= 10) return 'AUTUMN';
  return 'WINTER';
}

/** Hands out past instants (whole seconds) that are never used twice. */
class InstantPool {
  private readonly used = new Set<number>();
  private readonly nowSec: number;
  constructor(now: Date) {
    this.nowSec = Math.floor(now.getTime() / 1000);
  }
  /** An instant between `minAgeSec` and `maxAgeSec` seconds before now. */
  ago(rng: Rng, minAgeSec: number, maxAgeSec: number): Date {
    let t = this.nowSec - randInt(rng, Math.max(1, minAgeSec), Math.max(1, maxAgeSec));
    while (this.used.has(t)) t -= 1;
    this.used.add(t);
    return new Date(t * 1000);
  }
}

// ───────────────────────────── places ─────────────────────────────

/** Ziyang county itself, Shaanxi outside it, or a city far away. */
export type Scope = 'ZIYANG' | 'SHAANXI' | 'AWAY';

/** A place where postings stand: a town of Ziyang, a district of a city, a factory town. */
export interface Area {
  key: string;
  /** Short label for titles, e.g. 深圳南山 or 紫阳高桥. */
  label: string;
  province: string;
  city: string;
  county: string | null;
  town: string | null;
  lat: number;
  lng: number;
  /** Streets (in cities) or landmarks (in the county town) for the address line. */
  spots: readonly string[];
  villages: readonly string[];
  scope: Scope;
}

function scopeOf(province: string, county: string | null): Scope {
  if (county === '紫阳县') return 'ZIYANG';
  return province === '陕西省' ? 'SHAANXI' : 'AWAY';
}

function ziyangTown(town: string, lat: number, lng: number, villages: string[], spots: string[] = []): Area {
  const short = town.replace(/镇$/, '');
  return {
    key: town,
    label: town === '城关镇' ? '紫阳县城' : `紫阳${short}`,
    province: '陕西省', city: '安康市', county: '紫阳县', town,
    lat, lng, spots, villages, scope: 'ZIYANG',
  };
}

/** Districts of one city, as a little factory: city(...)(district, ...). */
function cityOf(province: string, city: string, short: string) {
  return (county: string | null, town: string | null, label: string, lat: number, lng: number, spots: string[]): Area => ({
    key: `${short}${label}`,
    label: `${short}${label}`,
    province, city, county, town, lat, lng, spots, villages: [],
    scope: scopeOf(province, county),
  });
}

/**
 * The towns of 紫阳县 with rough coordinates. 绕溪镇 and 瓦房店镇 are kept because people still
 * name them (绕溪 was merged into a neighbour; 瓦房店 is the old market town by the 任河).
 */
export const ZIYANG_TOWNS: readonly Area[] = [
  ziyangTown('城关镇', 32.5204, 108.5372, [], ['仁和国际社区', '县客运站附近', '汉江大桥北头', '紫阳中学附近', '东城新区', '县城老街', '县医院对面']),
  ziyangTown('蒿坪镇', 32.5983, 108.6241, ['双星村', '金石村', '东河村']),
  ziyangTown('汉王镇', 32.6551, 108.4862, ['汉城村', '马家营村', '小河村']),
  ziyangTown('焕古镇', 32.6124, 108.3931, ['东河村', '黄金村', '大青村', '焕古村']),
  ziyangTown('向阳镇', 32.4953, 108.4521, ['营梁村', '杨柳村', '三门村']),
  ziyangTown('红椿镇', 32.5602, 108.3302, ['盘龙村', '红椿村', '尚坝村']),
  ziyangTown('洞河镇', 32.4321, 108.6173, ['洞河村', '楸园村', '关庙村']),
  ziyangTown('洄水镇', 32.6402, 108.6803, ['洄水村', '小米溪村', '团结村']),
  ziyangTown('双桥镇', 32.5905, 108.6998, ['双桥村', '马道村', '新华村']),
  ziyangTown('高桥镇', 32.3951, 108.4622, ['铁佛村', '高桥村', '兴隆村', '龙潭村']),
  ziyangTown('高滩镇', 32.3254, 108.3921, ['高滩村', '文家村', '权河村']),
  ziyangTown('毛坝镇', 32.2682, 108.3383, ['毛坝村', '染房村', '关垭村']),
  ziyangTown('瓦庙镇', 32.3703, 108.2824, ['瓦庙村', '大连村', '堰塘村']),
  ziyangTown('麻柳镇', 32.2284, 108.2702, ['麻柳村', '水磨村', '新庄村']),
  ziyangTown('双安镇', 32.4602, 108.2003, ['双安村', '闹河村', '白马村']),
  ziyangTown('东木镇', 32.6604, 108.2902, ['东木村', '柳坪村', '庙坝村']),
  ziyangTown('界岭镇', 32.1682, 108.4603, ['界岭村', '松树村', '大岭村']),
  ziyangTown('绕溪镇', 32.4603, 108.5604, ['蓼坝村', '绕溪村', '团堡村']),
  ziyangTown('瓦房店镇', 32.4802, 108.4703, ['瓦房店村', '任河村', '三官堂村']),
];

const beijing = cityOf('北京市', '北京市', '北京');
const shanghai = cityOf('上海市', '上海市', '上海');
const shenzhen = cityOf('广东省', '深圳市', '深圳');
const guangzhou = cityOf('广东省', '广州市', '广州');
const dongguan = cityOf('广东省', '东莞市', '东莞');
const hangzhou = cityOf('浙江省', '杭州市', '杭州');
const chengdu = cityOf('四川省', '成都市', '成都');
const chongqing = cityOf('重庆市', '重庆市', '重庆');
const wuhan = cityOf('湖北省', '武汉市', '武汉');
const nanjing = cityOf('江苏省', '南京市', '南京');
const suzhou = cityOf('江苏省', '苏州市', '苏州');
const zhengzhou = cityOf('河南省', '郑州市', '郑州');
const changsha = cityOf('湖南省', '长沙市', '长沙');
const xian = cityOf('陕西省', '西安市', '西安');
const ankang = cityOf('陕西省', '安康市', '安康');

/** City districts where Ziyang's foot-therapy and pedicure shops stand. */
export const SHOP_CITY_AREAS: readonly Area[] = [
  beijing('朝阳区', null, '朝阳', 39.9215, 116.4434, ['朝阳路', '广渠路', '阜通东大街', '望京西路', '劲松路', '十里堡路']),
  beijing('海淀区', null, '海淀', 39.9593, 116.2982, ['学院路', '成府路', '中关村大街', '清河中街', '万泉河路']),
  beijing('丰台区', null, '丰台', 39.8583, 116.2871, ['丰台北路', '马家堡东路', '方庄路', '南苑路', '科兴路']),
  beijing('大兴区', null, '大兴', 39.7272, 116.3413, ['兴华大街', '黄村西大街', '旧宫东路', '金星路']),
  beijing('通州区', null, '通州', 39.9021, 116.6572, ['新华大街', '九棵树东路', '梨园北街', '运河西大街']),
  shanghai('浦东新区', null, '浦东', 31.2214, 121.5443, ['张杨路', '浦东南路', '川沙路', '东方路', '杨高中路']),
  shanghai('闵行区', null, '闵行', 31.1131, 121.3822, ['漕宝路', '七莘路', '都市路', '沪闵路', '莘松路']),
  shanghai('松江区', null, '松江', 31.0322, 121.2281, ['人民北路', '九亭大街', '新松江路', '荣乐东路']),
  shanghai('宝山区', null, '宝山', 31.4053, 121.4892, ['共康路', '牡丹江路', '淞宝路', '长江西路']),
  shanghai('嘉定区', null, '嘉定', 31.3751, 121.2653, ['曹安公路', '城中路', '博乐路', '塔城路']),
  shenzhen('南山区', null, '南山', 22.5332, 113.9304, ['南山大道', '桃园路', '南海大道', '学府路', '前海路', '沙河西路']),
  shenzhen('福田区', null, '福田', 22.5413, 114.0553, ['深南中路', '华强北路', '福华路', '泰然九路', '新洲路', '梅林路']),
  shenzhen('龙岗区', null, '龙岗', 22.7204, 114.2471, ['龙岗大道', '布吉路', '龙城大道', '五和大道', '横岗大道']),
  shenzhen('宝安区', null, '宝安', 22.5553, 113.8842, ['宝安大道', '新安六路', '西乡大道', '福永大道', '沙井路']),
  shenzhen('龙华区', null, '龙华', 22.6561, 114.0452, ['人民路', '民治大道', '东环二路', '梅龙大道']),
  guangzhou('天河区', null, '天河', 23.1251, 113.3612, ['天河北路', '体育西路', '黄埔大道', '天河路', '棠下路']),
  guangzhou('白云区', null, '白云', 23.1572, 113.2731, ['机场路', '三元里大道', '同和路', '京溪路']),
  guangzhou('番禺区', null, '番禺', 22.9381, 113.3842, ['大北路', '光明北路', '迎宾路', '市桥东环路']),
  guangzhou('海珠区', null, '海珠', 23.0842, 113.3171, ['江南大道', '昌岗路', '工业大道', '新港西路']),
  hangzhou('西湖区', null, '西湖', 30.2593, 120.1302, ['文三路', '古墩路', '学院路', '天目山路', '文一西路']),
  hangzhou('拱墅区', null, '拱墅', 30.3192, 120.1421, ['莫干山路', '湖墅南路', '上塘路', '丽水路']),
  hangzhou('余杭区', null, '余杭', 30.4193, 120.3004, ['五常大道', '余杭塘路', '文一西路', '荆长大道']),
  hangzhou('萧山区', null, '萧山', 30.1842, 120.2643, ['市心中路', '金城路', '人民路', '建设一路']),
  hangzhou('滨江区', null, '滨江', 30.2083, 120.2121, ['江南大道', '长河路', '滨盛路', '江陵路']),
  chengdu('武侯区', null, '武侯', 30.6423, 104.0431, ['人民南路四段', '武侯大道', '玉林路', '科华北路', '佳灵路']),
  chengdu('锦江区', null, '锦江', 30.6572, 104.0832, ['东大街', '红星路三段', '春熙路', '总府路']),
  chengdu('成华区', null, '成华', 30.6604, 104.1023, ['建设路', '府青路', '二仙桥东路', '双林路']),
  chengdu('金牛区', null, '金牛', 30.6912, 104.0521, ['蜀汉路', '营门口路', '金府路', '一品天下大街']),
  chongqing('渝北区', null, '渝北', 29.7181, 106.6312, ['松石大道', '金开大道', '新南路', '红锦大道']),
  chongqing('江北区', null, '江北', 29.6063, 106.5741, ['建新北路', '建新南路', '洋河一路', '北滨一路']),
  chongqing('九龙坡区', null, '九龙坡', 29.5024, 106.5113, ['杨家坪正街', '谢家湾正街', '石杨路', '科园一路']),
  chongqing('南岸区', null, '南岸', 29.5233, 106.5621, ['南城大道', '南坪西路', '江南大道', '腾龙大道']),
  chongqing('沙坪坝区', null, '沙坪坝', 29.5412, 106.4573, ['小龙坎正街', '天陈路', '汉渝路', '沙南街']),
  wuhan('洪山区', null, '洪山', 30.5004, 114.3431, ['珞喻路', '雄楚大道', '关山大道', '民族大道']),
  wuhan('江汉区', null, '江汉', 30.6013, 114.2702, ['解放大道', '建设大道', '万松园路', '常青路']),
  wuhan('武昌区', null, '武昌', 30.5534, 114.3161, ['中南路', '中北路', '徐东大街', '武珞路']),
  wuhan('江岸区', null, '江岸', 30.6001, 114.3092, ['台北路', '后湖大道', '黄浦大街', '解放大道']),
  nanjing('江宁区', null, '江宁', 31.9533, 118.8402, ['双龙大道', '天元中路', '胜太路', '竹山路']),
  nanjing('鼓楼区', null, '鼓楼', 32.0662, 118.7702, ['中山北路', '湖南路', '汉中门大街', '虎踞路']),
  nanjing('秦淮区', null, '秦淮', 32.0341, 118.7973, ['中华路', '中山南路', '应天大街', '大明路']),
  nanjing('建邺区', null, '建邺', 32.0043, 118.7322, ['江东中路', '集庆门大街', '所街', '应天大街']),
  suzhou('姑苏区', null, '姑苏', 31.3121, 120.6172, ['人民路', '干将路', '石路', '三香路']),
  suzhou('吴中区', null, '吴中', 31.2632, 120.6323, ['东吴北路', '宝带西路', '吴中大道', '金山路']),
  suzhou('相城区', null, '相城', 31.3691, 120.6422, ['阳澄湖西路', '相城大道', '华元路', '人民路']),
  zhengzhou('金水区', null, '金水', 34.8003, 113.6604, ['花园路', '农业路', '经三路', '文化路', '东风路']),
  zhengzhou('二七区', null, '二七', 34.7242, 113.6401, ['大学路', '航海中路', '淮河路', '陇海中路']),
  zhengzhou('中原区', null, '中原', 34.7481, 113.6132, ['建设西路', '中原中路', '桐柏路', '伏牛路']),
  zhengzhou('管城回族区', null, '管城', 34.7543, 113.6862, ['紫荆山路', '商都路', '城东路', '航海东路']),
  changsha('岳麓区', null, '岳麓', 28.2341, 112.9312, ['麓山南路', '枫林三路', '岳麓大道', '桐梓坡路']),
  changsha('雨花区', null, '雨花', 28.1352, 113.0353, ['韶山中路', '劳动东路', '万家丽中路', '井湾路']),
  changsha('开福区', null, '开福', 28.2562, 112.9861, ['芙蓉中路', '三一大道', '湘江中路', '德雅路']),
  changsha('天心区', null, '天心', 28.1143, 112.9902, ['书院路', '芙蓉南路', '劳动西路', '新开铺路']),
];

/** Factory towns outside Shaanxi. 东莞 has towns rather than districts. */
export const FACTORY_CITY_AREAS: readonly Area[] = [
  dongguan(null, '长安镇', '长安', 22.8162, 113.8083, ['长青南路', '振安中路', '建安路', '长安大道']),
  dongguan(null, '虎门镇', '虎门', 22.8161, 113.6712, ['太沙路', '银龙路', '连升路', '虎门大道']),
  dongguan(null, '塘厦镇', '塘厦', 22.8072, 114.0773, ['塘厦大道', '莲湖路', '迎宾大道', '林村大道']),
  suzhou('昆山市', null, '昆山', 31.3862, 120.9813, ['前进中路', '人民南路', '黄河中路', '绿地大道']),
];

/** 安康 and 西安. */
export const SHAANXI_AREAS: readonly Area[] = [
  ankang('汉滨区', null, '汉滨', 32.6851, 109.0292, ['巴山中路', '金州北路', '大桥路', '香溪路', '兴安东路', '育才路']),
  { ...ankang('汉滨区', null, '高新区', 32.7053, 108.9504, ['高新区标准化厂房', '高新区富硒产业园', '高新区电子产业园', '高新区物流园']), key: '安康高新区' },
  xian('雁塔区', null, '雁塔', 34.2132, 108.9491, ['小寨西路', '电子正街', '高新路', '科技路', '长安南路', '雁塔北路']),
  xian('未央区', null, '未央', 34.2932, 108.9462, ['凤城八路', '未央路', '太华北路', '凤城二路']),
  xian('碑林区', null, '碑林', 34.2541, 108.9463, ['东大街', '长安北路', '和平路', '友谊东路']),
  xian('长安区', null, '长安', 34.1582, 108.9071, ['韦曲南街', '樊川路', '郭杜北街', '西长安街']),
  xian('灞桥区', null, '灞桥', 34.2721, 109.0642, ['纺织城正街', '长乐东路', '浐灞大道', '灞桥街']),
  xian('莲湖区', null, '莲湖', 34.2653, 108.9341, ['劳动南路', '大庆路', '丰镐东路', '桃园北路']),
  xian('高陵区', null, '高陵', 34.5351, 109.0882, ['泾河工业园', '泾渭新城', '泾园北路']),
];

export const ALL_AREAS: readonly Area[] = [...ZIYANG_TOWNS, ...SHOP_CITY_AREAS, ...FACTORY_CITY_AREAS, ...SHAANXI_AREAS];

const AREA_BY_KEY: ReadonlyMap<string, Area> = new Map(ALL_AREAS.map((a) => [a.key, a]));

export function areaByKey(key: string): Area {
  const a = AREA_BY_KEY.get(key);
  if (!a) throw new Error(`unknown area ${key}`);
  return a;
}

/** How a posting wants its address written when it is in a Ziyang town. */
export interface PlaceHint {
  /** Chance of naming a village. */
  village?: number;
  /** What follows the village name, e.g. 茶园 or 二组. */
  villageSpots?: readonly string[];
  /** A landmark in the town, e.g. 新社区工厂. */
  townSpots?: readonly string[];
}

const VILLAGE_SPOTS = ['村委会旁', '一组', '二组', '三组', '五组', '六组'];
const TOWN_SPOTS = ['集镇街道', '镇政府附近', '集镇农贸市场旁', '集镇安置社区'];

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** A concrete place inside an area, plus the street or landmark used (for the text). */
export function placeIn(rng: Rng, a: Area, hint: PlaceHint = {}): { place: PlaceInput; spot: string } {
  let village: string | null = null;
  let address: string;
  let spot: string;
  if (a.scope === 'ZIYANG') {
    if (a.villages.length > 0 && chance(rng, hint.village ?? 0.3)) {
      village = pick(rng, a.villages);
      spot = village;
      address = village + pick(rng, hint.villageSpots ?? VILLAGE_SPOTS);
    } else if (a.town === '城关镇') {
      spot = pick(rng, a.spots);
      address = hint.townSpots ? spot + pick(rng, hint.townSpots) : spot;
    } else {
      spot = '集镇';
      address = hint.townSpots ? '集镇' + pick(rng, hint.townSpots) : pick(rng, TOWN_SPOTS);
    }
  } else {
    spot = pick(rng, a.spots);
    if (spot.startsWith('高新区') || spot.endsWith('工业园') || spot.endsWith('新城')) {
      address = `${spot}${randInt(rng, 1, 12)}号楼`;
    } else {
      const n = randInt(rng, 1, 60) * (chance(rng, 0.5) ? 1 : 7) + randInt(rng, 0, 9);
      address = chance(rng, 0.25) ? `${spot}${n}号${randInt(rng, 1, 3)}楼` : `${spot}${n}号`;
    }
  }
  const spread = a.scope === 'ZIYANG' ? 0.02 : 0.04;
  return {
    place: {
      province: a.province,
      city: a.city,
      county: a.county,
      town: a.town,
      village,
      address,
      latitude: round6(a.lat + (rng() - 0.5) * spread),
      longitude: round6(a.lng + (rng() - 0.5) * spread),
    },
    spot,
  };
}

/** District or town without its suffix, for running text: 南山, 高桥. */
function shortDistrict(a: Area): string {
  if (a.key === '安康高新区') return '安康高新区';
  const name = a.town ?? a.county ?? a.city;
  return name.replace(/(回族区|新区|区|镇|市)$/, '');
}

// ───────────────────────────── people and phones ─────────────────────────────

/** Surnames as they come in southern Shaanxi (储 and 覃 are common in Ziyang). */
export const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭',
  '何', '罗', '高', '林', '储', '邓', '汪', '余', '彭', '冯', '曾', '唐', '柯', '蒋', '覃', '谢',
  '邹', '夏', '龚', '沈', '程', '鲁', '姚', '蔡',
];

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155',
  '156', '157', '158', '159', '166', '173', '177', '180', '181', '182', '183', '186', '187', '188',
  '189', '191', '199',
];

export function mobilePhone(rng: Rng): string {
  return pick(rng, MOBILE_PREFIXES) + String(randInt(rng, 0, 99_999_999)).padStart(8, '0');
}

/** A landline of a Ziyang county office: area code 0915, local numbers 43xxxxx. */
export function countyLandline(rng: Rng): string {
  return '0915-43' + String(randInt(rng, 0, 99_999)).padStart(5, '0');
}

/** Trades an organisation can be in; they decide which job kinds it posts. */
export type Trade =
  | 'FOOT' | 'TEA' | 'BUILD' | 'FACTORY' | 'WORKSHOP' | 'FOOD' | 'HOME' | 'LOGISTICS' | 'FARM' | 'SERVICE'
  | 'TRAINING' | 'BRAND';

/** How contacts of each trade are addressed: 刘店长, 陈老师, 吴工长 … */
export const CONTACT_TITLES: Readonly<Record<Trade, readonly string[]>> = {
  FOOT: ['店长', '经理', '姐', '老板', '店长'],
  BRAND: ['经理', '总监', '店长', '经理'],
  TEA: ['经理', '老板', '主任', '师傅'],
  BUILD: ['工长', '队长', '经理', '老板'],
  FACTORY: ['主管', '经理', '厂长', '人事'],
  WORKSHOP: ['厂长', '主管', '姐', '经理'],
  FOOD: ['老板', '经理', '店长', '老板娘'],
  HOME: ['老师', '经理', '姐'],
  LOGISTICS: ['站长', '经理', '主管'],
  FARM: ['主任', '老板', '理事长'],
  SERVICE: ['经理', '主管', '经理'],
  TRAINING: ['老师', '主任', '老师'],
};

export interface Contact {
  name: string;
  phone: string;
}

/** One to three contacts with distinct names, e.g. 王经理 138xxxxxxxx. */
export function makeContacts(rng: Rng, trade: Trade, count: number, landline = false): Contact[] {
  const out: Contact[] = [];
  const names = new Set<string>();
  while (out.length < count) {
    const name = pick(rng, SURNAMES) + pick(rng, CONTACT_TITLES[trade]);
    if (names.has(name)) continue;
    names.add(name);
    out.push({ name, phone: landline && out.length === 0 ? countyLandline(rng) : mobilePhone(rng) });
  }
  return out;
}

// ───────────────────────────── pay ─────────────────────────────

export function monthPay(rng: Rng, lo: number, hi: number, step = 100): PayInput {
  const a = roundTo(lo + rng() * (hi - lo) * 0.6, step);
  const b = roundTo(a + (hi - a) * (0.25 + rng() * 0.75), step);
  return { min: a, max: Math.max(a, b), unit: 'MONTH', settlement: 'MONTHLY' };
}

export function dayPay(rng: Rng, lo: number, hi: number, settlement: PaySettlement, step = 10): PayInput {
  const a = roundTo(lo + rng() * (hi - lo) * 0.7, step);
  const b = chance(rng, 0.25) ? a : roundTo(a + (hi - a) * (0.2 + rng() * 0.8), step);
  return { min: a, max: Math.max(a, b), unit: 'DAY', settlement };
}

export function piecePay(rng: Rng, lo: number, hi: number, units: [number, number], settlement: PaySettlement = 'MONTHLY', step = 5): PayInput {
  const a = Math.max(1, roundTo(lo + rng() * (hi - lo) * 0.6, step));
  const b = roundTo(a + (hi - a) * (0.2 + rng() * 0.8), step);
  return { min: a, max: Math.max(a, b), unit: 'PIECE', settlement, unitsPerMonth: roundTo(randInt(rng, units[0], units[1]), 10) };
}

// ───────────────────────────── organisations ─────────────────────────────

/** An organisation as the generators see it: what it is, where it works and who answers. */
export interface OrgProfile {
  id: string;
  name: string;
  /** Name used in running text: 足康堂, 县职教中心. */
  short: string;
  kind: OrganizationKind;
  trade: Trade;
  verified: boolean;
  home: Area;
  /** Areas where it hires or opens shops. */
  sites: readonly Area[];
  contacts: readonly Contact[];
  /** What a factory or workshop makes. */
  product?: string;
  /** Shops a chain or brand runs. */
  shops?: number;
  description: string;
}

interface OrgSeed {
  name: string;
  short: string;
  kind: OrganizationKind;
  trade: Trade;
  verified: boolean;
  home: string;
  sites: string[];
  product?: string;
  description: string;
  landline?: boolean;
  /** Village and address of the seat, when it matters (the 传习所 is in 铁佛村). */
  village?: string;
  address?: string;
  /** Shops a chain or brand runs. */
  shops?: number;
}

const E = 'EMPLOYER';
const T = 'TRAINING_INSTITUTION';
const B = 'SHOP_BRAND';

/** The demo organisations. The names are invented; any likeness to a real shop is chance. */
const ORG_SEEDS: readonly OrgSeed[] = [
  // Foot-therapy and pedicure chains started by people from Ziyang.
  { name: '紫阳修脚连锁管理有限公司', short: '紫阳修脚', shops: 30, kind: E, trade: 'FOOT', verified: true, home: '城关镇',
    sites: ['北京朝阳', '北京丰台', '上海闵行', '杭州拱墅', '南京秦淮', '南京江宁', '郑州金水', '西安雁塔'],
    description: '2009年由高桥镇几位修脚师傅合伙创办，现有直营门店30多家，门店师傅大多是紫阳老乡。' },
  { name: '深圳市足康堂健康管理有限公司', short: '足康堂', shops: 18, kind: E, trade: 'FOOT', verified: true, home: '深圳龙岗',
    sites: ['深圳南山', '深圳龙岗', '深圳宝安', '深圳福田', '广州天河', '广州番禺'],
    description: '足康堂足道连锁，创始人是紫阳县向阳镇人，在深圳、广州有18家门店，主营足疗、修脚和肩颈调理。' },
  { name: '上海汉水足道养生有限公司', short: '汉水足道', shops: 12, kind: E, trade: 'FOOT', verified: true, home: '上海闵行',
    sites: ['上海浦东', '上海闵行', '上海松江', '上海宝山', '苏州姑苏', '南京建邺'],
    description: '汉水足道在上海开店十二年，门店以社区店为主，技师六成来自安康。' },
  { name: '北京铁佛堂修脚服务有限公司', short: '铁佛堂', shops: 6, kind: E, trade: 'FOOT', verified: true, home: '北京丰台',
    sites: ['北京丰台', '北京海淀', '北京大兴', '北京通州'],
    description: '专做修脚和足部调理，店名取自老家高桥镇铁佛村，擅长灰指甲、甲沟炎和嵌甲的护理。' },
  { name: '杭州巴山足浴有限公司', short: '巴山足浴', shops: 9, kind: E, trade: 'FOOT', verified: true, home: '杭州拱墅',
    sites: ['杭州西湖', '杭州拱墅', '杭州萧山', '杭州余杭', '苏州相城'],
    description: '杭州本地经营十年的足浴连锁，有门店9家，老板和店长都是紫阳人。' },
  { name: '成都任河足道养生馆', short: '任河足道', shops: 6, kind: E, trade: 'FOOT', verified: false, home: '成都武侯',
    sites: ['成都武侯', '成都锦江', '成都成华', '重庆渝北', '重庆江北', '重庆九龙坡'],
    description: '以紫阳的任河命名的足道养生馆，在成都、重庆有门店6家。' },
  { name: '武汉秦岭足道有限公司', short: '秦岭足道', shops: 11, kind: E, trade: 'FOOT', verified: false, home: '武汉洪山',
    sites: ['武汉洪山', '武汉江汉', '武汉武昌', '长沙雨花', '长沙岳麓', '郑州二七'],
    description: '主做中式足疗和修脚，武汉、长沙、郑州共有门店11家。' },
  { name: '西安紫茗足道养生会所', short: '紫茗足道', shops: 7, kind: E, trade: 'FOOT', verified: true, home: '西安雁塔',
    sites: ['西安雁塔', '西安未央', '西安长安', '安康汉滨'],
    description: '西安本地足道连锁，店里常年有紫阳富硒茶招待客人，技师大多来自紫阳、岚皋。' },
  { name: '广州紫阳人家修脚店', short: '紫阳人家修脚', shops: 3, kind: E, trade: 'FOOT', verified: false, home: '广州白云',
    sites: ['广州白云', '广州海珠', '深圳福田'],
    description: '夫妻店起家的修脚店，现有3家分店，专做修脚和足部护理。' },
  { name: '重庆巴渝足道养生有限公司', short: '巴渝足道', shops: 8, kind: E, trade: 'FOOT', verified: true, home: '重庆南岸',
    sites: ['重庆南岸', '重庆沙坪坝', '重庆九龙坡', '成都金牛', '长沙开福'],
    description: '重庆的足道连锁，创办人是紫阳县洞河镇人，门店以社区店和商圈店为主。' },

  // Brands that open new shops and sell franchises.
  { name: '紫修堂修脚连锁', short: '紫修堂', shops: 60, kind: B, trade: 'BRAND', verified: true, home: '西安雁塔',
    sites: ['西安雁塔', '西安未央', '西安长安', '北京朝阳', '上海浦东', '郑州金水', '南京江宁'],
    description: '紫修堂专注修脚和足部护理，直营加加盟门店60多家，有自己的培训基地。' },
  { name: '汉江足匠', short: '汉江足匠', shops: 14, kind: B, trade: 'BRAND', verified: true, home: '安康汉滨',
    sites: ['安康汉滨', '西安碑林', '武汉江岸', '长沙天心', '重庆南岸'],
    description: '安康本土足疗品牌，主打中式足疗和修脚，门店统一装修、统一培训。' },
  { name: '秦巴修脚堂', short: '秦巴修脚堂', shops: 40, kind: B, trade: 'BRAND', verified: true, home: '成都武侯',
    sites: ['成都武侯', '成都成华', '重庆江北', '重庆沙坪坝', '武汉武昌'],
    description: '秦巴修脚堂由紫阳修脚师傅创立，在西南地区有门店40余家。' },
  { name: '舒步坊足道', short: '舒步坊', shops: 22, kind: B, trade: 'BRAND', verified: true, home: '杭州西湖',
    sites: ['杭州西湖', '杭州滨江', '杭州余杭', '苏州相城', '上海嘉定', '南京鼓楼'],
    description: '江浙一带的社区足道品牌，门店面积不大，以修脚、足疗和采耳为主。' },
  { name: '悦足轩养生', short: '悦足轩', shops: 1, kind: B, trade: 'BRAND', verified: false, home: '深圳福田',
    sites: ['深圳福田', '深圳龙华', '广州天河', '广州海珠'],
    description: '2024年创立的新品牌，目前有直营店1家，正在筹备新店。' },
  { name: '茶乡足道', short: '茶乡足道', shops: 2, kind: B, trade: 'BRAND', verified: true, home: '城关镇',
    sites: ['安康汉滨', '西安莲湖', '西安灞桥'],
    description: '紫阳人在家门口创的足道品牌，店里用紫阳富硒茶泡脚，首家店在安康。' },

  // Tea.
  { name: '紫阳县汉江富硒茶业有限公司', short: '汉江茶业', kind: E, trade: 'TEA', verified: true, home: '蒿坪镇',
    sites: ['蒿坪镇', '城关镇', '洄水镇', '双桥镇'],
    description: '县级农业产业化龙头企业，有茶园3000多亩和两条清洁化生产线，做紫阳富硒绿茶和红茶。' },
  { name: '紫阳县焕古茗香茶业有限公司', short: '焕古茗香', kind: E, trade: 'TEA', verified: true, home: '焕古镇',
    sites: ['焕古镇', '向阳镇', '红椿镇', '东木镇', '汉王镇'],
    description: '焕古镇的老茶厂，收购周边村组的鲜叶，做毛尖和工夫红茶。' },
  { name: '紫阳县高桥云雾茶叶专业合作社', short: '云雾茶叶合作社', kind: E, trade: 'TEA', verified: false, home: '高桥镇',
    sites: ['高桥镇', '绕溪镇', '瓦房店镇', '高滩镇', '毛坝镇', '界岭镇'],
    description: '由高桥镇茶农牵头成立，社员200多户，统一管护、统一收购鲜叶。' },

  // Building.
  { name: '紫阳县鑫源建筑劳务有限公司', short: '鑫源劳务', kind: E, trade: 'BUILD', verified: true, home: '城关镇',
    sites: ['城关镇', '高桥镇', '洞河镇', '瓦庙镇', '麻柳镇', '双安镇', '蒿坪镇'],
    description: '承接县内房建、道路和水利项目的劳务分包，施工队以本地工人为主。' },
  { name: '安康市秦兴建设工程有限公司', short: '秦兴建设', kind: E, trade: 'BUILD', verified: true, home: '安康汉滨',
    sites: ['安康汉滨', '安康高新区', '城关镇', '汉王镇'],
    description: '房屋建筑和市政工程施工总承包二级企业，在安康、紫阳都有在建项目。' },
  { name: '西安华泰建筑劳务有限公司', short: '华泰劳务', kind: E, trade: 'BUILD', verified: false, home: '西安未央',
    sites: ['西安未央', '西安长安', '西安灞桥'],
    description: '在西安做住宅项目的劳务班组，钢筋、木工、架子工都招。' },

  // Factories, far and near.
  { name: '安康恒瑞电子科技有限公司', short: '恒瑞电子', kind: E, trade: 'FACTORY', verified: true, home: '安康高新区',
    sites: ['安康高新区'], product: '电子元器件',
    description: '安康高新区的电子元器件厂，员工400多人，一半是周边县区的搬迁群众。' },
  { name: '西安瑞丰汽车零部件有限公司', short: '瑞丰零部件', kind: E, trade: 'FACTORY', verified: true, home: '西安高陵',
    sites: ['西安高陵', '西安未央'], product: '汽车零部件',
    description: '给整车厂配套生产线束和内饰件，厂区在高陵泾河工业园。' },
  { name: '东莞市鼎新电子有限公司', short: '鼎新电子', kind: E, trade: 'FACTORY', verified: false, home: '东莞长安',
    sites: ['东莞长安', '东莞塘厦'], product: '手机配件',
    description: '做手机配件和充电器，旺季常年招普工，与紫阳县人社局有劳务协作。' },
  { name: '苏州精诚精密制造有限公司', short: '精诚精密', kind: E, trade: 'FACTORY', verified: true, home: '苏州昆山',
    sites: ['苏州昆山', '苏州吴中'], product: '笔记本电脑配件',
    description: '台资背景的精密五金和电脑配件厂，在昆山、吴中有两个厂区。' },
  { name: '紫阳县暖心毛绒玩具有限公司', short: '暖心玩具', kind: E, trade: 'WORKSHOP', verified: true, home: '城关镇',
    sites: ['城关镇', '蒿坪镇', '高桥镇', '洄水镇', '汉王镇'], product: '毛绒玩具',
    description: '在县城和几个集镇的安置社区开了社区工厂，做出口毛绒玩具，让搬迁群众在家门口上班。' },
  { name: '紫阳县巧手服饰加工厂', short: '巧手服饰', kind: E, trade: 'WORKSHOP', verified: false, home: '向阳镇',
    sites: ['向阳镇', '焕古镇', '红椿镇', '双桥镇'], product: '服装',
    description: '做童装和工装的来料加工，车间设在镇上的新社区工厂。' },
  { name: '紫阳县恒兴电子元件有限公司', short: '恒兴电子', kind: E, trade: 'WORKSHOP', verified: true, home: '洄水镇',
    sites: ['洄水镇', '双桥镇', '城关镇', '瓦房店镇'], product: '电子线圈',
    description: '给东莞的电子厂做线圈和变压器配件，活儿轻巧，适合在家门口上班的妇女。' },

  // Kitchens, homes, deliveries, farms and the rest.
  { name: '紫阳县汉江人家酒楼', short: '汉江人家', kind: E, trade: 'FOOD', verified: true, home: '城关镇',
    sites: ['城关镇'], description: '县城做了十几年的酒楼，主打蒸盆子和紫阳本地菜，承接婚宴寿宴。' },
  { name: '紫阳县老街蒸盆子餐馆', short: '老街蒸盆子', kind: E, trade: 'FOOD', verified: false, home: '城关镇',
    sites: ['城关镇'], description: '县城老街上的家常菜馆，蒸盆子、腊肉和浆巴馍卖得好。' },
  { name: '西安秦味轩餐饮管理有限公司', short: '秦味轩', kind: E, trade: 'FOOD', verified: true, home: '西安碑林',
    sites: ['西安碑林', '西安雁塔', '西安莲湖', '安康汉滨'], description: '陕菜和面食连锁，西安有6家店，安康有1家。' },
  { name: '紫阳县巧嫂家政服务有限公司', short: '巧嫂家政', kind: E, trade: 'HOME', verified: true, home: '城关镇',
    sites: ['城关镇', '安康汉滨'], description: '县里的家政公司，做保姆、月嫂、育儿嫂和养老护理，员工都经过县职教中心培训。' },
  { name: '西安安馨家政服务有限公司', short: '安馨家政', kind: E, trade: 'HOME', verified: true, home: '西安雁塔',
    sites: ['西安雁塔', '西安未央', '西安长安', '北京朝阳', '上海浦东'], description: '西安的家政公司，和紫阳县有劳务协作，也往北京、上海输送月嫂和育儿嫂。' },
  { name: '紫阳县速达物流配送有限公司', short: '速达物流', kind: E, trade: 'LOGISTICS', verified: true, home: '城关镇',
    sites: ['城关镇', '蒿坪镇'], description: '县城的快递和商超配送公司，负责几家快递的县内派送。' },
  { name: '西安陆港通仓储物流有限公司', short: '陆港通物流', kind: E, trade: 'LOGISTICS', verified: false, home: '西安灞桥',
    sites: ['西安灞桥', '西安未央', '安康高新区'], description: '做电商仓储和城配，在西安国际港务区有两个大仓。' },
  { name: '紫阳县绿源魔芋种植专业合作社', short: '绿源魔芋合作社', kind: E, trade: 'FARM', verified: false, home: '双安镇',
    sites: ['双安镇', '东木镇', '麻柳镇', '瓦庙镇'], product: '魔芋', description: '种植魔芋1200多亩，带动周边农户种植和务工。' },
  { name: '紫阳县洞河生态养殖专业合作社', short: '洞河养殖合作社', kind: E, trade: 'FARM', verified: true, home: '洞河镇',
    sites: ['洞河镇', '红椿镇', '界岭镇'], product: '养殖', description: '生猪和山羊养殖，兼种柑橘和中药材。' },
  { name: '紫阳县茗品电子商务有限公司', short: '茗品电商', kind: E, trade: 'SERVICE', verified: true, home: '城关镇',
    sites: ['城关镇'], product: '电商', description: '在县城电商产业园做紫阳富硒茶和农特产品的网店和直播。' },
  { name: '安康市安居物业服务有限公司', short: '安居物业', kind: E, trade: 'SERVICE', verified: true, home: '安康汉滨',
    sites: ['安康汉滨', '安康高新区', '城关镇'], description: '管着安康和紫阳的十几个小区和安置社区，常年招保安、保洁和维修工。' },

  // Training institutions.
  { name: '紫阳县职业技术教育中心', short: '县职教中心', kind: T, trade: 'TRAINING', verified: true, home: '城关镇', landline: true, address: '县职教中心校区',
    sites: ['城关镇'], description: '县属公办职业学校，常年开展修脚、足疗、茶艺、电工、厨师等免费职业技能培训。' },
  { name: '紫阳县人社局就业培训中心', short: '县就业培训中心', kind: T, trade: 'TRAINING', verified: true, home: '城关镇', landline: true, address: '县人社局一楼就业服务大厅',
    sites: ['城关镇', '高桥镇', '蒿坪镇', '洞河镇', '红椿镇', '毛坝镇'], description: '县人社局下属的就业培训机构，组织送培训下乡和订单式培训。' },
  { name: '安康市秦巴职业培训学校', short: '秦巴职业培训学校', kind: T, trade: 'TRAINING', verified: true, home: '安康汉滨',
    sites: ['安康汉滨'], description: '民办职业培训学校，开设茶艺、电工、焊工、育婴、电商等班次。' },
  { name: '紫阳县高桥镇修脚技艺传习所', short: '修脚技艺传习所', kind: T, trade: 'TRAINING', verified: true, home: '高桥镇',
    sites: ['高桥镇'], village: '铁佛村', description: '设在铁佛村的修脚技艺传习所，由几位从业三十年的老修脚师傅任教。' },
];

/**
 * Parts of invented organisation names, for generators that need many of them:
 * 汉江修脚堂（南山店）, 紫阳县鑫源建筑劳务有限公司 …
 */
export const ORG_NAME_PARTS = {
  footPrefixes: [
    '紫阳', '汉江', '秦巴', '茶乡', '巴山', '任河', '铁佛', '安康', '富硒', '金州', '兴安', '康足', '舒心', '悦享', '御足',
    '百草', '常青', '福满', '春晖', '和顺', '仁和', '清泉', '松竹', '瑞康', '益寿', '千禧', '聚福', '德馨', '汉水', '蒿坪',
  ],
  footCores: ['足道', '足浴', '修脚堂', '修脚店', '养生馆', '足疗店', '足道会所', '修脚养生馆', '足疗养生馆', '足部护理中心'],
  words: [
    '鑫源', '恒达', '秦兴', '华泰', '宏远', '盛达', '顺发', '金泰', '永安', '瑞丰', '同心', '兴旺', '富民', '新华', '长青',
    '嘉禾', '万通', '天成', '中恒', '和盛', '鸿运', '德润', '百川', '东升', '博远', '诚信', '安泰', '利民', '众兴', '明达',
    '广源', '汇通', '金穗', '绿源', '茗香', '云雾', '山水', '巧手', '暖心', '恒兴',
  ],
  /** Trade → what it does as in the registered name, a short form for text, and what it makes. */
  industries: {
    TEA: [{ name: '茶业有限公司', short: '茶业' }, { name: '富硒茶业有限公司', short: '茶业' }, { name: '茶叶专业合作社', short: '茶叶合作社' }, { name: '茶厂', short: '茶厂' }],
    BUILD: [{ name: '建筑劳务有限公司', short: '劳务' }, { name: '建设工程有限公司', short: '建设' }, { name: '装饰工程有限公司', short: '装饰' }],
    FACTORY: [
      { name: '电子科技有限公司', short: '电子', products: ['电子元器件', '手机配件'] },
      { name: '精密制造有限公司', short: '精密', products: ['精密五金', '笔记本电脑配件', '汽车零部件'] },
      { name: '食品有限公司', short: '食品', products: ['富硒食品'] },
      { name: '包装材料有限公司', short: '包装', products: ['包装材料', '塑胶制品'] },
    ],
    WORKSHOP: [
      { name: '毛绒玩具有限公司', short: '玩具', products: ['毛绒玩具'] },
      { name: '服饰加工厂', short: '服饰', products: ['服装'] },
      { name: '电子元件有限公司', short: '电子', products: ['电子线圈'] },
    ],
    FOOD: [{ name: '餐饮管理有限公司', short: '餐饮' }, { name: '酒楼', short: '酒楼' }, { name: '农家乐', short: '农家乐' }, { name: '面馆', short: '面馆' }],
    HOME: [{ name: '家政服务有限公司', short: '家政' }, { name: '养老服务中心', short: '养老' }],
    LOGISTICS: [{ name: '物流有限公司', short: '物流' }, { name: '快递服务有限公司', short: '快递' }, { name: '供应链管理有限公司', short: '供应链' }],
    FARM: [
      { name: '种植专业合作社', short: '种植合作社', products: ['魔芋'] },
      { name: '养殖专业合作社', short: '养殖合作社', products: ['养殖'] },
      { name: '生态农业有限公司', short: '农业' },
    ],
    SERVICE: [
      { name: '物业服务有限公司', short: '物业' },
      { name: '电子商务有限公司', short: '电商', products: ['电商'] },
      { name: '保安服务有限公司', short: '保安' },
    ],
  } as Readonly<Partial<Record<Trade, readonly { name: string; short: string; products?: readonly string[] }[]>>>,
  trainingNames: ['职业技能培训学校', '职业培训学校', '技工培训中心', '家政职业培训学校'],
} as const;

function buildOrganizations(rng: Rng, nextId: () => string, now: Date): { profiles: OrgProfile[]; inputs: OrganizationInput[] } {
  const pool = new InstantPool(now);
  const profiles: OrgProfile[] = [];
  const inputs: OrganizationInput[] = [];
  for (const s of ORG_SEEDS) {
    const home = areaByKey(s.home);
    const profile: OrgProfile = {
      id: nextId(),
      name: s.name,
      short: s.short,
      kind: s.kind,
      trade: s.trade,
      verified: s.verified,
      home,
      sites: s.sites.map(areaByKey),
      contacts: makeContacts(rng, s.trade, randInt(rng, 1, 3), s.landline ?? false),
      description: s.description,
      ...(s.product ? { product: s.product } : {}),
      ...(s.shops ? { shops: s.shops } : {}),
    };
    profiles.push(profile);
    const createdAt = pool.ago(rng, 90 * 86400, 4 * 365 * 86400);
    const verifiedAt = s.verified
      ? new Date(createdAt.getTime() + randInt(rng, 1, Math.max(2, Math.floor((now.getTime() - createdAt.getTime()) / 1000) - 86400)) * 1000)
      : null;
    const place = placeIn(rng, home, { village: 0.15 }).place;
    if (s.village) {
      place.village = s.village;
      place.address = `${s.village}村委会旁`;
    }
    if (s.address) place.address = s.address;
    inputs.push({
      id: profile.id,
      name: s.name,
      kind: s.kind,
      verified: s.verified,
      verifiedAt,
      description: s.description,
      place,
      createdAt,
    });
  }
  return { profiles, inputs };
}

// ───────────────────────────── job kinds ─────────────────────────────

/** Everything a job kind needs to write one posting. Builders may adjust the condition flags. */
export interface JobCtx {
  rng: Rng;
  area: Area;
  place: PlaceInput;
  /** The street or landmark of the address, for the text. */
  spot: string;
  employer: OrgProfile;
  season: Season;
  housing: boolean;
  meals: boolean;
  couple: boolean;
  dayShift: boolean;
  insurance: boolean;
  travel: boolean;
  ageMin: number | null;
  ageMax: number | null;
}

interface Built {
  title: string;
  category: JobCategory;
  pay: PayInput;
  /** Sentences, each ending in 。 */
  body: string[];
  /** Requirement lines specific to the kind; the age line is added by composeJob. */
  reqs: string[];
}

/** Chances of each condition; meals depend on housing because shops give both or neither. */
interface Flags {
  housing: number;
  mealsIfHousing: number;
  mealsOtherwise: number;
  couple: number;
  dayShift: number;
  insurance: number;
  travel: number;
}

export interface JobKind {
  key: string;
  trades: readonly Trade[];
  scopes: readonly Scope[];
  flags: Flags;
  headcount: readonly [number, number];
  ages: readonly (readonly [number | null, number | null])[];
  placeHint?: PlaceHint;
  build(c: JobCtx): Built;
}

export const NO_FEE_SENTENCE = '不向求职者收取任何费用。';

/** Some of `lines` (those not null), in random order. */
function some(rng: Rng, lines: (string | null | false)[], k: number): string[] {
  return pickSome(rng, lines.filter((l): l is string => typeof l === 'string'), k);
}

function wan(n: number): string {
  return n % 10000 === 0 ? `${n / 10000}万` : `${(n / 10000).toFixed(1)}万`;
}

/** The housing and meals sentence for a shop (foot therapy, pedicure). */
function shopLiving(c: JobCtx): string | null {
  const r = c.rng;
  if (c.housing && c.meals) {
    const s = pick(r, [
      `包吃包住，宿舍${randInt(r, 2, 6)}人间，有空调、热水器和洗衣机`,
      '吃住全包，一天三顿饭，有专门做饭的阿姨',
      '包吃住，宿舍在店旁边的小区，走路五分钟',
      `包吃包住，住${randInt(r, 2, 4)}室的套房，一个房间住${randInt(r, 2, 4)}个人`,
      '吃住店里管，饭菜按陕南口味做，辣子管够',
    ]);
    return s + (c.couple ? pick(r, ['，夫妻一起来的安排夫妻房。', '，有夫妻房。', '，两口子一起来有单独房间。']) : '。');
  }
  if (c.housing) {
    return pick(r, ['提供免费宿舍，吃饭自己解决', `免费住宿，每月另发${randInt(r, 3, 6) * 100}元餐补`]) +
      (c.couple ? '，有夫妻房。' : '。');
  }
  if (c.meals) return pick(r, ['店里管午饭和晚饭，不提供住宿。', '管两顿饭，住宿自己找，附近合租一个月七八百。']);
  return chance(r, 0.5) ? '不包吃住，提成比同行高一些。' : null;
}

const FOOT_HOURS = [
  '营业时间中午12点到凌晨1点，两班倒，每月休4天。',
  '每天上班10个小时左右，每月轮休4天，过年轮流回家。',
  '上午11点上班，晚上11点下班，晚班有夜宵。',
  '早班10点到晚上8点，晚班下午2点到夜里12点，每周轮换。',
  '每月休息4天，淡季可以请长假回家。',
];

const FOOT_TRAINING = [
  '没做过的可以免费带，跟着老师傅学半个月就能上钟。',
  '店里有培训老师，手法、穴位从头教，教会为止。',
  '新人先跟班学习，考核过了再排钟，学习期间管吃住。',
];

function shopIntro(c: JobCtx, trade: '足疗' | '修脚'): string {
  const r = c.rng;
  const d = shortDistrict(c.area);
  return pick(r, [
    `店在${c.spot}，${randInt(r, 12, 30)}个包间，开了${randInt(r, 3, 12)}年，回头客多。`,
    `我们是紫阳老乡开的${trade}店，店里${randInt(r, 8, 25)}个师傅大多是安康人，说话都听得懂。`,
    `门店在${d}${c.spot}附近，周边都是小区和写字楼，生意稳定。`,
    `${c.employer.short}在${c.area.city.replace(/市$/, '')}有${randInt(r, 3, 15)}家门店，这次给${d}店招人。`,
    `社区${trade}店，主要做附近居民的生意，正规经营，不做夜场。`,
  ]);
}

/** Adds a condition to a title: 修脚师（包吃住）, or 修脚师（甲沟炎调理） 包吃住 when it has brackets already. */
function withTag(title: string, tag: string): string {
  return title.endsWith('）') ? `${title} ${tag}` : `${title}（${tag}）`;
}

function percentLine(c: JobCtx, pay: PayInput, pct: number): string {
  const base = roundTo(randInt(c.rng, 2000, 3500), 500);
  return `底薪${base}元，提成${pct}%，上个月店里做得好的师傅拿了${pay.max}元。`;
}

const footTech: JobKind = {
  key: 'footTech',
  trades: ['FOOT'],
  scopes: ['AWAY', 'SHAANXI'],
  flags: { housing: 0.85, mealsIfHousing: 0.93, mealsOtherwise: 0.3, couple: 0.3, dayShift: 0.03, insurance: 0.25, travel: 0.35 },
  headcount: [2, 10],
  ages: [[18, 45], [18, 50], [20, 45], [18, 40], [null, null], [20, 50], [18, 48]],
  build(c) {
    const r = c.rng;
    const local = c.area.scope === 'SHAANXI';
    const piece = chance(r, 0.55);
    const pct = !piece && chance(r, 0.3) ? pick(r, [40, 45, 50, 55, 60]) : 0;
    const pay = piece
      ? piecePay(r, local ? 25 : 30, local ? 50 : 60, [120, 200])
      : monthPay(r, local ? 4500 : 5000, local ? 9000 : 12000);
    let title = pick(r, [
      '足疗技师', '足疗师傅 男女不限', '足道技师', '足浴技师', '熟手足疗技师', '足疗按摩师',
      '中式足疗技师', '足疗技师 新手可带', '足疗推拿技师', '足疗技师',
      ...(piece ? ['高提成足疗技师', '足疗技师 按钟提成'] : ['足疗技师 底薪+提成']),
    ]);
    if (pct) title = pick(r, [`足疗技师 提成${pct}%`, `足疗师 底薪+${pct}%提成`]);
    if (c.housing && c.meals && chance(r, 0.35)) title = withTag(title, '包吃住');
    else if (c.couple && chance(r, 0.4)) title = withTag(title, '有夫妻房');
    if (chance(r, 0.35)) title = `【${c.area.label}】${title}`;

    const payLine = pct
      ? percentLine(c, pay, pct)
      : piece
        ? pick(r, [
          `一个钟60分钟，提成${pay.min}到${pay.max}元，点钟另加10元，熟手一个月能做${pay.unitsPerMonth}个钟左右。`,
          `按钟算提成，每钟${pay.min}—${pay.max}元，上多少钟拿多少钱，工资每月10号发。`,
          `足疗一钟提成${pay.min}元，加做肩颈、推拿的${pay.max}元，旺季一个月${pay.unitsPerMonth}个钟不成问题。`,
        ])
        : pick(r, [
          `底薪${roundTo(pay.min * 0.4, 100)}元加提成，熟练师傅月收入${pay.min}到${pay.max}元。`,
          `保底${pay.min}元，做得好一个月能拿到${pay.max}元，工资从不拖欠。`,
          `新手保底${pay.min}元，熟手综合收入${pay.min}—${pay.max}元，每月15号发工资。`,
        ]);
    const body = [
      ...(chance(r, 0.75) ? [shopIntro(c, '足疗')] : []),
      payLine,
      ...some(r, [
        shopLiving(c),
        pick(r, FOOT_HOURS),
        pick(r, FOOT_TRAINING),
        c.insurance ? pick(r, ['试用期过了就给交社保。', '入职满三个月缴纳五险。']) : null,
        c.travel ? pick(r, ['从紫阳过来的车票，干满一个月给报销。', '报销单程路费，到了车站有人接。']) : null,
      ], randInt(r, 1, 2)),
    ];
    const reqs = some(r, [
      '男女不限', '有足疗经验的优先，没经验可以学', '能吃苦，服从店里安排', '身体健康，手上有力气',
      '普通话能沟通就行', '能适应晚班', '形象干净，讲卫生', '做过足疗半年以上优先', '为人实在，不偷懒',
    ], randInt(r, 1, 3));
    return { title, category: 'FOOT_THERAPY', pay, body, reqs };
  },
};

const pedicure: JobKind = {
  key: 'pedicure',
  trades: ['FOOT'],
  scopes: ['AWAY', 'SHAANXI'],
  flags: { housing: 0.85, mealsIfHousing: 0.9, mealsOtherwise: 0.3, couple: 0.35, dayShift: 0.15, insurance: 0.3, travel: 0.3 },
  headcount: [1, 6],
  ages: [[18, 50], [20, 55], [18, 45], [null, null], [22, 55], [18, 55]],
  build(c) {
    const r = c.rng;
    const local = c.area.scope === 'SHAANXI';
    const piece = chance(r, 0.55);
    const pct = !piece && chance(r, 0.25) ? pick(r, [40, 45, 50, 55]) : 0;
    const pay = piece
      ? piecePay(r, local ? 25 : 30, local ? 50 : 60, [120, 200])
      : monthPay(r, local ? 4500 : 5500, local ? 9000 : 12000);
    let title = pick(r, [
      '修脚师', '修脚师傅', '专业修脚师', '修脚技师 男女不限', '熟手修脚师', '修脚师（会治灰指甲优先）',
      '修脚师（甲沟炎、嵌甲调理）', '足部护理师（修脚）', '修脚师 新手可带', '修脚师傅 提成高',
    ]);
    if (pct) title = `修脚师 提成${pct}%`;
    if (c.housing && c.meals && chance(r, 0.3)) title = withTag(title, '包吃住');
    else if (c.couple && chance(r, 0.35)) title = withTag(title, '夫妻房');
    if (chance(r, 0.3)) title = `【${c.area.label}】${title}`;

    const intro = pick(r, [
      '店里主要做修脚、去老茧、修鸡眼，也做灰指甲、甲沟炎和嵌甲的调理。',
      `专业修脚店，开在${c.spot}，客人多是附近小区的中老年人，回头客占七成。`,
      '店长和大部分师傅都是紫阳高桥、绕溪一带出来的，老乡带老乡。',
      `店里有修脚房${randInt(r, 4, 10)}间，另设足疗区，修脚这块的活儿做不完。`,
      shopIntro(c, '修脚'),
    ]);
    const payLine = pct
      ? percentLine(c, pay, pct)
      : piece
        ? pick(r, [
          `修一位客人提成${pay.min}到${pay.max}元，灰指甲、嵌甲等调理项目另算，熟手一个月能做${pay.unitsPerMonth}位左右。`,
          `按人头计提成，每位${pay.min}—${pay.max}元，工资每月10号前发清。`,
        ])
        : pick(r, [
          `底薪加提成，会处理甲沟炎、嵌甲的师傅一个月${pay.min}到${pay.max}元。`,
          `新手保底${pay.min}元，熟手${pay.max}元左右，按技术定级。`,
          `综合月收入${pay.min}—${pay.max}元，技术好的上不封顶。`,
        ]);
    let hours = pick(r, ['早上10点到晚上10点，每月休4天。', '中午11点到晚上11点，一周轮休一天。', '白班为主，晚上9点半下班，不熬夜。']);
    if (hours.startsWith('白班')) c.dayShift = true;
    else if (c.dayShift) hours = '只上白天班，早9点到晚7点，每月休4天。';
    const body = [
      intro,
      payLine,
      ...some(r, [
        shopLiving(c),
        hours,
        pick(r, [
          '会用修脚刀、能独立处理嵌甲的优先，修脚工具店里统一配。',
          '没干过的可以免费带，先学泡脚、去角质、修甲，再学刀法，一般一个月能独立上手。',
          '消毒要求严格，一客一换一消毒，刀具有专门的消毒柜。',
          '店里每月搞一次技术交流，有老师傅带。',
        ]),
        c.travel ? '来店的路费干满一个月报销。' : null,
      ], randInt(r, 1, 2)),
    ];
    const reqs = some(r, [
      '会修脚，能处理灰指甲、甲沟炎的优先', '有专项职业能力证书（修脚）的优先', '眼神好，手稳', '男女不限',
      '做事细心，讲卫生', '新手也可以，店里免费教', '能长期干，不干一两个月就走的', '能吃苦耐劳',
    ], randInt(r, 1, 3));
    return { title, category: 'PEDICURE', pay, body, reqs };
  },
};

const shopManager: JobKind = {
  key: 'shopManager',
  trades: ['FOOT'],
  scopes: ['AWAY', 'SHAANXI'],
  flags: { housing: 0.8, mealsIfHousing: 0.9, mealsOtherwise: 0.4, couple: 0.3, dayShift: 0.05, insurance: 0.5, travel: 0.3 },
  headcount: [1, 2],
  ages: [[25, 45], [25, 50], [null, null], [28, 50]],
  build(c) {
    const r = c.rng;
    const lead = chance(r, 0.3);
    const title = lead
      ? pick(r, ['门店领班', '技师领班', '楼面主管'])
      : pick(r, ['足疗店店长', '修脚店店长', '门店店长（有分红）', '店长 年底分红', '足道店店长']);
    const pay = lead ? monthPay(r, 6000, 9000) : monthPay(r, 8000, 15000, 500);
    const body = [
      lead
        ? '负责排钟、带新人和楼面服务，协助店长管好技师。'
        : pick(r, ['负责门店日常管理、排班和技师培训，对营业额负责。', `${c.employer.short}${shortDistrict(c.area)}店招店长，管${randInt(r, 8, 20)}个技师和2个前台。`]),
      lead
        ? `月薪${pay.min}到${pay.max}元，自己上钟另算提成。`
        : `底薪${roundTo(pay.min * 0.6, 500)}元加业绩提成，综合月收入${pay.min}到${pay.max}元，年底按门店利润分红。`,
      ...some(r, [shopLiving(c), c.insurance ? '交五险。' : null, '干得好的可以入股开新店。'], 1),
    ];
    const reqs = some(r, ['做过修脚或足疗技师', '带过团队的优先', '会用手机收银和做账', '为人正派，能服众', '有3年以上门店管理经验'], randInt(r, 2, 3));
    return { title, category: title.includes('修脚') ? 'PEDICURE' : 'FOOT_THERAPY', pay, body, reqs };
  },
};

const frontDesk: JobKind = {
  key: 'frontDesk',
  trades: ['FOOT'],
  scopes: ['AWAY', 'SHAANXI'],
  flags: { housing: 0.75, mealsIfHousing: 0.95, mealsOtherwise: 0.5, couple: 0.1, dayShift: 0.2, insurance: 0.4, travel: 0.2 },
  headcount: [1, 2],
  ages: [[18, 35], [18, 40], [20, 40], [null, null]],
  build(c) {
    const r = c.rng;
    const pay = monthPay(r, 3800, 5500);
    return {
      title: pick(r, ['前台收银', '足疗店前台', '门店前台接待', '收银员（足道店）', '前台（会用收银系统）']),
      category: 'OTHER',
      pay,
      body: [
        pick(r, ['负责接待客人、排钟、收银和会员登记，会用手机和电脑就行。', '前台主要是迎客、倒茶、排钟和收银，活儿不累。']),
        `月薪${pay.min}到${pay.max}元，办卡有提成。`,
        ...some(r, [shopLiving(c), c.dayShift ? '只上白班，早10点到晚8点。' : '白班晚班轮换，每月休4天。'], 1),
      ],
      reqs: some(r, ['会用手机收银', '口齿清楚，态度好', '初中以上文化', '能认字会算账'], randInt(r, 1, 2)),
    };
  },
};

const apprentice: JobKind = {
  key: 'apprentice',
  trades: ['FOOT'],
  scopes: ['AWAY', 'SHAANXI'],
  flags: { housing: 0.95, mealsIfHousing: 0.95, mealsOtherwise: 0.5, couple: 0.1, dayShift: 0.2, insurance: 0.1, travel: 0.4 },
  headcount: [2, 6],
  ages: [[18, 35], [18, 40], [18, 45]],
  build(c) {
    const r = c.rng;
    const pay = monthPay(r, 2500, 4000);
    const pedi = chance(r, 0.55);
    const title = pedi
      ? pick(r, ['修脚学徒', '零基础学修脚 包教包会', '修脚学徒（学习期有底薪）'])
      : pick(r, ['足疗学徒', '足疗学徒 学习期有底薪', '学徒（包教包会）']);
    return {
      title,
      category: pedi ? 'PEDICURE' : 'FOOT_THERAPY',
      pay,
      body: [
        `学习期${randInt(r, 1, 3)}个月，每月发${pay.min}到${pay.max}元生活补助，出师后按提成算。`,
        pick(r, ['老师傅一对一带，不用交一分钱。', '从认穴位、练手法开始教，学会了再上钟。']),
        ...some(r, [shopLiving(c), '出师后可以留在店里，也可以推荐到连锁的其他门店。'], 1),
      ],
      reqs: some(r, ['零基础可以', '肯学，有耐心', '能在店里干满一年', '身体健康'], randInt(r, 1, 3)),
    };
  },
};

const TEA_PLUCK = ['只采单芽', '采一芽一叶', '一芽一叶和一芽两叶都要'];

const teaPick: JobKind = {
  key: 'teaPick',
  trades: ['TEA'],
  scopes: ['ZIYANG'],
  flags: { housing: 0.12, mealsIfHousing: 1, mealsOtherwise: 0.6, couple: 0, dayShift: 0.95, insurance: 0, travel: 0.03 },
  headcount: [10, 50],
  ages: [[18, 65], [30, 65], [null, null], [18, 70], [20, 60]],
  placeHint: { village: 0.9, villageSpots: ['茶园', '茶叶基地', '茶园（村委会上坡）'] },
  build(c) {
    const r = c.rng;
    const where = c.place.village ?? c.area.town ?? '';
    let title: string;
    let pay: PayInput;
    const body: string[] = [];
    if (c.season === 'SPRING') {
      const perJin = chance(r, 0.5);
      pay = perJin ? piecePay(r, 15, 40, [80, 140], 'DAILY') : dayPay(r, 80, 150, chance(r, 0.7) ? 'DAILY' : 'MONTHLY');
      title = pick(r, ['春茶采茶工', '明前茶采摘工', '采茶工 当天结账', '茶园采茶工', '富硒茶采摘 临时工', '招采茶工 年龄放宽']);
      if (perJin) title = pick(r, ['采茶工 按斤计价', '春茶采摘 按斤算钱', title]);
      body.push(pick(r, [
        `${where}茶园${randInt(r, 2, 12) * 50}亩，春茶已经开园，${pick(r, TEA_PLUCK)}。`,
        `今年春茶开采了，${where}的茶园要人，${pick(r, TEA_PLUCK)}。`,
        `${where}茶园海拔高、发芽晚，春茶要采到五月中旬，${pick(r, TEA_PLUCK)}。`,
      ]));
      body.push(perJin
        ? `鲜叶按斤算钱，一芽一叶每斤${pay.min}元，单芽每斤${pay.max}元，当天称重当天结账。`
        : `一天${pay.min}到${pay.max}元，按采的多少和质量定，${pay.settlement === 'DAILY' ? '干一天结一天' : '采茶季结束一次结清'}。`);
    } else if (c.season === 'WINTER') {
      pay = dayPay(r, 80, 130, 'DAILY');
      title = pick(r, ['茶园冬管工', '茶园修剪施肥工', '茶园冬季管护 日结']);
      body.push(`${where}茶园冬季管护：修剪、深翻、施有机肥，大概干${randInt(r, 20, 40)}天。`);
      body.push(`一天${pay.min}到${pay.max}元，每天收工结钱；明年春茶采摘也可以提前登记。`);
    } else {
      pay = dayPay(r, 80, 140, chance(r, 0.6) ? 'DAILY' : 'MONTHLY');
      title = pick(r, [c.season === 'SUMMER' ? '夏茶采摘工' : '秋茶采摘工', '茶园除草管护工', '茶园临时工 日结']);
      body.push(`${where}的茶园现在采${c.season === 'SUMMER' ? '夏茶' : '秋茶'}，主要做红茶原料，顺带除草、施肥。`);
      body.push(`工钱一天${pay.min}到${pay.max}元，${pay.settlement === 'DAILY' ? '当天结' : '月底一起结'}。`);
    }
    if (chance(r, 0.25)) title = `【${c.area.label}】${title}`;
    c.dayShift = true;
    body.push(...some(r, [
      c.meals ? '早上7点上山，下午5点收工，茶园管午饭。' : '早上7点上山，下午5点收工，中午自带干粮。',
      c.housing ? '远处来的安排住在茶厂宿舍。' : '住得远的有车接送，早上6点半在村委会门口上车。',
      (c.ageMax ?? 99) >= 60 ? '五六十岁手脚麻利的也要。' : null,
      '雨天不上山，不算工。',
    ], randInt(r, 1, 2)));
    return {
      title, category: 'TEA', pay, body,
      reqs: some(r, ['手脚麻利', '会采茶的优先，不会的现场教', '能爬山', '爱惜茶树，不乱扯乱捋', '身体健康'], randInt(r, 1, 2)),
    };
  },
};

const teaMake: JobKind = {
  key: 'teaMake',
  trades: ['TEA'],
  scopes: ['ZIYANG'],
  flags: { housing: 0.3, mealsIfHousing: 1, mealsOtherwise: 0.7, couple: 0.1, dayShift: 0.4, insurance: 0.25, travel: 0 },
  headcount: [2, 12],
  ages: [[18, 55], [20, 50], [null, null], [18, 60]],
  placeHint: { village: 0.3, townSpots: ['茶厂', '茶叶加工厂', '茶叶产业园'] },
  build(c) {
    const r = c.rng;
    const role = pick(r, ['制茶工（杀青、揉捻）', '炒茶师傅', '茶叶加工厂普工', '茶叶包装工', '茶叶分拣工', '制茶学徒']);
    const skilled = role === '炒茶师傅';
    const pay = chance(r, 0.6) ? monthPay(r, skilled ? 5000 : 3500, skilled ? 8000 : 5500) : dayPay(r, skilled ? 180 : 120, skilled ? 300 : 200, 'MONTHLY');
    const packing = role.includes('包装') || role.includes('分拣');
    if (packing && chance(r, 0.7)) c.dayShift = true;
    return {
      title: chance(r, 0.3) ? `${c.employer.short}招${role}` : role,
      category: 'TEA',
      pay,
      body: [
        pick(r, [
          `${c.employer.short}是县里的茶叶加工企业，做紫阳富硒绿茶和红茶。`,
          `厂在${c.area.town}${c.spot === '集镇' ? '集镇' : c.spot}，有两条清洁化生产线。`,
        ]),
        pay.unit === 'MONTH' ? `月工资${pay.min}到${pay.max}元，春茶季加班另算。` : `一天${pay.min}到${pay.max}元，按月结算。`,
        ...some(r, [
          packing && c.dayShift ? '包装车间是长白班，早8点到晚6点。' : '春茶季要赶夜班，鲜叶当天进厂当天做完。',
          skilled ? '会手工炒毛尖的师傅优先。' : '不会的跟着师傅学，一个星期就上手。',
          c.meals ? (c.housing ? '厂里管吃住。' : '厂里管午饭。') : null,
          '淡季也有活，全年都能干。',
        ], randInt(r, 1, 2)),
      ],
      reqs: some(r, ['能吃苦', '讲卫生', '有制茶经验优先', '能上夜班', '手脚麻利'], randInt(r, 1, 2)),
    };
  },
};

const BUILD_ROLES: readonly { name: string; lo: number; hi: number; req: string }[] = [
  { name: '钢筋工', lo: 260, hi: 350, req: '会看图下料、绑扎' },
  { name: '木工（支模）', lo: 280, hi: 350, req: '支过模板，有木工经验' },
  { name: '建筑小工', lo: 180, hi: 220, req: '能吃苦，有力气' },
  { name: '瓦工（砌砖、抹灰）', lo: 260, hi: 330, req: '砌砖抹灰手艺好' },
  { name: '架子工', lo: 260, hi: 340, req: '有架子工证，不恐高' },
  { name: '水电安装工', lo: 240, hi: 320, req: '会水电安装，有电工证优先' },
  { name: '防水工', lo: 220, hi: 300, req: '做过屋面或卫生间防水' },
  { name: '挖掘机司机', lo: 300, hi: 350, req: '有挖掘机操作证，开过三年以上' },
];

const COUNTY_SEAT_PROJECTS = ['安置社区二期', '县医院新住院楼', '汉江防洪堤', '中学学生宿舍楼', '滨江道路改造', '污水管网改造'];
const TOWN_PROJECTS = ['集镇道路改造', '茶叶加工厂新厂房', '安置点配套工程', '集镇污水管网'];
const VILLAGE_PROJECTS = ['通组路硬化', '村级活动室', '产业路拓宽', '河堤加固'];

const build: JobKind = {
  key: 'build',
  trades: ['BUILD'],
  scopes: ['ZIYANG', 'SHAANXI'],
  flags: { housing: 0.3, mealsIfHousing: 0.9, mealsOtherwise: 0.4, couple: 0.05, dayShift: 0.9, insurance: 0.1, travel: 0 },
  headcount: [3, 20],
  ages: [[20, 55], [18, 60], [20, 58], [null, null]],
  build(c) {
    const r = c.rng;
    const role = pick(r, BUILD_ROLES);
    const local = c.area.scope === 'ZIYANG';
    const settle: PaySettlement = chance(r, local ? 0.6 : 0.4) ? 'DAILY' : 'MONTHLY';
    // The county pays a little less than the cities, never under 180 a day.
    const pay = dayPay(r, Math.max(180, role.lo - (local ? 20 : 0)), role.hi - (local ? 20 : 0), settle);
    if (local && chance(r, 0.7)) c.housing = false;
    const project = local
      ? c.area.town === '城关镇' ? `县城${pick(r, COUNTY_SEAT_PROJECTS)}`
        : c.place.village ? `${c.place.village}${pick(r, VILLAGE_PROJECTS)}` : `${c.area.town}${pick(r, TOWN_PROJECTS)}`
      : `${c.area.city.replace(/市$/, '')}${shortDistrict(c.area)}${pick(r, ['住宅项目', '安置房项目', '商业综合体', '学校新校区', '产业园厂房'])}`;
    const title = pick(r, [role.name, `${role.name} ${settle === 'DAILY' ? '日结' : '月结'}`, `${project}招${role.name}`, `施工队招${role.name}`]);
    return {
      title,
      category: 'CONSTRUCTION',
      pay,
      body: [
        `${project}，工期到${pick(r, ['年底', '明年5月', '明年春节前', '明年秋天'])}，活儿稳定。`,
        pay.min === pay.max
          ? `${role.name.replace(/（.*）/, '')}一天${pay.min}元，${settle === 'DAILY' ? '干一天结一天' : '每月底结一次，不拖欠'}。`
          : `一天${pay.min}到${pay.max}元，看手艺定价，${settle === 'DAILY' ? '每天收工发工钱' : '月底结账，不拖欠'}。`,
        ...some(r, [
          c.housing ? '工地有板房宿舍，离家远的可以住。' : local ? '离家近的每天能回家。' : null,
          c.meals ? '中午工地管一顿饭。' : null,
          '下雨天休息，不算工。',
          '安全帽、手套工地发，进场先做安全教育。',
          role.name === '建筑小工' ? '年纪大一点的也可以，看身体情况。' : '自带常用工具。',
        ], randInt(r, 1, 2)),
      ],
      reqs: some(r, [
        role.req, '身体健康，没有高血压', '服从安排', '不喝酒上工', '能长期干',
      ], randInt(r, 1, 3)),
    };
  },
};

/** What community factories in the county make, and who they want. */
const WORKSHOP_ROLES: Readonly<Record<string, readonly string[]>> = {
  毛绒玩具: ['缝纫工', '车工', '手工（填充、剪线头）', '质检包装工'],
  服装: ['平车工', '锁边工', '整烫工', '剪线头工'],
  电子线圈: ['绕线工', '焊锡工', '检测员'],
};

const workshop: JobKind = {
  key: 'workshop',
  trades: ['WORKSHOP'],
  scopes: ['ZIYANG'],
  flags: { housing: 0.02, mealsIfHousing: 1, mealsOtherwise: 0.3, couple: 0, dayShift: 0.9, insurance: 0.4, travel: 0 },
  headcount: [5, 40],
  ages: [[18, 55], [18, 60], [20, 55], [null, null]],
  placeHint: { village: 0.1, townSpots: ['新社区工厂', '安置社区社区工厂', '社区工厂二楼'] },
  build(c) {
    const r = c.rng;
    const product = c.employer.product ?? '毛绒玩具';
    const role = pick(r, WORKSHOP_ROLES[product] ?? ['普工']);
    const piece = chance(r, 0.5);
    const pay = piece ? piecePay(r, 2, 4, [1000, 1400], 'MONTHLY', 1) : monthPay(r, 3000, 5000);
    c.dayShift = true;
    const where = c.area.town === '城关镇' ? c.spot : `${c.area.town}安置社区`;
    return {
      title: pick(r, [`社区工厂${role}（${product}）`, `${product}厂${role} 离家近`, `新社区工厂招${role}`, `${role}（计件，多劳多得）`, `${product}加工 ${role}`].filter((t) => piece || !t.includes('计件'))),
      category: 'FACTORY',
      pay,
      body: [
        pick(r, [
          `工厂就在${where}楼下，做${product}加工，都是本地姐妹。`,
          `${c.employer.short}在${c.area.town}的社区工厂，主要做${product}，订单排到明年。`,
        ]),
        piece
          ? `计件工资，一件${pay.min}到${pay.max}元，熟手一个月${roundTo(pay.min * (pay.unitsPerMonth ?? 1000), 100)}元以上。`
          : `新手保底${pay.min}元，熟练了改计件，好的一个月能拿${pay.max}元。`,
        ...some(r, [
          '早上8点上班，下午5点半下班，中午休息一个半小时，可以回家做饭。',
          '上下班时间灵活，接送孩子可以跟组长说一声。',
          role.includes('车') || role.includes('缝纫') || role.includes('平车') ? '不会踩缝纫机的可以学，师傅带一个星期。' : '活儿不难，当天就能学会。',
          c.insurance ? '干满半年给交社保。' : null,
          c.meals ? '中午厂里管一顿饭。' : null,
        ], randInt(r, 1, 2)),
      ],
      reqs: some(r, ['眼睛好，手脚灵活', '五十多岁的也可以', '能坐得住', '住在附近的优先', '做过缝纫的优先'], randInt(r, 1, 2)),
    };
  },
};

/** What the county's community factories make. */
export const WORKSHOP_PRODUCTS: readonly string[] = Object.keys(WORKSHOP_ROLES);

/** What factories in 安康, 西安 and the factory towns make. */
export const FACTORY_PRODUCTS: readonly string[] = [
  '电子元器件', '汽车零部件', '手机配件', '笔记本电脑配件', '富硒食品', '塑胶制品', '精密五金', '光伏组件', '包装材料',
];

const FACTORY_ROLES = ['普工', '操作工', '流水线普工', '质检员', '包装工', '叉车司机', '注塑工', '仓管员', '装配工'];

const factory: JobKind = {
  key: 'factory',
  trades: ['FACTORY'],
  scopes: ['SHAANXI', 'AWAY'],
  flags: { housing: 0.8, mealsIfHousing: 0.7, mealsOtherwise: 0.4, couple: 0.4, dayShift: 0.4, insurance: 0.85, travel: 0.4 },
  headcount: [5, 50],
  ages: [[18, 45], [18, 50], [18, 40], [20, 48]],
  build(c) {
    const r = c.rng;
    const role = pick(r, FACTORY_ROLES);
    const nearHome = c.area.city === '安康市';
    const pay = monthPay(r, nearHome ? 3500 : 4200, nearHome ? 5200 : 6500);
    const product = c.employer.product ?? '电子产品';
    let title = pick(r, [role, `${role}（${c.dayShift ? '长白班' : '两班倒'}）`, `${product}厂${role}`]);
    if (c.housing && c.meals && chance(r, 0.15)) title += ' 包吃住';
    if (c.couple && chance(r, 0.3)) title += ' 夫妻可同进';
    return {
      title,
      category: 'FACTORY',
      pay,
      body: [
        `${c.employer.short}生产${product}，厂区在${c.spot.startsWith('高新区') ? '安康' + c.spot : (c.area.town ?? c.area.county ?? '') + c.spot}。`,
        `综合月薪${pay.min}到${pay.max}元，${pick(r, ['加班按国家规定算', '旺季加班多', '每月10号发上月工资'])}。`,
        ...some(r, [
          c.dayShift ? '长白班，早8点到晚8点，中间吃饭休息1小时。' : '两班倒，白班夜班每月轮换，夜班有补贴。',
          c.housing ? `宿舍${pick(r, ['4', '6', '8'])}人间，空调热水齐全${c.couple ? '，夫妻可申请夫妻房' : ''}。` : '不提供宿舍，有住房补贴。',
          c.meals ? '食堂一日三餐免费。' : '食堂吃饭刷卡，价格便宜。',
          c.insurance ? '入职就买五险。' : null,
          c.travel ? '从紫阳统一坐大巴过去，车费厂里出。' : null,
        ], randInt(r, 1, 3)),
      ],
      reqs: some(r, ['身体健康', '能适应倒班', '认识26个英文字母', '视力好，不色盲', '能站着上班', '服从管理'], randInt(r, 1, 3)),
    };
  },
};

/** [role, lowest, highest monthly pay]. */
type RoleRow = readonly [string, number, number];

const FOOD_ROLES_COUNTY: readonly RoleRow[] = [
  ['服务员', 2800, 4000], ['后厨帮厨', 3000, 4200], ['蒸盆子师傅', 4500, 7000], ['面点师（浆巴馍、油糍）', 3500, 5500],
  ['洗碗阿姨', 2600, 3500], ['传菜员', 2800, 3800], ['厨师（会做本地菜）', 4500, 8000],
];
const FOOD_ROLES_CITY: readonly RoleRow[] = [
  ['餐厅服务员', 3500, 4800], ['厨师', 5500, 9000], ['面点师（拉面、臊子面）', 4500, 7000], ['凉皮店帮工', 3500, 4500],
  ['洗碗工', 3200, 4200], ['配菜员', 3800, 5000],
];

const food: JobKind = {
  key: 'food',
  trades: ['FOOD'],
  scopes: ['ZIYANG', 'SHAANXI'],
  flags: { housing: 0.35, mealsIfHousing: 1, mealsOtherwise: 0.9, couple: 0.05, dayShift: 0.3, insurance: 0.2, travel: 0 },
  headcount: [1, 5],
  ages: [[18, 50], [20, 55], [18, 45], [null, null], [30, 58]],
  build(c) {
    const r = c.rng;
    const local = c.area.scope === 'ZIYANG';
    const [role, lo, hi] = pick(r, local ? FOOD_ROLES_COUNTY : FOOD_ROLES_CITY);
    const pay = monthPay(r, lo, hi);
    const name = c.employer.short;
    return {
      title: pick(r, [role, `${name}招${role}`, local ? `${c.area.town === '城关镇' ? '县城' : c.area.town}饭店招${role}` : `${shortDistrict(c.area)}店${role}`]),
      category: 'CATERING',
      pay,
      body: [
        local
          ? pick(r, [
            `${name}在${c.area.town === '城关镇' ? '县城' + c.spot : c.area.town + '集镇'}，主做紫阳本地菜和蒸盆子，中午晚上两餐。`,
            `店里生意好，周末和节假日有酒席，${name}开了十几年。`,
          ])
          : pick(r, [`${name}${shortDistrict(c.area)}店，做陕菜和面食，店里很多老乡。`, `店在${c.spot}，饭点人多，活儿干得完。`]),
        `月薪${pay.min}到${pay.max}元，${pick(r, ['每月休4天', '每月休2天，不休的给加班钱', '节假日忙，过后补休'])}。`,
        ...some(r, [
          c.housing && c.meals ? '包吃住。' : c.meals ? (local ? '包吃不包住，县城的可以每天回家。' : '管两顿饭。') : null,
          '上午10点上班，晚上9点下班，中间休息两小时。',
          role.includes('师') ? (local ? '会做蒸盆子、炒腊肉的优先。' : '会做臊子面、油泼面的优先。') : '年纪大一点的阿姨也可以，活儿不累。',
          c.insurance ? '干满三个月交社保。' : null,
        ], randInt(r, 1, 2)),
      ],
      reqs: some(r, ['讲卫生', '勤快，手脚麻利', '有健康证的优先', '态度好，能听懂普通话', '有餐饮经验优先'], randInt(r, 1, 2)),
    };
  },
};

/** [role, lowest, highest monthly pay in the county, lives with the family]. */
const HOME_ROLES: readonly (readonly [string, number, number, boolean])[] = [
  ['住家保姆', 3000, 5000, true], ['育儿嫂', 3500, 6000, true], ['月嫂', 5000, 8000, true],
  ['养老护理员', 3000, 4500, false], ['医院护工', 3500, 5500, false], ['钟点工（家庭保洁）', 2800, 4000, false],
];
const HOME_ROLES_LIVE_IN = HOME_ROLES.filter((row) => row[3]);

const home: JobKind = {
  key: 'home',
  trades: ['HOME'],
  scopes: ['ZIYANG', 'SHAANXI', 'AWAY'],
  flags: { housing: 0.5, mealsIfHousing: 1, mealsOtherwise: 0.5, couple: 0, dayShift: 0.4, insurance: 0.2, travel: 0.3 },
  headcount: [1, 5],
  ages: [[25, 55], [30, 58], [35, 60], [25, 50]],
  build(c) {
    const r = c.rng;
    const scale = c.area.scope === 'AWAY' ? 2 : c.area.scope === 'SHAANXI' ? 1.4 : 1;
    const [role, lo, hi, liveIn] = pick(r, c.area.scope === 'AWAY' ? HOME_ROLES_LIVE_IN : HOME_ROLES);
    const pay = monthPay(r, roundTo(lo * scale, 500), roundTo(hi * scale, 500));
    c.housing = liveIn || c.housing;
    c.meals = liveIn || c.meals;
    const place = c.area.scope === 'ZIYANG' ? '县城' : `${c.area.city.replace(/市$/, '')}${shortDistrict(c.area)}`;
    const intro: Record<string, string> = {
      住家保姆: `雇主是${place}的老两口，儿女在外地，需要做饭、打扫卫生，陪老人去医院。`,
      育儿嫂: `照顾一个${randInt(r, 6, 18)}个月的宝宝，雇主家在${place}，家里有老人搭手。`,
      月嫂: `${place}的客户，预产期在下个月，签26天的合同。`,
      养老护理员: `养老院有${randInt(r, 30, 90)}位老人，护理员分班照顾，两人一组。`,
      医院护工: `在${place}的医院做陪护，照顾术后和行动不便的病人。`,
      '钟点工（家庭保洁）': `${place}的家庭保洁，按单派活，一天三四户。`,
    };
    return {
      title: pick(r, [role, `${place}${role}`, liveIn ? `招${role} 住家` : c.housing ? `招${role} 提供住宿` : `招${role} 可回家住`]),
      category: 'DOMESTIC',
      pay,
      body: [
        intro[role] ?? `${place}招${role}。`,
        `月薪${pay.min}到${pay.max}元，${liveIn ? '吃住在雇主家' : '按月发工资'}。`,
        ...some(r, [
          liveIn ? '没经验的公司先免费培训一周再上户。' : '没经验的先免费培训一周再上岗。',
          liveIn ? '每月休4天，休息日可以自己安排。' : '早8点到晚6点，周末轮休。',
          c.insurance ? '公司给买意外险和社保。' : null,
          c.travel ? '去外地的车票公司报销。' : null,
        ], randInt(r, 1, 2)),
      ],
      reqs: some(r, ['会做家常饭菜', '有耐心，爱干净', '身体健康', '有育婴员或养老护理证的优先', '做过家政的优先'], randInt(r, 1, 3)),
    };
  },
};

const logistics: JobKind = {
  key: 'logistics',
  trades: ['LOGISTICS'],
  scopes: ['ZIYANG', 'SHAANXI'],
  flags: { housing: 0.2, mealsIfHousing: 0.9, mealsOtherwise: 0.4, couple: 0.05, dayShift: 0.5, insurance: 0.5, travel: 0 },
  headcount: [2, 10],
  ages: [[18, 45], [20, 50], [22, 50], [null, null]],
  build(c) {
    const r = c.rng;
    const local = c.area.scope === 'ZIYANG';
    const role = pick(r, local
      ? ['快递分拣员', c.area.town === '城关镇' ? '县城送货司机（C1驾照）' : '送货司机（C1驾照）', '快递员', '装卸工']
      : ['仓库拣货员', '快递分拣员', '货车司机（A2驾照）', '装卸工', '冷库理货员', '快递员']);
    const courier = role === '快递员';
    const pay = courier
      ? piecePay(r, 1, 2, [3000, 4500], 'MONTHLY', 1)
      : role.includes('司机') ? monthPay(r, local ? 4500 : 6500, local ? 6500 : 10000) : monthPay(r, local ? 3200 : 4200, local ? 4800 : 6500);
    const night = !courier && !role.includes('司机') && chance(r, 0.4);
    c.dayShift = !night && c.dayShift;
    return {
      title: pick(r, [role, `${c.employer.short}招${role}`, `${role}${night ? '（夜班）' : ''}`]),
      category: 'LOGISTICS',
      pay,
      body: [
        courier
          ? `负责${local ? (c.area.town === '城关镇' ? '县城' : c.area.town) : shortDistrict(c.area)}${pick(r, ['东片', '西片', '南片', '北片'])}派件，电动车公司配。`
          : local
            ? `仓库在${c.area.town === '城关镇' ? '县城' + c.spot : c.area.town + '集镇'}，主要是电商包裹和商超货。`
            : c.area.key === '安康高新区'
              ? '仓库在安康高新区物流园，主要是电商包裹分拣和装车。'
              : `仓库在${shortDistrict(c.area)}${c.spot}附近，主要是电商包裹分拣和装车。`,
        courier
          ? `一件${pay.min}到${pay.max}元，一个月派${pay.unitsPerMonth}件左右，多劳多得。`
          : `月薪${pay.min}到${pay.max}元。`,
        ...some(r, [
          courier ? '早上7点到网点，派完就下班。'
            : night ? '夜班分拣，晚8点到早6点，白天休息。'
              : role.includes('司机') ? '跑市内和周边县区，不跑长途，晚上能回家。' : '白班早8点到晚6点，中午休息一小时。',
          c.insurance ? '交五险。' : null,
          c.housing ? '提供宿舍。' : null,
          c.meals ? '管午饭。' : null,
        ], randInt(r, 1, 2)),
      ],
      reqs: some(r, [
        role.includes('司机') ? '驾照三年以上，路熟' : '能搬重物', '会用智能手机', '身体好', '能长期干',
      ], randInt(r, 1, 3)),
    };
  },
};

const farm: JobKind = {
  key: 'farm',
  trades: ['FARM'],
  scopes: ['ZIYANG'],
  flags: { housing: 0.15, mealsIfHousing: 1, mealsOtherwise: 0.5, couple: 0.05, dayShift: 0.95, insurance: 0, travel: 0 },
  headcount: [3, 30],
  ages: [[18, 65], [null, null], [20, 65], [25, 60]],
  placeHint: { village: 1, villageSpots: ['基地', '产业园', '二组', '四组'] },
  build(c) {
    const r = c.rng;
    const where = c.place.village ?? c.area.town;
    const jobs = [
      { t: '魔芋种植 临时工', d: `${c.employer.short}在${where}有魔芋基地${randInt(r, 3, 12) * 100}亩，需要人下种、除草、施肥。` },
      { t: '柑橘采摘工', d: `${where}的柑橘园${randInt(r, 2, 8) * 50}亩，需要人采摘、分拣、装箱。` },
      { t: '养猪场饲养员', d: `养殖场在${where}山上，存栏${randInt(r, 3, 10) * 100}头，负责喂料、清粪、打扫圈舍。` },
      { t: '中药材（黄精）种植工', d: `${where}的黄精基地要人栽苗、除草，活儿按天算。` },
      { t: '蚕桑基地 采桑养蚕', d: `${where}蚕桑基地要人采桑叶、喂蚕、上蔟。` },
    ];
    // A konjac cooperative posts field work; a livestock one posts the farm and its orchards.
    const j = c.employer.product === '魔芋' ? pick(r, [jobs[0], jobs[3], jobs[4]]) : c.employer.product === '养殖' ? pick(r, [jobs[1], jobs[2], jobs[3]]) : pick(r, jobs);
    if (!j) throw new Error('farm job');
    const longTerm = j.t === '养猪场饲养员';
    const pay = longTerm ? monthPay(r, 3500, 5500) : dayPay(r, 80, 150, chance(r, 0.7) ? 'DAILY' : 'MONTHLY');
    if (longTerm) c.housing = c.meals = true;
    return {
      title: pick(r, [j.t, `${c.area.town}${j.t}`]),
      category: 'FARMING',
      pay,
      body: [
        j.d,
        longTerm ? `月薪${pay.min}到${pay.max}元，包吃住，一个月休2天。` : `一天${pay.min}到${pay.max}元，${pay.settlement === 'DAILY' ? '干一天结一天' : '月底结清'}。`,
        ...some(r, [
          longTerm ? null : '离家近，早出晚归。',
          c.meals && !longTerm ? '中午管一顿饭。' : null,
          '年纪大一点的也可以来，活儿不算重。',
        ], 1),
      ],
      reqs: some(r, ['能干农活', '身体健康', '本村及附近村民优先', '不怕脏不怕累'], randInt(r, 1, 2)),
    };
  },
};

const ECOMMERCE_ROLES: readonly RoleRow[] = [['富硒茶直播带货主播', 4000, 8000], ['电商客服', 3200, 4500], ['网店打包员', 3000, 4000]];
const PROPERTY_ROLES: readonly RoleRow[] = [['小区保安', 3200, 4200], ['物业保洁', 2600, 3500], ['物业水电维修工', 3800, 5500], ['安置社区保安', 3000, 3800]];

const misc: JobKind = {
  key: 'misc',
  trades: ['SERVICE'],
  scopes: ['ZIYANG', 'SHAANXI'],
  flags: { housing: 0.15, mealsIfHousing: 1, mealsOtherwise: 0.4, couple: 0, dayShift: 0.6, insurance: 0.6, travel: 0 },
  headcount: [1, 6],
  ages: [[18, 35], [20, 55], [18, 60], [null, null]],
  build(c) {
    const r = c.rng;
    const live = c.employer.product === '电商';
    const [role, lo, hi] = pick(r, live ? ECOMMERCE_ROLES : PROPERTY_ROLES);
    const pay = monthPay(r, lo, hi);
    return {
      title: pick(r, [role, `${c.employer.short}招${role}`]),
      category: 'OTHER',
      pay,
      body: [
        live
          ? pick(r, ['公司在县城电商产业园，卖紫阳富硒茶、腊肉和山货。', '直播间卖紫阳茶叶和农特产品，有专门的运营带。'])
          : pick(r, [
            `${c.employer.short}管着${c.area.scope === 'ZIYANG' ? '县城' : shortDistrict(c.area)}的${randInt(r, 3, 15)}个小区，这次给新交房的小区招人。`,
            `小区在${c.area.scope === 'ZIYANG' ? '县城' : shortDistrict(c.area)}，${randInt(r, 8, 30)}栋楼，物业用工常年缺人。`,
          ]),
        `月薪${pay.min}到${pay.max}元${role.includes('主播') ? '，另有销售提成' : ''}。`,
        ...some(r, [
          role.includes('保安') ? '24小时三班倒，做一休一。' : '早8点半到晚6点，周末轮休。',
          c.insurance ? '交五险。' : null,
          role.includes('主播') ? '会说紫阳话、普通话都行，能在镜头前大方说话，没做过的先培训。' : null,
        ], randInt(r, 1, 2)),
      ],
      reqs: some(r, ['会用智能手机', '责任心强', '身体健康', '退伍军人优先', '能长期干'], randInt(r, 1, 2)),
    };
  },
};

/** Every job kind, by key. */
export const JOB_KINDS: Readonly<Record<string, JobKind>> = {
  footTech, pedicure, shopManager, frontDesk, apprentice, teaPick, teaMake, build, workshop, factory, food, home, logistics, farm, misc,
};

const CLOSERS_AWAY = [
  '有意向的直接打电话，微信同号。',
  '到了车站打电话，安排人去接。',
  '老乡带老乡一起来的，一起安排。',
  '电话没接到就发个短信，看到马上回。',
];
const CLOSERS_LOCAL = [
  '可以先到现场看看再决定。',
  '有意向的直接打电话，也可以到村委会登记。',
  '电话没接到就发个短信，看到马上回。',
];

/** The parts of a job that do not depend on ids or dates. */
export type JobDraft = Omit<JobInput, 'id' | 'employerId' | 'publishedAt' | 'expiresAt' | 'status'>;

/** Writes one posting of `kind` by `employer` in `area`. */
export function composeJob(rng: Rng, kind: JobKind, employer: OrgProfile, area: Area, season: Season): JobDraft {
  const { place, spot } = placeIn(rng, area, kind.placeHint);
  const f = kind.flags;
  const housing = chance(rng, f.housing);
  const [ageMin, ageMax] = pick(rng, kind.ages);
  const c: JobCtx = {
    rng, area, place, spot, employer, season,
    housing,
    meals: chance(rng, housing ? f.mealsIfHousing : f.mealsOtherwise),
    couple: false,
    dayShift: chance(rng, f.dayShift),
    insurance: chance(rng, f.insurance),
    travel: area.scope !== 'ZIYANG' && chance(rng, f.travel),
    ageMin,
    ageMax,
  };
  c.couple = c.housing && chance(rng, f.couple);
  const b = kind.build(c);
  c.couple = c.couple && c.housing;

  const sentences = b.body.slice(0, 4);
  if (chance(rng, 0.6)) sentences.push(NO_FEE_SENTENCE);
  else if (sentences.length < 3 || chance(rng, 0.4)) sentences.push(pick(rng, area.scope === 'ZIYANG' ? CLOSERS_LOCAL : CLOSERS_AWAY));

  const reqs = b.reqs.slice(0, 3);
  if (ageMin !== null && ageMax !== null && chance(rng, 0.45)) {
    reqs.splice(randInt(rng, 0, reqs.length), 0, pick(rng, [`年龄${ageMin}到${ageMax}岁`, `${ageMin}—${ageMax}周岁`]));
  }
  if (reqs.length === 0) reqs.push('身体健康');
  const contact = pick(rng, employer.contacts);
  return {
    title: b.title,
    category: b.category,
    description: sentences.join(''),
    place,
    pay: b.pay,
    providesHousing: c.housing,
    providesMeals: c.meals,
    coupleRooms: c.couple,
    dayShiftOnly: c.dayShift,
    socialInsurance: c.insurance,
    travelPaid: c.travel,
    headcount: randInt(rng, kind.headcount[0], kind.headcount[1]),
    ageMin,
    ageMax,
    requirements: reqs,
    contactName: contact.name,
    contactPhone: contact.phone,
  };
}

/** Employers of `kind` and the sites where they could post it. */
export function candidatesFor(kind: JobKind, orgs: readonly OrgProfile[], scope?: Scope): { org: OrgProfile; area: Area }[] {
  const out: { org: OrgProfile; area: Area }[] = [];
  for (const org of orgs) {
    if (org.kind !== 'EMPLOYER' || !kind.trades.includes(org.trade)) continue;
    for (const area of org.sites) {
      if (kind.scopes.includes(area.scope) && (scope === undefined || area.scope === scope)) out.push({ org, area });
    }
  }
  return out;
}

// ───────────────────────────── demo jobs ─────────────────────────────

/**
 * How many demo jobs of each kind in each scope. About 45% are foot therapy or pedicure in the
 * big cities, 30% in Ziyang county and the rest in 安康, 西安 and the factory towns.
 */
const JOB_PLAN: readonly [kind: string, scope: Scope, count: number][] = [
  ['footTech', 'AWAY', 55],
  ['pedicure', 'AWAY', 45],
  ['shopManager', 'AWAY', 6],
  ['frontDesk', 'AWAY', 5],
  ['apprentice', 'AWAY', 7],
  ['teaPick', 'ZIYANG', 14],
  ['teaMake', 'ZIYANG', 8],
  ['build', 'ZIYANG', 12],
  ['workshop', 'ZIYANG', 16],
  ['food', 'ZIYANG', 11],
  ['farm', 'ZIYANG', 8],
  ['home', 'ZIYANG', 5],
  ['logistics', 'ZIYANG', 3],
  ['misc', 'ZIYANG', 4],
  ['factory', 'SHAANXI', 14],
  ['factory', 'AWAY', 8],
  ['build', 'SHAANXI', 10],
  ['food', 'SHAANXI', 7],
  ['home', 'SHAANXI', 5],
  ['home', 'AWAY', 3],
  ['logistics', 'SHAANXI', 7],
  ['footTech', 'SHAANXI', 5],
  ['pedicure', 'SHAANXI', 4],
  ['misc', 'SHAANXI', 4],
];

/** What becomes of a posting: open, published today, closed by the employer, or expired. */
type Fate = 'OPEN' | 'TODAY' | 'CLOSED' | 'EXPIRED';

function pickFate(rng: Rng): Fate {
  const x = rng();
  if (x < 0.04) return 'CLOSED';
  if (x < 0.085) return 'EXPIRED';
  if (x < 0.14) return 'TODAY';
  return 'OPEN';
}

/** publishedAt, expiresAt and status for a posting with the given fate. */
function jobDates(rng: Rng, now: Date, pool: InstantPool, fate: Fate, windowDays = 60): { publishedAt: Date; expiresAt: Date | null; status: 'OPEN' | 'CLOSED' } {
  const day = 86400;
  let publishedAt: Date;
  // Today in China time; just after midnight that is only a few minutes.
  if (fate === 'TODAY') publishedAt = pool.ago(rng, 1, Math.max(60, secondsSinceCstMidnight(now)));
  else if (fate === 'EXPIRED') publishedAt = pool.ago(rng, 20 * day, windowDays * day);
  else publishedAt = pool.ago(rng, 3600, windowDays * day);
  const ageDays = Math.floor((now.getTime() - publishedAt.getTime()) / DAY_MS);
  let expiresAt: Date | null;
  if (fate === 'EXPIRED') {
    // Expired some days ago: lived 15 days or more, and ended before today.
    expiresAt = new Date(publishedAt.getTime() + randInt(rng, 15, Math.max(15, ageDays - 2)) * DAY_MS + randInt(rng, 0, 3600) * 1000);
  } else if (chance(rng, 0.2)) {
    expiresAt = null;
  } else {
    expiresAt = new Date(publishedAt.getTime() + randInt(rng, Math.max(15, ageDays + 1), 90) * DAY_MS);
  }
  return { publishedAt, expiresAt, status: fate === 'CLOSED' ? 'CLOSED' : 'OPEN' };
}

function buildJobs(rng: Rng, nextId: () => string, now: Date, orgs: readonly OrgProfile[]): JobInput[] {
  const season = seasonOf(now);
  const pool = new InstantPool(now);
  const jobs: JobInput[] = [];
  for (const [key, scope, count] of JOB_PLAN) {
    const kind = JOB_KINDS[key];
    if (!kind) throw new Error(`unknown job kind ${key}`);
    const candidates = candidatesFor(kind, orgs, scope);
    if (candidates.length === 0) throw new Error(`no employer for ${key} in ${scope}`);
    // 高桥镇 is where the pedicure trade started; its postings come up more than a hill town's.
    const weights = candidates.map((c) => (c.area.key === '高桥镇' ? 4 : c.area.key === '城关镇' ? 1.5 : 1));
    for (let i = 0; i < count; i++) {
      const { org, area } = candidates[pickWeighted(rng, weights)] as { org: OrgProfile; area: Area };
      const draft = composeJob(rng, kind, org, area, season);
      jobs.push({ id: nextId(), employerId: org.id, ...draft, ...jobDates(rng, now, pool, pickFate(rng)) });
    }
  }
  // Newest first, as the app lists them.
  return jobs.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
}

// ───────────────────────────── courses ─────────────────────────────

/** One kind of course: its name, what it teaches, the certificate and who hires graduates. */
export interface CourseVariant {
  skill: CourseSkill;
  name: string;
  hours: readonly [number, number];
  certificates: readonly (string | null)[];
  /** What is taught, one sentence each; one is used. */
  teaches: readonly string[];
  /** Requirements of this course; general ones are added. */
  reqs: readonly string[];
  /** Employers of these trades may promise to hire graduates (订单式培训). */
  leadsTo: readonly Trade[];
  /** Fee range in yuan when a private school charges. */
  fee: readonly [number, number];
  /** An 订单班: always names the employers that will hire. */
  order?: boolean;
  /** Only employers making these (a sewing course leads to toy and garment workshops, not electronics). */
  leadProducts?: readonly string[];
}

function variant(
  skill: CourseSkill, name: string, hours: [number, number], certificates: (string | null)[], teaches: string[],
  reqs: string[], leadsTo: Trade[], fee: [number, number], order = false,
): CourseVariant {
  return { skill, name, hours, certificates, teaches, reqs, leadsTo, fee, ...(order ? { order } : {}) };
}

const PEDICURE_CERT = '专项职业能力证书（修脚）';
const FOOT_CERTS = ['专项职业能力证书（足部按摩）', '保健按摩师（五级）职业技能等级证书', null];
const PEDICURE_TEACH = [
  '讲修脚刀法和足部常见问题处理，包括灰指甲、甲沟炎、嵌甲、鸡眼和老茧，实操课占一半以上。',
  '由从业多年的老修脚师傅手把手教，先练削皮、片甲，再上真人实操，学员互相练习。',
  '课程包括足部解剖常识、修脚工具消毒、刀法练习和客人接待，结业前到合作门店跟岗实习一周。',
];
const FOOT_TEACH = [
  '系统学习足部反射区、常用穴位和中式足疗手法，配合肩颈放松，每天实操不少于4小时。',
  '从泡脚、足部按摩到客人服务礼仪都教，结业后可直接上岗。',
];

/** The courses trainers run, grouped by trade of skill. Exported for test builders. */
export const COURSE_VARIANTS: Readonly<Record<string, readonly CourseVariant[]>> = {
  pedicure: [
    variant('PEDICURE', '修脚技能免费培训班', [120, 240], [PEDICURE_CERT], PEDICURE_TEACH, ['有意向到外地修脚店就业', '眼神好、手稳'], ['FOOT'], [1800, 3800]),
    variant('PEDICURE', '修脚师培训班', [120, 240], [PEDICURE_CERT, null], PEDICURE_TEACH, ['有意向到外地修脚店就业', '眼神好、手稳'], ['FOOT'], [1800, 3800]),
    variant('PEDICURE', '修脚技艺提升班', [80, 160], [null, PEDICURE_CERT], [
      '面向已经在店里干过一两年的师傅，重点提高嵌甲、甲沟炎和灰指甲的处理技术，也讲怎么带徒弟、管门店。',
    ], ['有一年以上修脚从业经历'], ['FOOT'], [1800, 3800]),
  ],
  foot: [
    variant('FOOT_THERAPY', '足疗保健按摩培训班', [80, 200], FOOT_CERTS, FOOT_TEACH, ['有意向到足疗店就业', '手上有力气'], ['FOOT'], [1500, 3000]),
    variant('FOOT_THERAPY', '足部按摩技能培训班', [80, 200], FOOT_CERTS, FOOT_TEACH, ['有意向到足疗店就业'], ['FOOT'], [1500, 3000]),
    variant('FOOT_THERAPY', '足疗师订单培训班', [80, 160], FOOT_CERTS, FOOT_TEACH, ['愿意到合作门店工作一年以上'], ['FOOT'], [1500, 3000], true),
  ],
  tea: [
    variant('TEA_ART', '紫阳富硒茶茶艺培训班', [40, 120], ['茶艺师（五级）职业技能等级证书', null], [
      '讲紫阳富硒茶的历史、绿茶和红茶冲泡、茶席布置和茶艺表演，结合茶园现场教学。',
    ], ['对茶行业感兴趣', '普通话能交流'], ['TEA'], [800, 2200]),
    variant('TEA_ART', '茶艺师培训班', [64, 120], ['茶艺师（五级）职业技能等级证书', '茶艺师（四级）职业技能等级证书'], [
      '讲茶叶基础知识、六大茶类冲泡和茶艺礼仪，结业考核按茶艺师标准进行。',
      '讲紫阳富硒茶的历史、绿茶和红茶冲泡、茶席布置和茶艺表演，结合茶园现场教学。',
    ], ['初中以上文化', '普通话能交流'], ['TEA'], [800, 2200]),
    variant('TEA_ART', '茶叶加工与茶艺培训班', [60, 120], [null, '茶艺师（五级）职业技能等级证书'], [
      '内容有鲜叶采摘标准、手工炒茶、茶叶审评和茶艺礼仪，适合在茶企、茶馆和景区工作的人。',
    ], ['对茶行业感兴趣'], ['TEA'], [800, 2200]),
  ],
  electric: [
    variant('ELECTRICIAN', '电工技能培训班', [160, 300], ['初级电工职业资格证书'], [
      '讲电工基础、安全用电、照明和动力线路安装，实训室里接线练习，考核合格后取证。',
    ], ['初中以上文化', '视力好，无色盲'], ['BUILD', 'FACTORY'], [1200, 2600]),
    variant('ELECTRICIAN', '低压电工培训班', [64, 120], ['特种作业操作证（低压电工）'], [
      '按特种作业考试大纲授课，理论和实操各一半，重点练配电箱安装和线路故障排查。',
    ], ['初中以上文化', '视力好，无色盲'], ['BUILD', 'FACTORY'], [800, 1600]),
    variant('ELECTRICIAN', '建筑电工培训班', [120, 240], ['初级电工职业资格证书', '特种作业操作证（建筑电工）'], [
      '讲工地临时用电、配电箱和照明线路安装，到在建工地现场教学。',
    ], ['初中以上文化', '不恐高'], ['BUILD'], [1200, 2600]),
  ],
  chef: [
    variant('CHEF', '中式烹调师培训班', [120, 200], ['中式烹调师（五级）职业技能等级证书'], [
      '学刀工、火候和陕南家常菜，每人每天上灶练习，也讲食品安全和后厨卫生。',
    ], ['有意向从事餐饮工作'], ['FOOD'], [1000, 2500]),
    variant('CHEF', '紫阳蒸盆子制作技艺培训班', [80, 160], ['专项职业能力证书（紫阳蒸盆子制作）', null], [
      '从选料、煨汤到装盆上笼，完整学紫阳蒸盆子的做法，也学腊肉、魔芋豆腐等本地菜。',
    ], ['有意向从事餐饮工作', '想在家门口开饭馆的优先'], ['FOOD'], [1000, 2500]),
    variant('CHEF', '中式面点师培训班', [80, 160], ['中式面点师（五级）职业技能等级证书'], [
      '教浆巴馍、油糍、蒸饺和包子等面点，每人每天动手揉面、做馅。',
    ], ['有意向从事餐饮工作'], ['FOOD'], [1000, 2500]),
  ],
  domestic: [
    variant('DOMESTIC', '家政服务员培训班', [56, 120], ['家政服务员（五级）职业技能等级证书', null], [
      '讲家居保洁、衣物洗涤、家常菜制作和老人照护，也教和雇主打交道的礼仪。',
    ], ['25到55周岁', '有意向从事家政服务'], ['HOME'], [800, 1800]),
    variant('DOMESTIC', '家庭保洁与收纳培训班', [40, 80], [null], [
      '学厨房、卫生间深度保洁和衣柜收纳整理，用真实样板间练习。',
    ], ['有意向从事家政服务'], ['HOME'], [800, 1500]),
    variant('DOMESTIC', '月嫂技能培训班', [80, 160], ['专项职业能力证书（母婴护理）', null], [
      '内容包括产妇护理、新生儿洗澡抚触、喂养和月子餐，实操用仿真娃娃练习。',
    ], ['25到55周岁', '有带孩子经验的优先'], ['HOME'], [1200, 2800]),
  ],
  ecommerce: [
    { ...variant('ECOMMERCE', '电商直播带货培训班', [40, 96], [null, '结业证书'], [
      '教手机拍短视频、开直播卖紫阳茶叶和农特产品，学员现场开播实操。',
    ], ['会用智能手机', '有自己的产品或有意向做电商'], ['SERVICE'], [600, 1500]), leadProducts: ['电商'] },
    { ...variant('ECOMMERCE', '农村电商培训班', [40, 80], [null, '结业证书'], [
      '讲开网店、选品、定价、发货和售后，结业后可到县电商产业园孵化。',
    ], ['会用智能手机', '初中以上文化'], ['SERVICE'], [600, 1500]), leadProducts: ['电商'] },
    { ...variant('ECOMMERCE', '短视频运营培训班', [40, 72], [null], [
      '学拍摄、剪辑和账号运营，每人结业前做出一条家乡题材的短视频。',
    ], ['会用智能手机'], ['SERVICE'], [600, 1500]), leadProducts: ['电商'] },
  ],
  care: [
    variant('CARE', '养老护理员培训班', [80, 160], ['养老护理员（五级）职业技能等级证书'], [
      '讲老人生活照料、翻身移位、喂饭和常见病护理，在县社会福利院实习。',
    ], ['有耐心、有爱心'], ['HOME'], [980, 2200]),
    variant('CARE', '育婴员培训班', [80, 160], ['育婴员（五级）职业技能等级证书'], [
      '教婴儿喂养、洗澡、辅食和早教游戏，用仿真娃娃反复练习。',
    ], ['有耐心、有爱心', '初中以上文化'], ['HOME'], [980, 2200]),
    variant('CARE', '医疗护理员培训班', [60, 120], [null, '结业证书'], [
      '讲病人生活照护、协助翻身、观察病情和院感防护，在县医院病房见习。',
    ], ['有耐心、有爱心'], ['HOME'], [980, 2200]),
  ],
  welding: [
    { ...variant('WELDING', '焊工技能培训班', [160, 280], ['焊工（五级）职业技能等级证书', '特种作业操作证（熔化焊接与热切割）'], [
      '练手工电弧焊和二氧化碳气体保护焊，平焊、立焊、横焊都要过关。',
      '理论讲焊接安全和看图，实操每天6小时，焊材由学校提供。',
    ], ['初中以上文化', '视力好'], ['BUILD', 'FACTORY'], [1500, 3200]), leadProducts: ['汽车零部件', '笔记本电脑配件'] },
    { ...variant('WELDING', '电焊工培训班', [120, 240], ['特种作业操作证（熔化焊接与热切割）'], [
      '理论讲焊接安全和看图，实操每天6小时，焊材由学校提供。',
    ], ['视力好'], ['BUILD', 'FACTORY'], [1500, 3200]), leadProducts: ['汽车零部件', '笔记本电脑配件'] },
  ],
  other: [
    variant('OTHER', '挖掘机操作培训班', [80, 160], [null, '结业证书'], [
      '场地实操为主，学挖掘、装车、平整和日常保养，每人上机不少于40小时。',
    ], ['初中以上文化'], ['BUILD'], [2000, 4800]),
    { ...variant('OTHER', '缝纫工技能培训班', [40, 120], ['专项职业能力证书（缝纫）', null], [
      '从认识缝纫机、穿线开始，练直线、拐角和拼缝，结业后可到社区工厂上岗。',
    ], ['住在安置社区附近的优先'], ['WORKSHOP'], [600, 1200]), leadProducts: ['毛绒玩具', '服装'] },
    variant('OTHER', '茶园管理实用技术培训班', [40, 64], [null], [
      '讲茶园修剪、施肥、病虫害绿色防控和机采，课堂和茶园现场结合。',
    ], ['家里有茶园的优先'], ['TEA'], [400, 800]),
    variant('OTHER', '美容美发培训班', [120, 240], [null, '结业证书'], [
      '学剪发、烫染和基础护肤，用假人头反复练习，后期到合作店实习。',
    ], ['初中以上文化'], [], [1500, 3800]),
  ],
};

/** Which courses the demo offers: group of COURSE_VARIANTS, trainer (by short name), count. */
const COURSE_PLAN: readonly [group: string, trainer: string, count: number][] = [
  ['pedicure', '县职教中心', 5], ['pedicure', '修脚技艺传习所', 3], ['pedicure', '县就业培训中心', 1],
  ['foot', '县职教中心', 4], ['foot', '县就业培训中心', 2], ['foot', '秦巴职业培训学校', 1],
  ['tea', '县职教中心', 3], ['tea', '秦巴职业培训学校', 1], ['tea', '县就业培训中心', 1],
  ['electric', '县职教中心', 3], ['electric', '秦巴职业培训学校', 1],
  ['chef', '县职教中心', 3], ['chef', '县就业培训中心', 2],
  ['domestic', '县就业培训中心', 2], ['domestic', '秦巴职业培训学校', 1], ['domestic', '县职教中心', 1],
  ['ecommerce', '县就业培训中心', 2], ['ecommerce', '县职教中心', 1], ['ecommerce', '秦巴职业培训学校', 1],
  ['care', '县职教中心', 2], ['care', '秦巴职业培训学校', 2], ['care', '县就业培训中心', 1],
  ['welding', '县职教中心', 2], ['welding', '秦巴职业培训学校', 1],
  ['other', '县职教中心', 2], ['other', '县就业培训中心', 2],
];

const COURSE_REQS_COMMON = [
  '紫阳县户籍劳动力', '年满18周岁，60周岁以下', '脱贫户、监测户和易地搬迁群众优先', '能全程参加，缺课不超过10%', '身体健康，无传染性疾病',
];

function buildCourses(rng: Rng, nextId: () => string, now: Date, orgs: readonly OrgProfile[], homePlaces: ReadonlyMap<string, PlaceInput>): CourseInput[] {
  const pool = new InstantPool(now);
  const byShort = new Map(orgs.map((o) => [o.short, o]));
  const year = cstDay(now, 0).slice(0, 4);
  const drafts: (CourseInput & { base: string; trainerShort: string })[] = [];
  let index = 0;
  for (const [group, trainerShort, count] of COURSE_PLAN) {
    const variants = COURSE_VARIANTS[group];
    const trainer = byShort.get(trainerShort);
    if (!variants || !trainer) throw new Error(`bad course plan ${group}/${trainerShort}`);
    for (let i = 0; i < count; i++, index++) {
      const spec = pick(rng, variants);
      const privateSchool = trainer.short === '秦巴职业培训学校';
      const paid = privateSchool && !spec.order && chance(rng, 0.8);
      // When: every 6th course is in the past or running, two start within the week, the rest later.
      const slot = index % 6 === 0 ? (chance(rng, 0.5) ? 'PAST' : 'RUNNING') : index % 17 === 5 ? 'SOON' : 'FUTURE';
      const hours = roundTo(randInt(rng, spec.hours[0], spec.hours[1]), 8);
      const days = Math.max(5, Math.ceil(hours / 8));
      const spanDays = days + Math.floor(days / 6); // one rest day a week
      const startOffset =
        slot === 'PAST' ? -randInt(rng, spanDays + 5, 150)
          : slot === 'RUNNING' ? -randInt(rng, 1, Math.max(1, spanDays - 2))
            : slot === 'SOON' ? randInt(rng, 2, 5)
              : randInt(rng, 7, 90);
      const startDate = cstDay(now, startOffset);
      const endDate = cstDay(now, startOffset + spanDays - 1);
      const enrollmentDeadline = cstDay(now, startOffset - (slot === 'SOON' ? randInt(rng, 3, 6) : randInt(rng, 1, 7)));
      // A course's place: the trainer's home, or a town for 送培训下乡.
      const site = pick(rng, trainer.sites);
      const { place } = placeIn(rng, site, {
        village: site.key === '高桥镇' ? 0.8 : 0,
        villageSpots: ['村委会会议室', '村级活动室'],
        townSpots: ['便民服务中心', '新时代文明实践站', '社区培训室'],
      });
      // At home a trainer teaches at its own address.
      const own = homePlaces.get(trainer.id);
      if (site === trainer.home && own) Object.assign(place, own, { latitude: place.latitude, longitude: place.longitude });
      if (trainer.short === '县就业培训中心' && site === trainer.home) place.address = '县人社局三楼培训室';
      if (trainer.short === '县职教中心') place.address = pick(rng, ['县职教中心实训楼', '县职教中心综合楼三楼', '县职教中心实训车间']);
      if (trainer.short === '修脚技艺传习所') {
        place.village = '铁佛村';
        place.address = '铁佛村修脚技艺传习所';
      }

      const fee = paid ? roundTo(randInt(rng, spec.fee[0], spec.fee[1]), 100) : 0;
      const coversFood = !paid && chance(rng, 0.85);
      const coversLodging = !paid && coversFood && chance(rng, 0.8);
      const coversTravel = !paid && chance(rng, 0.25);
      const subsidy = paid ? 0 : chance(rng, 0.85) ? roundTo(randInt(rng, 300, 1500), 100) : 0;
      const employers = orgs.filter((o) => o.kind === 'EMPLOYER' && spec.leadsTo.includes(o.trade) &&
        (!spec.leadProducts || !o.product || spec.leadProducts.includes(o.product)));
      const leads = !paid && employers.length > 0 && (spec.order || chance(rng, 0.5)) ? pickSome(rng, employers, randInt(rng, 1, 2)) : [];
      const certificate = pick(rng, spec.certificates);
      const seats = roundTo(randInt(rng, 20, 60), 5);

      const terms = paid
        ? `培训费${fee}元，含教材和实操耗材，${chance(rng, 0.5) ? '可分两次交' : '考试不过可免费重学一次'}。`
        : coversFood && coversLodging && subsidy > 0
          ? `实行“三包两免一补”：包吃、包住、包推荐就业，免学费、免鉴定费，每人补助生活费${subsidy}元。`
          : `免费培训${coversFood ? '，中午管饭' : ''}${coversLodging ? '，外镇学员安排住宿' : ''}${subsidy > 0 ? `，结业后每人发${subsidy}元生活补贴` : ''}。`;
      const sentences = [
        pick(rng, spec.teaches),
        terms,
        ...(certificate ? [`考核合格颁发${certificate}。`] : []),
        ...(leads.length > 0
          ? [`结业后推荐到${leads.map((o) => o.short).join('、')}上岗，${pick(rng, ['订单式培训，学完就有活干', '签订就业协议', spec.leadsTo.includes('FOOT') ? '门店负责人会来班上面试' : '用工企业会来班上面试'])}。`]
          : []),
      ];
      // The course's own requirements first, then general ones that do not repeat them.
      const common = COURSE_REQS_COMMON.filter((line) => !(line.includes('周岁') && spec.reqs.some((r) => r.includes('周岁'))));
      const reqs = [...pickSome(rng, spec.reqs, randInt(rng, 1, 2)), ...pickSome(rng, common, randInt(rng, 1, 2))];
      const contact = pick(rng, trainer.contacts);
      const startsIn = daysFromToday(now, startDate);
      const publishedAt = startsIn > 0
        ? pool.ago(rng, 3600, randInt(rng, 3, 40) * 86400)
        : pool.ago(rng, (-startsIn + 10) * 86400, (-startsIn + 40) * 86400);
      const base = spec.name;
      drafts.push({
        id: nextId(),
        trainerId: trainer.id,
        title: base,
        skill: spec.skill,
        description: sentences.join(''),
        place,
        startDate,
        endDate,
        hours,
        fee,
        subsidy,
        coversFood,
        coversLodging,
        coversTravel,
        seats,
        enrolledCount: 0,
        enrollmentDeadline,
        certificate,
        requirements: reqs,
        leadsToEmployerIds: leads.map((o) => o.id),
        contactName: contact.name,
        contactPhone: contact.phone,
        publishedAt,
        base,
        trainerShort,
        ...(site.scope === 'ZIYANG' && site.key !== trainer.home.key ? { title: `${base}（${site.town}送培训下乡）` } : {}),
      });
    }
  }

  // Seats: past and running courses were nearly full; of the rest a few are full, a few almost.
  const upcoming = drafts.filter((d) => daysFromToday(now, d.startDate) > 0);
  const order = pickSome(rng, upcoming, upcoming.length);
  order.forEach((d, i) => {
    if (i < 4) d.enrolledCount = d.seats;
    else if (i < 9) d.enrolledCount = d.seats - randInt(rng, 1, 3);
    else d.enrolledCount = randInt(rng, 0, d.seats - 4);
  });
  for (const d of drafts) if (daysFromToday(now, d.startDate) <= 0) d.enrolledCount = d.seats - randInt(rng, 0, 3);
  // Two later courses were called off.
  for (const d of order.slice(-2)) d.cancelled = true;

  // Number the periods (第N期) of each trainer's series in order of start.
  drafts.sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  const counters = new Map<string, number>();
  for (const d of drafts) {
    if (d.title !== d.base) continue; // 送培训下乡 titles name the town instead
    const key = `${d.trainerShort}|${d.base}`;
    const n = counters.get(key) ?? randInt(rng, 3, 24);
    counters.set(key, n + 1);
    d.title = chance(rng, 0.8) ? `${d.base}（第${n}期）` : `${year}年${d.base}`;
  }
  return drafts
    .map(({ base: _base, trainerShort: _t, ...course }) => course)
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
}

// ───────────────────────────── shop openings ─────────────────────────────

/** Brands' filing facts: filed with the commerce ministry, and two shops for a year (两店一年). */
const BRAND_FILING: Readonly<Record<string, { adminCode: string | null; twoShops: boolean }>> = {
  紫修堂: { adminCode: '610100', twoShops: true },
  汉江足匠: { adminCode: '610900', twoShops: true },
  秦巴修脚堂: { adminCode: '510100', twoShops: true },
  舒步坊: { adminCode: '330100', twoShops: true },
  悦足轩: { adminCode: null, twoShops: false },
  茶乡足道: { adminCode: null, twoShops: false },
};

export const BRAND_PROVIDES = [
  '技术培训', '装修设计', '统一采购', '开业督导', '选址评估', '收银系统', '营销推广', '技师输送', '区域保护', '店长带店三个月',
];

export const OPENING_POSITIONS = ['修脚师', '足疗技师', '店长', '前台收银', '学徒', '保洁'] as const;

export function positionPay(rng: Rng, title: string): PayInput {
  switch (title) {
    case '修脚师':
    case '足疗技师':
      return chance(rng, 0.5) ? piecePay(rng, 30, 60, [120, 200]) : monthPay(rng, 6000, 12000);
    case '店长':
      return monthPay(rng, 8000, 15000, 500);
    case '前台收银':
      return monthPay(rng, 3800, 5500);
    case '学徒':
      return monthPay(rng, 2500, 4000);
    default:
      return monthPay(rng, 2800, 4000);
  }
}

const POSITION_HEADCOUNT: Readonly<Record<string, readonly [number, number]>> = {
  修脚师: [2, 8], 足疗技师: [2, 10], 店长: [1, 1], 前台收银: [1, 2], 学徒: [2, 6], 保洁: [1, 2],
};

/**
 * What each brand discloses to franchisees (商业特许经营管理条例): its own shops — opened so
 * many days before the demo's `now`, so 两店一年 reads the same on any day the demo is built —
 * its fees, and the filing office of brands without an admin code above. 悦足轩 has one shop
 * and 茶乡足道's second is months old: neither meets 两店一年, and the app says so.
 */
interface BrandDisclosure {
  shops: readonly [city: string, address: string, daysAgo: number][];
  joiningFee: number;
  deposit: number;
  yearlyFee: number;
  filingOffice: string;
}

const BRAND_DISCLOSURE: Readonly<Record<string, BrandDisclosure>> = {
  紫修堂: { joiningFee: 30_000, deposit: 10_000, yearlyFee: 6_000, filingOffice: '610100', shops: [
    ['西安市', '雁塔区小寨东路', 2950], ['西安市', '未央区凤城五路', 2230], ['北京市', '朝阳区双井', 1610], ['上海市', '浦东新区金桥', 820], ['郑州市', '金水区花园路', 240],
  ] },
  汉江足匠: { joiningFee: 19_800, deposit: 10_000, yearlyFee: 3_600, filingOffice: '610900', shops: [
    ['安康市', '汉滨区巴山中路', 2400], ['安康市', '汉滨区江北大道', 1300], ['西安市', '碑林区南稍门', 560],
  ] },
  秦巴修脚堂: { joiningFee: 28_000, deposit: 10_000, yearlyFee: 4_800, filingOffice: '510100', shops: [
    ['成都市', '武侯区玉林路', 3300], ['成都市', '成华区建设路', 2500], ['重庆市', '江北区观音桥', 1900], ['武汉市', '武昌区徐东', 700],
  ] },
  舒步坊: { joiningFee: 25_000, deposit: 5_000, yearlyFee: 4_000, filingOffice: '330100', shops: [
    ['杭州市', '西湖区文三路', 2100], ['杭州市', '滨江区江南大道', 1450], ['苏州市', '相城区元和', 400],
  ] },
  悦足轩: { joiningFee: 16_800, deposit: 5_000, yearlyFee: 3_000, filingOffice: '440300', shops: [
    ['深圳市', '福田区华强北', 300],
  ] },
  茶乡足道: { joiningFee: 12_000, deposit: 5_000, yearlyFee: 2_400, filingOffice: '610900', shops: [
    ['安康市', '汉滨区兴安路', 760], ['西安市', '莲湖区土门', 150],
  ] },
};

/** A brand's disclosure for an offer of `min`–`max` yuan: the investment items add up to it. */
function disclosureOf(b: BrandDisclosure, now: Date, min: number, max: number): NonNullable<FranchiseTermsInput['disclosure']> {
  const part = (x: number, share: number) => roundTo(x * share, 1_000);
  const equipment = [part(min, 0.15), part(max, 0.15)] as const;
  const goods = [part(min, 0.1), part(max, 0.1)] as const;
  const fixed = b.joiningFee + b.deposit;
  return {
    ownShops: b.shops.map(([city, address, daysAgo]) => ({ city, address, openedOn: cstDay(now, -daysAgo) })),
    fees: [
      { name: '加盟费', amount: b.joiningFee, refundable: false, refundWhen: null },
      { name: '履约保证金', amount: b.deposit, refundable: true, refundWhen: '合同期满没有违约，30天内全额退还' },
      { name: '品牌管理费（每年）', amount: b.yearlyFee, refundable: false, refundWhen: null },
    ],
    investmentItems: [
      { name: '加盟费', min: b.joiningFee, max: b.joiningFee },
      { name: '履约保证金', min: b.deposit, max: b.deposit },
      { name: '床椅和设备', min: equipment[0], max: equipment[1] },
      { name: '首批产品和工具', min: goods[0], max: goods[1] },
      { name: '装修、房租和流动资金', min: min - fixed - equipment[0] - goods[0], max: max - fixed - equipment[1] - goods[1] },
    ],
  };
}

function filingNumber(rng: Rng, adminCode: string): string {
  // 0 + six-digit area code of the filing office + 2 + year + serial, 16 digits in all.
  return `0${adminCode}2${randInt(rng, 11, 24)}${String(randInt(rng, 1, 999_999)).padStart(6, '0')}`;
}

/** 新店在…，面积约…平米，设修脚房…间、足疗包间…间: rooms in proportion to the floor area. */
function shopSize(rng: Rng, spot: string, when: string): string {
  const area = roundTo(randInt(rng, 120, 500), 10);
  const rooms = Math.max(4, Math.round(area / randInt(rng, 20, 28)));
  const pedicure = randInt(rng, 2, Math.max(2, Math.floor(rooms * 0.45)));
  return `新店在${spot}，面积约${area}平米，设修脚房${pedicure}间、足疗包间${rooms - pedicure}间，${when}。`;
}

function buildOpenings(rng: Rng, nextId: () => string, now: Date, orgs: readonly OrgProfile[]): FranchiseOpeningInput[] {
  const pool = new InstantPool(now);
  const brands = orgs.filter((o) => o.kind === 'SHOP_BRAND');
  const chains = orgs.filter((o) => o.kind === 'EMPLOYER' && o.trade === 'FOOT');
  const filings = new Map<string, string | null>();
  // Disclosures draw from a stream of their own, so adding them left every other demo posting
  // exactly as it was.
  const drng = mulberry32(DEMO_SEED ^ 0xd15c);
  for (const b of brands) {
    const f = BRAND_FILING[b.short];
    const disclosed = BRAND_DISCLOSURE[b.short];
    filings.set(b.id, f?.adminCode ? filingNumber(rng, f.adminCode) : disclosed ? filingNumber(drng, disclosed.filingOffice) : null);
  }
  const openings: FranchiseOpeningInput[] = [];
  // Bigger brands open more shops.
  const brandWeights = brands.map((b) => 1 + Math.log(b.shops ?? 1));
  const count = 72;
  for (let i = 0; i < count; i++) {
    const byBrand = chance(rng, 0.72);
    const org = byBrand ? (brands[pickWeighted(rng, brandWeights)] as OrgProfile) : pick(rng, chains);
    const area = pick(rng, org.sites);
    const { place, spot } = placeIn(rng, area);
    const district = shortDistrict(area);
    const cityShort = area.city.replace(/市$/, '');
    const closed = i % 12 === 7; // one in twelve is no longer recruiting
    const openingDate = closed ? cstDay(now, -randInt(rng, 1, 30)) : chance(rng, 0.15) ? null : cstDay(now, randInt(rng, 0, 120));

    const titles = pickSome(rng, OPENING_POSITIONS, pickWeighted(rng, [2, 4, 3, 2]) + 1);
    if (!titles.some((t) => t === '修脚师' || t === '足疗技师')) titles[0] = chance(rng, 0.5) ? '修脚师' : '足疗技师';
    const positions: OpeningPositionInput[] = titles.map((title) => {
      const [lo, hi] = POSITION_HEADCOUNT[title] ?? [1, 2];
      return { title, headcount: randInt(rng, lo, hi), pay: positionPay(rng, title) };
    });

    const facts = BRAND_FILING[org.short];
    const franchise: FranchiseTermsInput | null =
      // Brands without 两店一年 rarely dare to advertise a franchise, but a couple do.
      byBrand && chance(rng, facts?.twoShops ? 0.6 : 0.35)
        ? (() => {
          const min = roundTo(randInt(rng, 80_000, 300_000), 10_000);
          const max = roundTo(Math.min(600_000, min + randInt(rng, 50_000, 300_000)), 10_000);
          return {
            investmentMin: min,
            investmentMax: max,
            brandProvides: pickSome(rng, BRAND_PROVIDES, randInt(rng, 3, 6)),
            filingNumber: filings.get(org.id) ?? null,
            meetsTwoShopsOneYear: facts?.twoShops ?? false,
            disclosure: BRAND_DISCLOSURE[org.short] ? disclosureOf(BRAND_DISCLOSURE[org.short]!, now, min, max) : null,
          };
        })()
        : null;

    const positionText = positions.map((p) => `${p.title}${p.headcount}名`).join('、');
    const when = openingDate
      ? closed ? `已于${Number(openingDate.slice(5, 7))}月${Number(openingDate.slice(8, 10))}日开业` : `计划${Number(openingDate.slice(5, 7))}月${Number(openingDate.slice(8, 10))}日开业`
      : '开业日期等装修完定';
    const title = franchise
      ? pick(rng, [`${org.short} ${cityShort}${district}店 招技师·可加盟`, `${org.short}${cityShort}加盟店招募合伙人`, `${org.short} ${cityShort}${district}新店 诚招加盟`])
      : pick(rng, [
        `${org.short} ${cityShort}${district}店 新店开业招聘`,
        `${org.short}${district}店开业，招${titles.slice(0, 2).join('、')}`,
        `${org.short}（${cityShort}${district}）新店筹备招人`,
      ]);
    const shops = org.shops ?? 1;
    const intro = pick(rng, [
      org.description,
      shops >= 6 ? `${org.short}现有门店${shops}家，这是在${cityShort}开的第${randInt(rng, 2, 5)}家。` : org.description,
      `${org.short}的师傅大多是紫阳、岚皋出来的，${cityShort}${district}这家是新开的${pick(rng, ['社区店', '商圈店', '旗舰店'])}。`,
      area === org.home ? `${cityShort}${district}老店生意忙不过来，在附近再开一家。` : `${org.short}第一次到${cityShort}${district}开店，师傅从老店抽调一部分。`,
    ]);
    const sentences = [
      intro,
      shopSize(rng, spot, when),
      `现招${positionText}，${pick(rng, ['包吃包住', '包吃住，有夫妻房', '包住，有餐补', '吃住全包，宿舍在店附近'])}，${pick(rng, [
        `开业前统一在${org.home.scope === 'ZIYANG' ? '紫阳' : org.home.city.replace(/市$/, '')}培训`,
        '新人先到老店跟班学习',
        '不会的开业前免费教',
        '老乡一起来的优先安排',
      ])}。`,
    ];
    if (franchise) {
      sentences.push(`品牌同时在${cityShort}招加盟商：总投资约${wan(franchise.investmentMin)}到${wan(franchise.investmentMax)}元，品牌提供${franchise.brandProvides.join('、')}。`);
      sentences.push(franchise.filingNumber ? `品牌已在商务部门备案，备案号${franchise.filingNumber}。` : '品牌特许经营备案正在办理中。');
    } else if (chance(rng, 0.5)) {
      sentences.push(NO_FEE_SENTENCE);
    }
    const contact = pick(rng, org.contacts);
    openings.push({
      id: nextId(),
      brandId: org.id,
      title,
      description: sentences.join(''),
      place,
      openingDate,
      positions,
      franchise,
      contactName: contact.name,
      contactPhone: contact.phone,
      publishedAt: pool.ago(rng, 3600, 60 * 86400),
      status: closed ? 'CLOSED' : 'OPEN',
    });
  }
  return openings.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
}

// ───────────────────────────── labour agencies ─────────────────────────────

/**
 * Two Ziyang labour agencies (劳务中介 / 劳务派遣) with their 人力资源服务许可证 and the jobs
 * they recruit for other employers: the app labels these 中介, and 只看直招 leaves them out.
 * Their own random stream and ids drawn last, so the rest of the catalogue is unchanged.
 */
function buildAgencies(nextId: () => string, now: Date): { organizations: OrganizationInput[]; jobs: JobInput[] } {
  const rng = mulberry32(DEMO_SEED ^ 0xa9e7);
  const pool = new InstantPool(now);
  const day = 86_400;
  const hanshui = nextId();
  const bashan = nextId();
  const organizations: OrganizationInput[] = [
    {
      id: hanshui, name: '紫阳县汉水人力资源服务有限公司', kind: 'LABOUR_AGENCY', verified: true,
      verifiedAt: pool.ago(rng, 200 * day, 400 * day), createdAt: pool.ago(rng, 500 * day, 700 * day),
      description: '县里的劳务派遣公司，和苏州、东莞的工厂签了劳务协作，组织紫阳人成批外出务工，路费到厂后由工厂报销。',
      place: { province: '陕西省', city: '安康市', county: '紫阳县', town: '城关镇', address: '城关镇新桥街县就业服务大厅对面' },
      licenceNumber: '（陕）人服证字〔2021〕第0924000031号',
    },
    {
      id: bashan, name: '安康市巴山劳务派遣有限公司', kind: 'LABOUR_AGENCY', verified: false, verifiedAt: null,
      createdAt: pool.ago(rng, 30 * day, 60 * day),
      description: '安康的劳务派遣公司，给安康高新区和西安的工厂、物流园招人，工资由用工单位发。',
      place: { province: '陕西省', city: '安康市', county: '汉滨区', address: '汉滨区育才路' },
      licenceNumber: '（陕）人服证字〔2019〕第0902000118号',
    },
  ];
  const contact = (trade: Trade) => makeContacts(rng, trade, 1)[0]!;
  const job = (employerId: string, area: string, fields: Omit<JobInput, 'id' | 'employerId' | 'place' | 'contactName' | 'contactPhone' | 'publishedAt' | 'expiresAt' | 'status'>): JobInput => {
    const c = contact('SERVICE');
    const publishedAt = pool.ago(rng, 3 * 3600, 20 * day);
    return {
      id: nextId(), employerId, ...fields, place: placeIn(rng, areaByKey(area)).place, contactName: c.name, contactPhone: c.phone,
      publishedAt, expiresAt: new Date(publishedAt.getTime() + 45 * day * 1000), status: 'OPEN',
    };
  };
  const flags = { providesHousing: true, providesMeals: false, coupleRooms: false, dayShiftOnly: false, socialInsurance: true, travelPaid: true };
  const jobs: JobInput[] = [
    job(hanshui, '苏州昆山', {
      title: '昆山电子厂普工（劳务派遣）', category: 'FACTORY', ...flags, providesMeals: true, coupleRooms: true,
      description: '本公司为昆山一家笔记本电脑配件厂招普工，站班流水线，两班倒，月休四天。派遣合同由本公司签，工资由工厂每月15号发到本人银行卡。包住，厂里食堂吃饭有餐补。' + NO_FEE_SENTENCE,
      pay: { min: 5200, max: 6800, unit: 'MONTH', settlement: 'MONTHLY' }, headcount: 40, ageMin: 18, ageMax: 45,
      requirements: ['身份证原件', '视力正常，能站班'],
    }),
    job(hanshui, '东莞长安', {
      title: '东莞手机配件厂包装工', category: 'FACTORY', ...flags, dayShiftOnly: true,
      description: '给东莞长安的手机配件厂招包装、检验工，长白班，坐着干活，适合女工。公司派车从紫阳统一送到厂里，入职满一个月报销车费。' + NO_FEE_SENTENCE,
      pay: { min: 4500, max: 5500, unit: 'MONTH', settlement: 'MONTHLY' }, headcount: 20, ageMin: 18, ageMax: 50,
      requirements: ['手脚麻利'],
    }),
    job(bashan, '安康高新区', {
      title: '安康高新区电子厂操作工', category: 'FACTORY', ...flags, travelPaid: false,
      description: '为安康高新区的电子厂招操作工，离家近，周末能回紫阳。劳务派遣用工，工资由工厂按月发，满一年可转工厂正式合同。' + NO_FEE_SENTENCE,
      pay: { min: 3800, max: 4800, unit: 'MONTH', settlement: 'MONTHLY' }, headcount: 15, ageMin: 18, ageMax: 48,
      requirements: ['能上夜班'],
    }),
    job(bashan, '西安灞桥', {
      title: '西安物流园分拣员（日结）', category: 'LOGISTICS', ...flags, socialInsurance: false, travelPaid: false,
      description: '西安灞桥物流园招分拣员，晚上干活，工资每天下班结。住宿是园区宿舍，四人一间。' + NO_FEE_SENTENCE,
      pay: { min: 180, max: 220, unit: 'DAY', settlement: 'DAILY' }, headcount: 30, ageMin: 18, ageMax: 50,
      requirements: ['能搬20斤的箱子'],
    }),
  ];
  return { organizations, jobs };
}

// ───────────────────────────── the catalogue ─────────────────────────────

export const DEMO_SEED = 0x5a1a_2026;

/** The demo catalogue for `now`: the same `now` always gives the same catalogue. */
export function buildDemoCatalog(now: Date): Catalog {
  const rng = mulberry32(DEMO_SEED);
  const nextId = makeIdFactory(DEMO_SEED);
  const { profiles, inputs } = buildOrganizations(rng, nextId, now);
  const jobs = buildJobs(rng, nextId, now, profiles);
  const courses = buildCourses(rng, nextId, now, profiles, new Map(inputs.map((o) => [o.id, o.place])));
  const openings = buildOpenings(rng, nextId, now, profiles);
  const agencies = buildAgencies(nextId, now);
  return {
    organizations: [...inputs, ...agencies.organizations],
    jobs: [...jobs, ...agencies.jobs].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime()),
    courses,
    openings,
  };
}
