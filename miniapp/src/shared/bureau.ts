/**
 * The county labour bureau's public hotline, shown wherever the app tells a villager to check
 * before paying. It is set at build time (TARO_APP_BUREAU_PHONE); a release build refuses to
 * be made without it (config/index.ts), so the number below only ever reaches development and
 * demo builds, and says so.
 */
const configured = process.env.TARO_APP_BUREAU_PHONE;

export const COUNTY_BUREAU_HOTLINE = { name: '紫阳县人社局', phone: configured || '0915-4312345' } as const;
