/**
 * A real-looking job posting for the reliability scenarios and the tests: a pedicure chain
 * hiring in 深圳 at ¥6,000–9,000 a month, 包吃住, 夫妻间.
 */
export const SHENZHEN_JOB_INPUT = {
  title: '修脚师傅 包吃住 夫妻间',
  category: 'PEDICURE',
  description: '深圳南山店招修脚师傅，底薪加提成，月休四天，宿舍有夫妻间。不向求职者收取任何费用。',
  place: { province: '广东省', city: '深圳市', county: '南山区', address: '南山大道1001号' },
  pay: { min: 6000, max: 9000, unit: 'MONTH', settlement: 'MONTHLY' },
  providesHousing: true,
  providesMeals: true,
  coupleRooms: true,
  dayShiftOnly: false,
  socialInsurance: false,
  travelPaid: true,
  headcount: 5,
  ageMin: 20,
  ageMax: 50,
  requirements: ['能吃苦', '会修脚优先，不会可以学'],
  contactName: '周经理',
  contactPhone: '13812345678',
};
