import type { Knex } from '@mikro-orm/knex';
import type { OrganizationInput } from '../../generated/graphql';
import { Checker } from '../common/input-rules';
import type { UserError } from '../common/user-errors';
import { CREDIT_CODE_MESSAGES, parseCreditCode } from './credit-code';

/** The columns of what the bureau verifies an organisation from, as checked from its input. */
export interface RegistrationDetails {
  credit_code: string | null;
  legal_representative: string | null;
  address: string | null;
  contact_phone: string | null;
  licence_upload_id: string | null;
}

const blank = (v: string | null | undefined) => v === null || v === undefined || v.trim() === '';

/**
 * Checks the verification details of a registration (统一社会信用代码, 法定代表人, the street
 * address, a contact phone, the licence photo), each optional at the API and each, when given,
 * checked on its own field. The app asks for all of them; the bureau's card shows what is
 * missing, so an organisation that left one out is asked for it before it is verified.
 *
 * The photo must be an upload of the registering user: ids are unguessable, but naming someone
 * else's upload would otherwise make its picture readable to the new organisation's members.
 */
export async function checkRegistrationDetails(q: Knex, userId: string, input: OrganizationInput, errors: UserError[]): Promise<RegistrationDetails> {
  const c = new Checker();
  let creditCode: string | null = null;
  if (!blank(input.creditCode)) {
    const parsed = parseCreditCode(input.creditCode!);
    if ('problem' in parsed) c.add('INVALID_CREDIT_CODE', CREDIT_CODE_MESSAGES[parsed.problem], 'input.creditCode');
    else creditCode = parsed.code;
  }
  const legalRepresentative = blank(input.legalRepresentative) ? null : c.text(input.legalRepresentative, 'input.legalRepresentative', '法定代表人', 2, 20);
  const address = blank(input.address) ? null : c.text(input.address, 'input.address', '详细地址', 2, 60);
  const contactPhone = blank(input.contactPhone) ? null : c.phone(input.contactPhone!, 'input.contactPhone');
  let licenceUploadId: string | null = null;
  if (!blank(input.licenceImageId)) {
    const id = input.licenceImageId!;
    const upload = /^[A-Za-z0-9_-]{1,16}$/.test(id) ? await q('uploads').where({ id, owner_id: userId }).first('id') : null;
    if (!upload) c.add('INVALID_UPLOAD', '执照照片没有传上去，请重新选择照片', 'input.licenceImageId');
    else licenceUploadId = id;
  }
  errors.push(...c.errors);
  return { credit_code: creditCode, legal_representative: legalRepresentative, address, contact_phone: contactPhone, licence_upload_id: licenceUploadId };
}
