import type { CourseInput, CourseSkill, EditCourseQuery } from '../../gql/graphql';
import { addDays, chinaToday, FormChecker, splitLines, type Problems } from '../consoles/form-rules';

export interface CourseDraft {
  title: string;
  skill: CourseSkill;
  description: string;
  province: string;
  city: string;
  county: string;
  town: string;
  address: string;
  startDate: string;
  endDate: string;
  enrollmentDeadline: string;
  hours: string;
  fee: string;
  subsidy: string;
  coversFood: boolean;
  coversLodging: boolean;
  coversTravel: boolean;
  seats: string;
  certificate: string;
  requirements: string;
  contactName: string;
  contactPhone: string;
  /** Employers promising to hire graduates (订单式培训). */
  leadsTo: EmployerChoice[];
}

export interface EmployerChoice {
  id: string;
  name: string;
  verified: boolean;
}

/** The server's limit on employers a course leads to. */
export const LEADS_TO_MAX = 5;

export const COURSE_FIELDS = [
  'title', 'description', 'place.province', 'place.city', 'place.county', 'place.town', 'place.address', 'startDate', 'endDate',
  'enrollmentDeadline', 'hours', 'fee', 'subsidy', 'seats', 'certificate', 'requirements', 'leadsToEmployerIds', 'contactName', 'contactPhone',
];

/** The form's fields in the order they are on screen, named as the banner says them. */
export const COURSE_FIELD_NAMES = [
  ['title', '课程名称'], ['description', '课程介绍'], ['certificate', '证书名称'], ['startDate', '开课日期'], ['endDate', '结课日期'],
  ['enrollmentDeadline', '报名截止日期'], ['hours', '课时'], ['seats', '名额'], ['fee', '学费'], ['subsidy', '补贴'], ['leadsToEmployerIds', '订单式培训'],
  ['place.province', '省份'], ['place.city', '城市'], ['place.county', '区县'], ['place.town', '乡镇'], ['place.address', '地址'],
  ['requirements', '报名条件'], ['contactName', '联系人'], ['contactPhone', '联系电话'],
] as const;

export function emptyCourseDraft(contactName = '', contactPhone = '', today = chinaToday()): CourseDraft {
  return {
    title: '', skill: 'PEDICURE', description: '', province: '陕西省', city: '安康市', county: '紫阳县', town: '', address: '',
    startDate: addDays(today, 14), endDate: addDays(today, 44), enrollmentDeadline: addDays(today, 10),
    hours: '', fee: '0', subsidy: '0', coversFood: true, coversLodging: true, coversTravel: false, seats: '30',
    certificate: '', requirements: '', contactName, contactPhone, leadsTo: [],
  };
}

type EditedCourse = NonNullable<EditCourseQuery['course']>;

/** The form filled with a course as it is now, to change it. */
export function draftFromCourse(c: EditedCourse): CourseDraft {
  return {
    title: c.title, skill: c.skill, description: c.description,
    province: c.place.province, city: c.place.city, county: c.place.county ?? '', town: c.place.town ?? '', address: c.place.address ?? '',
    startDate: c.startDate, endDate: c.endDate, enrollmentDeadline: c.enrollmentDeadline,
    hours: String(c.hours), fee: String(c.fee), subsidy: String(c.subsidy),
    coversFood: c.coversFood, coversLodging: c.coversLodging, coversTravel: c.coversTravel,
    seats: String(c.seats), certificate: c.certificate ?? '', requirements: c.requirements.join('\n'),
    contactName: c.contactName, contactPhone: c.contactPhone,
    leadsTo: c.leadsToEmployers.map((e) => ({ id: e.id, name: e.name, verified: e.verified })),
  };
}

/** The server's rules (CourseInput's docstring, course-posting.service.ts). */
export function courseProblems(d: CourseDraft, today: string = chinaToday()): Problems {
  const c = new FormChecker();
  c.text(d.title, 'title', '课程名称', 4, 30);
  c.text(d.description, 'description', '课程介绍', 20, 2000);
  c.text(d.province, 'place.province', '省份', 1, 20);
  c.text(d.city, 'place.city', '城市', 1, 20);
  c.text(d.county, 'place.county', '区县', 0, 20);
  c.text(d.town, 'place.town', '乡镇', 0, 20);
  c.text(d.address, 'place.address', '地址', 0, 100);
  const start = c.day(d.startDate, 'startDate', '开课日期', true);
  const end = c.day(d.endDate, 'endDate', '结课日期', true);
  const deadline = c.day(d.enrollmentDeadline, 'enrollmentDeadline', '报名截止日期', true);
  if (start) c.rule(d.startDate >= today, 'startDate', '开课日期不能早于今天');
  if (start && end) c.rule(d.endDate >= d.startDate, 'endDate', '结课日期不能早于开课日期');
  if (start && deadline) c.rule(d.enrollmentDeadline <= d.startDate, 'enrollmentDeadline', '报名截止日期不能晚于开课日期');
  c.int(d.hours, 'hours', '课时', 1, 2000);
  c.int(d.seats, 'seats', '名额', 1, 500);
  c.int(d.fee, 'fee', '学费', 0, 100_000);
  c.int(d.subsidy, 'subsidy', '补贴', 0, 100_000);
  c.text(d.certificate, 'certificate', '证书名称', 0, 60);
  c.lines(splitLines(d.requirements), 'requirements', '报名条件', 10, 50);
  c.rule(d.leadsTo.length <= LEADS_TO_MAX, 'leadsToEmployerIds', `最多关联 ${LEADS_TO_MAX} 家用工单位`);
  c.text(d.contactName, 'contactName', '联系人', 1, 20);
  c.phone(d.contactPhone, 'contactPhone');
  return c.problems;
}

export function courseInputOf(d: CourseDraft): CourseInput {
  const opt = (s: string) => (s.trim() ? s.trim() : null);
  return {
    title: d.title.trim(), skill: d.skill, description: d.description.trim(),
    place: { province: d.province.trim(), city: d.city.trim(), county: opt(d.county), town: opt(d.town), address: opt(d.address) },
    startDate: d.startDate.trim(), endDate: d.endDate.trim(), enrollmentDeadline: d.enrollmentDeadline.trim(),
    hours: Number(d.hours), fee: Number(d.fee), subsidy: Number(d.subsidy),
    coversFood: d.coversFood, coversLodging: d.coversLodging, coversTravel: d.coversTravel,
    seats: Number(d.seats), certificate: opt(d.certificate), requirements: splitLines(d.requirements),
    leadsToEmployerIds: d.leadsTo.map((e) => e.id), contactName: d.contactName.trim(), contactPhone: d.contactPhone.replace(/\s/g, ''),
  };
}
