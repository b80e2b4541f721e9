import type { TRealNameProfile } from '@shared/schemas/identity';
import type { FieldCrypto } from '../crypto/field-crypto';

/** Where each encrypted field lives: the AAD binds a ciphertext to its column and row. */
export const aad = {
  name: (userId: string) => `real_name_profiles.name:${userId}`,
  idNumber: (userId: string) => `real_name_profiles.id_number:${userId}`,
  address: (userId: string) => `real_name_profiles.address:${userId}`,
  phone: (userId: string) => `users.phone:${userId}`,
};

export interface ProfileRow {
  userId: string;
  nameEnc: Uint8Array;
  nameMasked: string;
  idType: TRealNameProfile['idType'] | 'UNIFIED_SOCIAL_CREDIT_CODE';
  idNumberEnc: Uint8Array;
  idNumberMasked: string;
  addressEnc: Uint8Array | null;
  addressMasked: string | null;
  addressRegionCode: string | null;
  verificationMethod: TRealNameProfile['verificationMethod'];
  verifiedAt: Date;
}

/**
 * Map a profile row to what a viewer may see. `full` only for the owner (or a handler of a case, audited by the
 * caller); everybody else gets the stored masked forms, which need no key at all.
 */
export function presentProfile(
  row: ProfileRow,
  phone: { enc: Uint8Array | null; masked: string | null },
  view: { full: true; pii: FieldCrypto } | { full: false },
): TRealNameProfile {
  const idType = row.idType === 'UNIFIED_SOCIAL_CREDIT_CODE' ? 'OTHER' : row.idType;
  const address = row.addressMasked !== null ? { regionCode: row.addressRegionCode, area: row.addressMasked } : null;
  if (!view.full) {
    return {
      masked: true,
      name: row.nameMasked,
      idType,
      idNumber: row.idNumberMasked,
      phone: phone.masked,
      address: address && { regionCode: null, area: address.area, detail: null },
      verificationMethod: row.verificationMethod,
      verifiedAt: row.verifiedAt.toISOString(),
    };
  }
  const { pii } = view;
  return {
    masked: false,
    name: pii.decrypt(row.nameEnc, aad.name(row.userId)),
    idType,
    idNumber: pii.decrypt(row.idNumberEnc, aad.idNumber(row.userId)),
    phone: phone.enc ? pii.decrypt(phone.enc, aad.phone(row.userId)) : null,
    address: address && { ...address, detail: row.addressEnc ? pii.decrypt(row.addressEnc, aad.address(row.userId)) : null },
    verificationMethod: row.verificationMethod,
    verifiedAt: row.verifiedAt.toISOString(),
  };
}
