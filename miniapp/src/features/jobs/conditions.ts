/** Living-condition badges of a job, most asked-about first. 包吃住 when both are given. */
export function jobConditionBadges(job: {
  providesHousing: boolean;
  providesMeals: boolean;
  coupleRooms: boolean;
  dayShiftOnly: boolean;
  socialInsurance?: boolean;
  travelPaid?: boolean;
  pay?: { settlement: string } | null;
}): string[] {
  const out: string[] = [];
  if (job.providesHousing && job.providesMeals) out.push('包吃住');
  else if (job.providesHousing) out.push('包住');
  else if (job.providesMeals) out.push('包吃');
  if (job.coupleRooms) out.push('夫妻间');
  if (job.dayShiftOnly) out.push('长白班');
  if (job.pay?.settlement === 'DAILY') out.push('日结');
  if (job.socialInsurance) out.push('有社保');
  if (job.travelPaid) out.push('报路费');
  return out;
}
