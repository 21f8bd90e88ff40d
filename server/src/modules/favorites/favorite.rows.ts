export interface FavoriteRow {
  kind: 'JOB' | 'COURSE' | 'FRANCHISE_OPENING';
  targetId: string;
  createdAt: Date;
}
