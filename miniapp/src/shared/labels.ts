// Chinese names of the API's enum values. A value the app does not know yet (the server may
// add one) reads as 其他, never as the raw English code.

import type { CourseSkill, CourseStatus, FranchiseOpeningStatus, JobCategory, JobStatus } from '../gql/graphql';

export const JOB_CATEGORY_LABEL: Record<JobCategory, string> = {
  FOOT_THERAPY: '足疗',
  PEDICURE: '修脚',
  TEA: '茶叶',
  CONSTRUCTION: '建筑',
  FACTORY: '工厂',
  CATERING: '餐饮',
  DOMESTIC: '家政',
  LOGISTICS: '物流',
  FARMING: '农业',
  OTHER: '其他',
};

export const COURSE_SKILL_LABEL: Record<CourseSkill, string> = {
  PEDICURE: '修脚',
  FOOT_THERAPY: '足疗',
  TEA_ART: '茶艺',
  ELECTRICIAN: '电工',
  CHEF: '厨师',
  DOMESTIC: '家政',
  ECOMMERCE: '电商',
  CARE: '育婴养老',
  WELDING: '焊工',
  OTHER: '其他',
};

export const JOB_STATUS_LABEL: Record<JobStatus, string> = {
  OPEN: '正在招',
  CLOSED: '已招满或已停止',
  EXPIRED: '已过期',
};

export const COURSE_STATUS_LABEL: Record<CourseStatus, string> = {
  OPEN: '正在报名',
  FULL: '名额已满',
  CLOSED: '报名已结束',
  CANCELLED: '已取消',
};

export const OPENING_STATUS_LABEL: Record<FranchiseOpeningStatus, string> = {
  OPEN: '正在招',
  CLOSED: '已结束',
};

export function label<K extends string>(table: Record<K, string>, key: K | null | undefined): string {
  return (key && table[key]) || '其他';
}
