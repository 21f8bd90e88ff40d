import { bearer, codes, engines, signIn, startTestServer, type Engine, type TestServer } from './harness';

/**
 * Saved job searches over HTTP: saving (named from the chips, duplicates folded), listing in
 * `me`, deleting, the limit of 10, bad input.
 */
const SAVE = `mutation($n: String, $f: JobFilter!) { saveSearch(name: $n, filter: $f) { created savedSearch { id name filter { keyword category place { city county town } providesHousing providesMeals coupleRooms } } userErrors { field code message } } }`;
const DELETE = `mutation($id: ID!) { deleteSavedSearch(id: $id) { deletedId userErrors { field code message } } }`;
const MINE = `{ me { savedSearches { id name } } }`;

const SZ_FOOT = { place: { city: '深圳市' }, category: 'FOOT_THERAPY', providesHousing: true, providesMeals: true };

async function saved(s: TestServer, token: string): Promise<{ id: string; name: string }[]> {
  return (await s.gql(MINE, {}, bearer(token))).data.me.savedSearches;
}

describe.each(engines)('saved searches on %s', (engine: Engine) => {
  let s: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    s = await startTestServer(engine);
  });
  afterAll(() => s?.dispose());

  it('saves the filter on screen named by its chips, lists it in me, folds a duplicate and deletes', async () => {
    const t = await signIn(s, 'saver-1');
    const first = await s.gql(SAVE, { f: SZ_FOOT }, bearer(t));
    expect(first.data.saveSearch.userErrors).toEqual([]);
    expect(first.data.saveSearch.created).toBe(true);
    const ss = first.data.saveSearch.savedSearch;
    expect(ss.name).toBe('深圳 · 足疗 · 包吃住');
    expect(ss.filter).toEqual({ keyword: null, category: 'FOOT_THERAPY', place: { city: '深圳市', county: null, town: null }, providesHousing: true, providesMeals: true, coupleRooms: null });

    // The same jobs asked for differently: padded and traditional text, a "don't care" false.
    const again = await s.gql(SAVE, { f: { ...SZ_FOOT, place: { city: ' 深圳市 ' }, coupleRooms: false } }, bearer(t));
    expect(again.data.saveSearch).toMatchObject({ created: false, savedSearch: { id: ss.id }, userErrors: [] });
    const keyword = await s.gql(SAVE, { f: { keyword: '  足療技師 ' } }, bearer(t));
    expect(keyword.data.saveSearch.savedSearch).toMatchObject({ name: '“足疗技师”', filter: { keyword: '足疗技师' } });
    const keywordAgain = await s.gql(SAVE, { n: '找足疗', f: { keyword: '足疗技师' } }, bearer(t));
    expect(keywordAgain.data.saveSearch).toMatchObject({ created: false, savedSearch: { id: keyword.data.saveSearch.savedSearch.id, name: '找足疗' } });

    expect((await saved(s, t)).map((x) => x.name)).toEqual(['找足疗', '深圳 · 足疗 · 包吃住']);

    const del = await s.gql(DELETE, { id: ss.id }, bearer(t));
    expect(del.data.deleteSavedSearch).toEqual({ deletedId: ss.id, userErrors: [] });
    expect((await saved(s, t)).map((x) => x.name)).toEqual(['找足疗']);
    const twice = await s.gql(DELETE, { id: ss.id }, bearer(t));
    expect(twice.data.deleteSavedSearch).toMatchObject({ deletedId: null, userErrors: [{ code: 'NOT_FOUND', field: 'id' }] });
  });

  it('keeps at most 10 a villager: the 11th is refused and changes nothing', async () => {
    const t = await signIn(s, 'saver-limit');
    const cities = ['深圳市', '广州市', '东莞市', '佛山市', '上海市', '北京市', '杭州市', '苏州市', '西安市', '安康市'];
    for (const city of cities) expect((await s.gql(SAVE, { f: { place: { city } } }, bearer(t))).data.saveSearch.created).toBe(true);
    const eleventh = await s.gql(SAVE, { f: { place: { city: '成都市' } } }, bearer(t));
    expect(eleventh.data.saveSearch).toMatchObject({ created: false, savedSearch: null, userErrors: [{ code: 'TOO_MANY_SAVED_SEARCHES', field: null }] });
    expect(eleventh.data.saveSearch.userErrors[0].message).toContain('最多保存 10 个');
    expect(await saved(s, t)).toHaveLength(10);
    // Saving one she already has is no new search, so it is not refused.
    expect((await s.gql(SAVE, { f: { place: { city: '深圳市' } } }, bearer(t))).data.saveSearch).toMatchObject({ created: false, userErrors: [] });
    // Delete one and there is room again.
    const [newest] = await saved(s, t);
    await s.gql(DELETE, { id: newest.id }, bearer(t));
    expect((await s.gql(SAVE, { f: { place: { city: '成都市' } } }, bearer(t))).data.saveSearch.created).toBe(true);
  });

  it('refuses bad input with a clear message and saves nothing', async () => {
    const t = await signIn(s, 'saver-bad');
    const refused = async (vars: Record<string, unknown>) => (await s.gql(SAVE, vars, bearer(t))).data.saveSearch;
    expect(await refused({ n: '名'.repeat(31), f: SZ_FOOT })).toMatchObject({ savedSearch: null, userErrors: [{ field: 'name', code: 'TOO_LONG', message: '名称最多 30 个字' }] });
    expect(await refused({ n: '深圳\u0007足疗', f: SZ_FOOT })).toMatchObject({ savedSearch: null, userErrors: [{ field: 'name', code: 'INVALID' }] });
    expect(await refused({ f: {} })).toMatchObject({ savedSearch: null, userErrors: [{ field: 'filter', code: 'EMPTY_FILTER' }] });
    expect(await refused({ f: { keyword: '   ', coupleRooms: false } })).toMatchObject({ userErrors: [{ code: 'EMPTY_FILTER' }] });
    expect(await refused({ f: { keyword: '足'.repeat(51) } })).toMatchObject({ userErrors: [{ field: 'filter.keyword', code: 'INVALID', message: '关键词最多 50 个字' }] });
    expect(await refused({ f: { place: { city: "深圳'; drop table saved_searches; --" } } })).toMatchObject({ userErrors: [{ field: 'filter.place.city', code: 'INVALID' }] });
    expect(await refused({ f: { place: { city: '深圳\u0000市' } } })).toMatchObject({ userErrors: [{ field: 'filter.place.city', code: 'INVALID' }] });
    expect(await refused({ f: { minPay: { amount: -1, unit: 'MONTH' } } })).toMatchObject({ userErrors: [{ field: 'filter.minPay.amount', code: 'INVALID' }] });
    expect(await refused({ f: { postedWithinDays: 0 } })).toMatchObject({ userErrors: [{ field: 'filter.postedWithinDays', code: 'INVALID' }] });
    // An enum the schema does not know never reaches the service.
    const badEnum = await s.gql(SAVE, { f: { category: 'CASINO' } }, bearer(t));
    expect(codes(badEnum)).toEqual(['BAD_USER_INPUT']);
    expect(await saved(s, t)).toEqual([]);

    const malformed = await s.gql(DELETE, { id: "x' or 1=1 --" }, bearer(t));
    expect(codes(malformed)).toEqual(['BAD_USER_INPUT']);
    const unknown = await s.gql(DELETE, { id: 'AAAAAAAAAAAA' }, bearer(t));
    expect(unknown.data.deleteSavedSearch.userErrors).toEqual([{ field: 'id', code: 'NOT_FOUND', message: '没有找到这个保存的搜索，可能已经删掉了' }]);
  });

  it("is the villager's own: another villager cannot delete it, and a stranger signed out gets nothing", async () => {
    const owner = await signIn(s, 'saver-owner');
    const other = await signIn(s, 'saver-other');
    const id = (await s.gql(SAVE, { f: SZ_FOOT }, bearer(owner))).data.saveSearch.savedSearch.id;
    const foreign = await s.gql(DELETE, { id }, bearer(other));
    expect(foreign.data.deleteSavedSearch).toMatchObject({ deletedId: null, userErrors: [{ code: 'NOT_FOUND' }] });
    expect((await saved(s, owner)).map((x) => x.id)).toEqual([id]);
    expect(await saved(s, other)).toEqual([]);

    expect(codes(await s.gql(SAVE, { f: SZ_FOOT }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await s.gql(DELETE, { id }))).toEqual(['UNAUTHENTICATED']);
    expect((await s.gql(MINE)).data.me).toBeNull();
    expect((await saved(s, owner)).map((x) => x.id)).toEqual([id]);
  });

});
