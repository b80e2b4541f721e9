import { randomUUID } from 'node:crypto';
import { maskAddress, maskName, maskPhone } from '@shared/domain/identity/masking';
import type { TAddressBookDetail, TAddressBookEntry, TAddressBookInput } from '@shared/schemas/delivery';
import type { FieldCrypto } from '../../crypto/field-crypto';
import type { Db, DbTx } from '../../db/client';
import { errors } from '../../errors';
import type { UserAddress } from '../../generated/prisma/client';
import { regionPath } from '../identity/my-profile';

type Deps = { db: Db; pii: FieldCrypto };

/** Where an address field is encrypted: bound to the row and column. */
export const addressAad = {
  name: (id: string) => `user_addresses.recipient_name:${id}`,
  phone: (id: string) => `user_addresses.phone:${id}`,
  detail: (id: string) => `user_addresses.detail:${id}`,
};

/** A citizen keeps at most this many addresses. */
export const MAX_ADDRESSES = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const present = (a: UserAddress): TAddressBookEntry => ({
  id: a.id,
  recipientNameMasked: a.recipientNameMasked,
  phoneMasked: a.phoneMasked,
  addressMasked: a.addressMasked,
  regionCode: a.regionCode,
  isDefault: a.isDefault,
});

/** The region must be a township or village of the tree (a 400 on body.address.regionCode otherwise). */
async function checkedPath(db: Db | DbTx, regionCode: string) {
  return regionPath(db, regionCode).catch(() => {
    throw errors.validation([{ path: 'body.address.regionCode', message: '请选择到乡镇或村（社区）' }]);
  });
}

function encrypted(pii: FieldCrypto, id: string, input: TAddressBookInput, path: { level: 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE'; name: string }[]) {
  return {
    recipientNameEnc: pii.encrypt(input.name, addressAad.name(id)),
    recipientNameMasked: maskName(input.name),
    phoneEnc: pii.encrypt(input.phone, addressAad.phone(id)),
    phoneMasked: maskPhone(input.phone),
    regionCode: input.address.regionCode,
    detailEnc: pii.encrypt(input.address.detail, addressAad.detail(id)),
    addressMasked: maskAddress(path),
  };
}

async function own(db: Db | DbTx, userId: string, id: string): Promise<UserAddress> {
  const a = UUID.test(id) ? await db.userAddress.findFirst({ where: { id, userId } }) : null;
  if (!a) throw errors.notFound('地址不存在');
  return a;
}

/** GET /me/addresses: masked, default first. */
export async function listAddresses(db: Db, userId: string) {
  const rows = await db.userAddress.findMany({ where: { userId }, orderBy: [{ isDefault: 'desc' }, { createdAt: 'desc' }] });
  return { items: rows.map(present) };
}

/** GET /me/addresses/:id: the owner's own address in full (for editing; never anyone else's). */
export async function getAddress(deps: Deps, userId: string, id: string): Promise<TAddressBookDetail> {
  const a = await own(deps.db, userId, id);
  return { ...present(a), recipient: decryptAddress(deps.pii, a) };
}

/** The recipient of a saved address, decrypted (for the owner or to copy onto a shipment). */
export function decryptAddress(pii: FieldCrypto, a: UserAddress) {
  return {
    name: pii.decrypt(a.recipientNameEnc, addressAad.name(a.id)),
    phone: pii.decrypt(a.phoneEnc, addressAad.phone(a.id)),
    address: { regionCode: a.regionCode, detail: pii.decrypt(a.detailEnc, addressAad.detail(a.id)) },
  };
}

/** POST /me/addresses. The first address becomes the default; a new default unsets the old one. */
export async function addAddress(deps: Deps, userId: string, input: TAddressBookInput, tx?: DbTx): Promise<TAddressBookEntry> {
  const run = async (t: DbTx) => {
    const path = await checkedPath(t, input.address.regionCode);
    const count = await t.userAddress.count({ where: { userId } });
    if (count >= MAX_ADDRESSES) throw errors.conflict(`地址簿最多保存${MAX_ADDRESSES}个地址，请先删除不用的地址`);
    const id = randomUUID();
    const isDefault = input.isDefault === true || count === 0;
    if (isDefault) await t.userAddress.updateMany({ where: { userId, isDefault: true }, data: { isDefault: false } });
    return present(await t.userAddress.create({ data: { id, userId, ...encrypted(deps.pii, id, input, path), isDefault } }));
  };
  return tx ? run(tx) : deps.db.$transaction(run);
}

/** PUT /me/addresses/:id. */
export async function updateAddress(deps: Deps, userId: string, id: string, input: TAddressBookInput): Promise<TAddressBookEntry> {
  return deps.db.$transaction(async (tx) => {
    const a = await own(tx, userId, id);
    const path = await checkedPath(tx, input.address.regionCode);
    if (input.isDefault === true) await tx.userAddress.updateMany({ where: { userId, isDefault: true, id: { not: a.id } }, data: { isDefault: false } });
    return present(await tx.userAddress.update({ where: { id: a.id }, data: { ...encrypted(deps.pii, a.id, input, path), ...(input.isDefault !== undefined ? { isDefault: input.isDefault } : {}) } }));
  });
}

/** DELETE /me/addresses/:id. Shipments keep their own copy, so past parcels are unaffected. */
export async function deleteAddress(db: Db, userId: string, id: string): Promise<{ ok: true }> {
  await db.$transaction(async (tx) => {
    const a = await own(tx, userId, id);
    await tx.userAddress.delete({ where: { id: a.id } });
    if (a.isDefault) {
      const next = await tx.userAddress.findFirst({ where: { userId }, orderBy: { createdAt: 'desc' } });
      if (next) await tx.userAddress.update({ where: { id: next.id }, data: { isDefault: true } });
    }
  });
  return { ok: true };
}

/** A saved address of the user, decrypted, for a delivery choice (404 for anyone else's). */
export async function loadOwnAddress(deps: Deps, userId: string, id: string) {
  return decryptAddress(deps.pii, await own(deps.db, userId, id));
}
