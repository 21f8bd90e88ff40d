import { creditCodeProblem, normalizeCreditCode } from '../../src/features/organizations/credit-code';
import { registrationProblems, type RegistrationDraft } from '../../src/features/organizations/useRegistration';

const DRAFT: RegistrationDraft = {
  kind: 'EMPLOYER', name: '紫阳县测试修脚店', creditCode: '9144030071526726XG', legalRepresentative: '王建华',
  province: '陕西省', city: '安康市', county: '紫阳县', town: '城关镇', address: '新民街12号', contactPhone: '13912345678', licenceNumber: '', description: '',
};
const SENT = { preview: 'blob:x', id: 'upload123456', sending: false, problem: null };

describe('the registration form', () => {
  it('checks the 统一社会信用代码 as the server does: real codes pass, lower case folds, a wrong check character or length is named', () => {
    for (const code of ['914403001922038216', '9144030071526726XG', '91330100716105852F']) expect(creditCodeProblem(code)).toBeNull();
    expect(normalizeCreditCode(' 9144030071526726xg ')).toBe('9144030071526726XG');
    expect(creditCodeProblem('9144030071526726xg')).toBeNull();
    expect(creditCodeProblem('9144030071526726XA')).toMatch(/有一位填错了/);
    expect(creditCodeProblem('91440300715267')).toMatch(/18 位，你填了 14 位/);
    expect(creditCodeProblem('91440300192203821O')).toMatch(/没有 I、O、S、V、Z/);
    expect(creditCodeProblem('')).toMatch(/请填写/);
  });

  it('asks for every detail the bureau checks, the photo included, and the licence number only of an agency', () => {
    expect(registrationProblems(DRAFT, SENT)).toEqual({});
    const empty = registrationProblems({ ...DRAFT, name: '', creditCode: '', legalRepresentative: '', county: '', address: '', contactPhone: '12' }, { ...SENT, id: null });
    expect(Object.keys(empty).sort()).toEqual(['address', 'contactPhone', 'county', 'creditCode', 'legalRepresentative', 'licenceImageId', 'name']);
    expect(registrationProblems(DRAFT, { ...SENT, id: null, sending: true }).licenceImageId).toMatch(/还在上传/);
    expect(registrationProblems({ ...DRAFT, kind: 'LABOUR_AGENCY' }, SENT)).toEqual({ licenceNumber: '请填写人力资源服务许可证编号' });
  });
});
