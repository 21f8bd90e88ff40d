/**
 * The county labour bureau's public hotline, shown wherever the app tells a villager to check
 * before paying. The demo data carries no bureau number, so this is a placeholder kept in one
 * place: replace it with 紫阳县人社局's real published number before a release.
 */
export const COUNTY_BUREAU_HOTLINE = { name: '紫阳县人社局', phone: '0915-4312345' } as const;
