// Chinese names of the API's enum values. A value the app does not know yet (the server may
// add one) reads as 其他, never as the raw English code.

import type { ApplicationStatus, CourseSkill, CourseStatus, EnrollmentStatus, FranchiseOpeningStatus, InterestStatus, JobCategory, JobStatus } from '../gql/graphql';

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
  DRAFT: '草稿',
  UNDER_REVIEW: '审核中',
  OPEN: '正在招',
  CLOSED: '已招满或已停止',
  EXPIRED: '已过期',
  TAKEN_DOWN: '已下架',
};

export const COURSE_STATUS_LABEL: Record<CourseStatus, string> = {
  OPEN: '正在报名',
  FULL: '名额已满',
  CLOSED: '报名已结束',
  CANCELLED: '已取消',
};

export const OPENING_STATUS_LABEL: Record<FranchiseOpeningStatus, string> = {
  DRAFT: '草稿',
  OPEN: '正在招',
  CLOSED: '已结束',
  UNDER_REVIEW: '核实中',
  TAKEN_DOWN: '已下架',
};

export const APPLICATION_STATUS_LABEL: Record<ApplicationStatus, string> = {
  SUBMITTED: '待查看',
  VIEWED: '已查看',
  INTERVIEW: '邀请面试',
  HIRED: '已录用',
  REJECTED: '未录用',
  WITHDRAWN: '已撤回',
  NO_REPLY: '未回复',
  JOB_CLOSED: '岗位已关闭',
};

export const ENROLLMENT_STATUS_LABEL: Record<EnrollmentStatus, string> = {
  ENROLLED: '已报名',
  WAITLISTED: '排队候补',
  CANCELLED: '已取消',
  COMPLETED: '已结业',
};

export const INTEREST_STATUS_LABEL: Record<InterestStatus, string> = {
  SUBMITTED: '已发送',
  VIEWED: '对方已查看',
  CONTACTED: '对方已联系',
  WITHDRAWN: '已撤回',
};

export function label<K extends string>(table: Record<K, string>, key: K | null | undefined): string {
  return (key && table[key]) || '其他';
}
