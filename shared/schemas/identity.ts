import { z } from 'zod';
import { checkIdNumber, checkMobile, checkPersonName, normaliseIdNumber } from '../domain/identity/id-document';

/** Identity document types (证件类型). */
export const ZIdType = z.enum(['RESIDENT_ID_CARD', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'FOREIGN_PERMANENT_RESIDENT', 'OTHER']);
export type TIdType = z.infer<typeof ZIdType>;

/** Staff roles (mirrors the database enum and server/domain/actor.ts). */
export const ZStaffRole = z.enum(['WINDOW_CLERK', 'HANDLER', 'APPROVER', 'DEPARTMENT_ADMIN', 'CATALOGUE_EDITOR', 'ASSISTANT', 'SUPERVISOR', 'SYSTEM_ADMIN']);
export type TStaffRole = z.infer<typeof ZStaffRole>;

/** A session token as issued: shown once, sent as `Authorization: Bearer <token>`. */
export const ZSession = z.object({
  /** Opaque bearer token (only its hash is stored). */
  token: z.string(),
  /** When it stops working; refresh before then. */
  expiresAt: z.iso.datetime(),
  kind: z.enum(['citizen', 'staff']),
});
export type TSession = z.infer<typeof ZSession>;

/** POST /auth/wechat: the code from wx.login / Taro.login. */
export const ZWechatLoginBody = z.object({
  /** wx.login code: single use, valid 5 minutes. */
  code: z.string().min(1, '缺少登录凭证').max(128, '登录凭证格式不正确').regex(/^[A-Za-z0-9_-]+$/, '登录凭证格式不正确'),
});

export const ZWechatLoginResponse = ZSession.extend({
  user: z.object({
    id: z.string(),
    /** True once the real-name profile is filled in. */
    hasProfile: z.boolean(),
    /** True when the current privacy notice version still needs consent. */
    needsConsent: z.boolean(),
  }),
});
export type TWechatLoginResponse = z.infer<typeof ZWechatLoginResponse>;

export const ZOk = z.object({ ok: z.literal(true) });

/** A demo persona of journeys.md (demo mode only). */
export const ZDemoPersona = z.object({
  key: z.string(),
  name: z.string(),
  kind: z.enum(['citizen', 'staff']),
  /** What this person does, for the picker. */
  description: z.string(),
  /** Staff only: demo credentials, shown on the picker because this is a demo. */
  username: z.string().optional(),
  password: z.string().optional(),
});
export const ZDemoPersonaList = z.object({ items: z.array(ZDemoPersona) });
export type TDemoPersona = z.infer<typeof ZDemoPersona>;
export const ZDemoLoginCodeBody = z.object({ persona: z.string().min(1).max(40) });
export const ZDemoLoginCode = z.object({ code: z.string() });

/** An address: region (village or township) code plus the rest typed by the user. */
export const ZAddressInput = z.object({
  /** Region code from the region tree (township or village). */
  regionCode: z.string().regex(/^\d{9,12}$/, '请选择到乡镇或村（社区）'),
  /** Street, house number etc. */
  detail: z.string().trim().min(2, '请填写详细地址').max(120, '详细地址不能超过120个字'),
});

/** PUT /me/profile: the real-name details (实名信息). */
export const ZProfileInput = z
  .object({
    /** Name as on the document. */
    name: z.string().trim().max(50, '姓名不能超过50个字符').superRefine((v, ctx) => {
      const m = checkPersonName(v);
      if (m) ctx.addIssue({ code: 'custom', message: m });
    }),
    idType: ZIdType,
    /** Document number; spaces are removed and letters upper-cased before checking. */
    idNumber: z.string().max(40, '证件号码过长').transform(normaliseIdNumber),
    /** Mobile number typed by the user (or give phoneCode instead). */
    phone: z.string().trim().max(20).optional(),
    /** getPhoneNumber button code: the server asks WeChat for the number. */
    phoneCode: z.string().max(128).regex(/^[A-Za-z0-9_-]+$/).optional(),
    address: ZAddressInput.optional(),
  })
  .superRefine((v, ctx) => {
    const idProblem = checkIdNumber(v.idType, v.idNumber);
    if (idProblem) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: idProblem });
    if (v.phone !== undefined) {
      const p = checkMobile(v.phone);
      if (p) ctx.addIssue({ code: 'custom', path: ['phone'], message: p });
    }
    if (v.phone !== undefined && v.phoneCode !== undefined) ctx.addIssue({ code: 'custom', path: ['phoneCode'], message: '手机号与微信授权二选一' });
  });
export type TProfileInput = z.input<typeof ZProfileInput>;

/** A real-name profile as a viewer may see it: the owner in full, everybody else masked. */
export const ZRealNameProfile = z.object({
  /** True when the values below are desensitised (脱敏). */
  masked: z.boolean(),
  name: z.string(),
  idType: ZIdType,
  idNumber: z.string(),
  phone: z.string().nullable(),
  address: z
    .object({
      regionCode: z.string().nullable(),
      /** City, county and township names. */
      area: z.string(),
      /** The rest of the address; null when masked. */
      detail: z.string().nullable(),
    })
    .nullable(),
  verificationMethod: z.enum(['WECHAT_FACE', 'WINDOW_CHECK', 'GOVERNMENT_AUTH', 'SELF_DECLARED']),
  verifiedAt: z.iso.datetime(),
});
export type TRealNameProfile = z.infer<typeof ZRealNameProfile>;

export const ZMeProfileResponse = z.object({
  /** Account number the citizen can read out at a window (not personal data). */
  accountId: z.string(),
  profile: ZRealNameProfile.nullable(),
  /** Version of the privacy notice in force, and whether this user has consented to it. */
  privacy: z.object({ currentVersion: z.string(), consented: z.boolean() }),
});
export type TMeProfileResponse = z.infer<typeof ZMeProfileResponse>;

/** POST /me/consents. */
export const ZConsentBody = z.object({
  kind: z.enum(['USER_AGREEMENT', 'PRIVACY_POLICY', 'REAL_NAME_VERIFICATION', 'DATA_SHARING']),
  /** Must be the version currently shown (PRIVACY_POLICY_VERSION). */
  policyVersion: z.string().min(1).max(40),
});
export const ZConsent = z.object({ kind: ZConsentBody.shape.kind, policyVersion: z.string(), grantedAt: z.iso.datetime() });

/** One access to the caller's personal data (谁查看了我的数据). Staff appear by name and department only. */
export const ZDataAccessItem = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  viewer: z.object({ name: z.string(), department: z.string().nullable() }),
  action: z.enum(['VIEW_PERSONAL_DATA', 'EXPORT_PERSONAL_DATA', 'DOWNLOAD_FILE', 'UPDATE_PERSONAL_DATA', 'DELETE_PERSONAL_DATA']),
  /** Which fields were seen (name, idNumber, phone, address). */
  fields: z.array(z.string()),
  /** Why, as the staff member stated it. */
  purpose: z.string(),
  caseNumber: z.string().nullable(),
});
export type TDataAccessItem = z.infer<typeof ZDataAccessItem>;
export const ZDataAccessList = z.object({ items: z.array(ZDataAccessItem) });

/** GET /me/export: everything the system holds about the caller (PIPL right of access and portability). */
export const ZMyDataExport = z.object({
  exportedAt: z.iso.datetime(),
  account: z.object({ id: z.string(), createdAt: z.iso.datetime(), lastLoginAt: z.iso.datetime().nullable(), largeFont: z.boolean() }),
  profile: ZRealNameProfile.nullable(),
  consents: z.array(ZConsent),
  cases: z.array(z.object({ number: z.string(), status: z.string(), submittedAt: z.iso.datetime().nullable() })),
  dataAccess: z.array(ZDataAccessItem),
});

export const ZDeleteAccountResponse = z.object({
  deleted: z.literal(true),
  /** Cases kept because the law requires their records; detached from the account and minimised. */
  casesKept: z.number().int(),
});

/** POST /staff/auth/login (hall PCs). */
export const ZStaffLoginBody = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64, '用户名过长'),
  password: z.string().min(1, '请输入密码').max(128, '密码过长'),
});

export const ZStaffMe = z.object({
  id: z.string(),
  name: z.string(),
  username: z.string().nullable(),
  department: z.object({ id: z.string(), name: z.string() }).nullable(),
  roles: z.array(z.object({ role: ZStaffRole, departmentId: z.string().nullable(), departmentName: z.string().nullable(), regionCode: z.string().nullable() })),
});
export type TStaffMe = z.infer<typeof ZStaffMe>;

/** GET /staff/users/:userId/profile: a staff member looks up a citizen (masked unless a handled case allows more). */
export const ZStaffProfileQuery = z.object({
  /** Why the data is viewed; shown to the citizen. */
  purpose: z.string().trim().min(2, '请说明查看原因').max(100, '查看原因不能超过100个字'),
});
