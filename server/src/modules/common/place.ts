import type { PlaceInput } from '../../seed/catalog-types';

/** Columns every posting shares to say where it is (see `Place` in schema/common.graphql). */
export const placeProperties = {
  province: { type: 'string', length: 20 },
  city: { type: 'string', length: 20 },
  county: { type: 'string', length: 20, nullable: true },
  town: { type: 'string', length: 20, nullable: true },
  village: { type: 'string', length: 20, nullable: true },
  address: { type: 'string', length: 100, nullable: true },
  latitude: { type: 'double', nullable: true },
  longitude: { type: 'double', nullable: true },
} as const;

export interface PlaceColumns {
  province: string;
  city: string;
  county: string | null;
  town: string | null;
  village: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
}

export function placeColumns(p: PlaceInput): PlaceColumns {
  return {
    province: p.province,
    city: p.city,
    county: p.county ?? null,
    town: p.town ?? null,
    village: p.village ?? null,
    address: p.address ?? null,
    latitude: p.latitude ?? null,
    longitude: p.longitude ?? null,
  };
}

/** The raw columns of a place, as a list for SELECTs. */
export const placeColumnNames = ['province', 'city', 'county', 'town', 'village', 'address', 'latitude', 'longitude'] as const;

/** Searchable text about a place, for the keyword index. */
export function placeText(p: PlaceColumns): string {
  return [p.province, p.city, p.county, p.town, p.village, p.address].filter(Boolean).join(' ');
}

/** The GraphQL `Place` of a row that carries place columns. */
export function placeOf(p: PlaceColumns): PlaceColumns {
  return {
    province: p.province,
    city: p.city,
    county: p.county,
    town: p.town,
    village: p.village,
    address: p.address,
    latitude: p.latitude,
    longitude: p.longitude,
  };
}
