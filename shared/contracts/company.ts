import { ZActingIdentityList, ZCompany, ZCompanyInput, ZCompanyList, ZCompanyMemberInput } from '../schemas/company';
import { endpoint } from './define';

/** Company accounts (企业): registration by the legal representative, the people who may act for it, and the "acting for" choices. */
export const companyApi = {
  meCompanies: endpoint({ method: 'GET', path: '/me/companies', summary: '我的企业（我是法定代表人或被授权经办人）', response: ZCompanyList, auth: 'citizen' }),
  meCompanyRegister: endpoint({ method: 'POST', path: '/me/companies', summary: '法定代表人登记企业', body: ZCompanyInput, response: ZCompany, auth: 'citizen' }),
  meCompanyMemberAdd: endpoint({
    method: 'POST',
    path: '/me/companies/:companyId/members',
    summary: '法定代表人授权经办人',
    body: ZCompanyMemberInput,
    response: ZCompany,
    auth: 'citizen',
  }),
  meCompanyMemberRevoke: endpoint({
    method: 'POST',
    path: '/me/companies/:companyId/members/:userId/revoke',
    summary: '法定代表人撤销经办人授权',
    response: ZCompany,
    auth: 'citizen',
  }),
  meIdentities: endpoint({ method: 'GET', path: '/me/identities', summary: '办事身份：本人、代办的被代办人、可代表的企业', response: ZActingIdentityList, auth: 'citizen' }),
} as const;
