import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { query } from '../../api/client';
import type { OrganizationKind } from '../../gql/graphql';
import { refreshMe } from '../account/session';
import { useMyData } from '../account/useMyData';
import { FormChecker, type Problems } from '../consoles/form-rules';
import { runPayload, submitForm } from '../consoles/run';
import { creditCodeProblem, normalizeCreditCode } from './credit-code';
import { MyOrganizationsQuery, RegisterOrganizationMutation } from './operations';
import { uploadPhoto } from './uploads';

export interface RegistrationDraft {
  kind: OrganizationKind;
  name: string;
  creditCode: string;
  legalRepresentative: string;
  province: string;
  city: string;
  county: string;
  town: string;
  address: string;
  contactPhone: string;
  licenceNumber: string;
  description: string;
}

/** The photo of the licence: chosen on the phone, sent at once, its id kept for the form. */
export interface LicenceUpload {
  /** The chosen file on the phone, shown as the preview. */
  preview: string | null;
  id: string | null;
  sending: boolean;
  problem: string | null;
}

// Most registrations come from the county itself: its place is filled in, and can be changed.
const EMPTY: RegistrationDraft = {
  kind: 'EMPLOYER', name: '', creditCode: '', legalRepresentative: '', province: '陕西省', city: '安康市', county: '紫阳县',
  town: '', address: '', contactPhone: '', licenceNumber: '', description: '',
};

/** The fields in the order they are on the page, with what a person calls each. */
export const REGISTRATION_FIELDS: readonly (readonly [path: string, name: string])[] = [
  ['kind', '机构类型'], ['name', '机构名称'], ['creditCode', '统一社会信用代码'], ['legalRepresentative', '法定代表人'],
  ['province', '省份'], ['city', '城市'], ['county', '区县'], ['town', '乡镇'], ['address', '详细地址'],
  ['contactPhone', '联系电话'], ['licenceNumber', '许可证编号'], ['licenceImageId', '执照照片'], ['description', '简介'],
];

export function registrationProblems(d: RegistrationDraft, photo: LicenceUpload): Problems {
  const c = new FormChecker();
  c.text(d.name, 'name', '机构名称', 2, 50);
  const code = creditCodeProblem(d.creditCode);
  c.rule(code === null, 'creditCode', code ?? '');
  c.text(d.legalRepresentative, 'legalRepresentative', '法定代表人', 2, 20);
  c.text(d.province, 'province', '省份', 1, 20);
  c.text(d.city, 'city', '城市', 1, 20);
  // "Down to the county": the bureau checks the licence against where the organisation is.
  c.text(d.county, 'county', '区县', 1, 20);
  c.text(d.town, 'town', '乡镇', 0, 20);
  c.text(d.address, 'address', '详细地址', 2, 60);
  c.phone(d.contactPhone, 'contactPhone');
  if (d.kind === 'LABOUR_AGENCY') c.text(d.licenceNumber, 'licenceNumber', '人力资源服务许可证编号', 1, 40);
  c.rule(photo.id !== null, 'licenceImageId', photo.sending ? '照片还在上传，请稍等' : '请拍一张执照照片');
  c.text(d.description, 'description', '简介', 0, 500);
  return c.problems;
}

/**
 * Registering an organisation: the form, the licence photo sent as soon as it is chosen, and
 * the user's organisations with where their verification stands (and the bureau's reason when
 * it said 不通过).
 */
export function useRegistration() {
  const fetch = useCallback(async () => (await query(MyOrganizationsQuery, {}, { asViewer: true })).me, []);
  const mine = useMyData(fetch);
  const [draft, setDraft] = useState<RegistrationDraft>(EMPTY);
  const [photo, setPhoto] = useState<LicenceUpload>({ preview: null, id: null, sending: false, problem: null });
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [registered, setRegistered] = useState<string | null>(null);

  const change = (next: Partial<RegistrationDraft>) => {
    setDraft((d) => ({ ...d, ...next }));
    setProblems((p) => {
      const out = { ...p };
      for (const k of Object.keys(next)) delete out[k];
      return out;
    });
  };

  const choosePhoto = async () => {
    let path: string;
    try {
      const picked = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['camera', 'album'], sizeType: ['compressed'] });
      path = picked.tempFiles[0]?.tempFilePath;
      if (!path) return;
    } catch {
      return; // she closed the picker
    }
    setPhoto({ preview: path, id: null, sending: true, problem: null });
    try {
      const id = await uploadPhoto(path);
      setPhoto({ preview: path, id, sending: false, problem: null });
      setProblems((p) => {
        const out = { ...p };
        delete out.licenceImageId;
        return out;
      });
    } catch (e) {
      setPhoto({ preview: null, id: null, sending: false, problem: (e as Error).message });
    }
  };

  const submit = () =>
    submitForm(
      registrationProblems(draft, photo),
      REGISTRATION_FIELDS.map(([f]) => f),
      async () => {
        const blank = (v: string) => (v.trim() ? v.trim() : null);
        const saved = await runPayload(RegisterOrganizationMutation, {
          input: {
            kind: draft.kind, name: draft.name.trim(), description: draft.description.trim(),
            province: draft.province.trim(), city: draft.city.trim(), county: blank(draft.county), town: blank(draft.town),
            address: blank(draft.address), creditCode: normalizeCreditCode(draft.creditCode), legalRepresentative: blank(draft.legalRepresentative),
            contactPhone: draft.contactPhone.replace(/\s/g, ''), licenceNumber: draft.kind === 'LABOUR_AGENCY' ? blank(draft.licenceNumber) : null,
            licenceImageId: photo.id,
          },
        }, 'createOrganization');
        setRegistered(saved.organization?.name ?? draft.name);
        setDraft(EMPTY);
        setPhoto({ preview: null, id: null, sending: false, problem: null });
        mine.reload();
        // The consoles read memberships from the profile.
        void refreshMe().catch(() => undefined);
        return saved.organization;
      },
      { setProblems, setError, setSaving },
    );

  return { mine, draft, change, photo, choosePhoto, problems: (photo.problem ? { ...problems, licenceImageId: photo.problem } : problems) as Problems, error, saving, submit, registered };
}
