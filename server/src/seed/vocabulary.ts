// The vocabulary of 紫阳务工通's generated postings: a seeded random source, the places (the
// towns of Ziyang county and the cities where its villagers work), names, phones, pay, and the
// job kinds that write a plausible posting. The benchmark generator (`bench-generator.ts`)
// draws from it; the demo catalogue itself is data (`demo/*.json`, read by `demo-catalog.ts`).

import type { JobCategory, JobInput, OrganizationKind, PayInput, PaySettlement, PlaceInput } from './catalog-types';

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

export type Season = 'SPRING' | 'SUMMER' | 'AUTUMN' | 'WINTER';

/** The season in Ziyang's tea calendar: spring tea runs from late February to May. */
export function seasonOf(now: Date): Season {
  const month = new Date(now.getTime() + CST_OFFSET_MS).getUTCMonth() + 1;
  if (month >= 2 && month <= 5) return 'SPRING';
  if (month >= 6 && month <= 8) return 'SUMMER';
  if (month >= 9 && month <= 10) return 'AUTUMN';
  return 'WINTER';
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
