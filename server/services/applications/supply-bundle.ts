import type { z } from 'zod';
import { formFieldsOf } from '@shared/domain/application/form-fields';
import type { TBundleApplication, TFormValues, ZMaterialSupplyInput } from '@shared/schemas/application';
import type { Db } from '../../db/client';
import { errors } from '../../errors';
import { bundleFormFields, loadOwnBundle, presentBundle, sharedKey } from './bundle-application';
import { setMaterial } from './set-material';
import { updateApplication } from './update-application';

/**
 * PUT /bundle-applications/:id/materials/:materialId: a material several items need is handed in once and used
 * for every part that asks for it (same material type, or same name). Each part is changed through the single-case
 * rules (drafts only; during a correction, only what that part's notice lists), so a part already with its
 * department keeps what it was reviewed on.
 */
export async function setBundleMaterial(db: Db, userId: string, id: string, materialId: string, input: z.output<typeof ZMaterialSupplyInput>): Promise<TBundleApplication> {
  const c = await loadOwnBundle(db, userId, id);
  const picked = c.children.flatMap((p) => p.materials).find((m) => m.id === materialId);
  if (!picked) throw errors.notFound('该申请没有这项材料');
  const key = sharedKey(picked);
  const targets = c.children.flatMap((p) => p.materials.filter((m) => sharedKey(m) === key).map((m) => ({ part: p, m })));
  const open = targets.filter((t) => t.part.status === 'DRAFT' || t.m.id === materialId);
  for (const t of open) await setMaterial(db, userId, t.part.id, t.m.id, input);
  return presentBundle(await loadOwnBundle(db, userId, id));
}

/** PATCH /bundle-applications/:id: the one form; each draft part takes the fields its own item asks for. */
export async function updateBundleForm(db: Db, userId: string, id: string, form: TFormValues): Promise<TBundleApplication> {
  const c = await loadOwnBundle(db, userId, id);
  const known = new Set(bundleFormFields(c.children).map((f) => f.key));
  const unknown = Object.keys(form).filter((k) => !known.has(k));
  if (unknown.length > 0) throw errors.validation(unknown.map((k) => ({ path: `form.${k}`, message: '表单中没有该项' })), '申请表填写有误');
  const drafts = c.children.filter((p) => p.status === 'DRAFT');
  if (drafts.length === 0) throw errors.conflict('申请已提交，不能再修改申请表');
  for (const p of drafts) {
    const keys = new Set(formFieldsOf(p.itemVersion!.formSchema).map((f) => f.key));
    const own = Object.fromEntries(Object.entries(form).filter(([k]) => keys.has(k)));
    if (Object.keys(own).length > 0) await updateApplication(db, userId, p.id, { version: p.version, form: own });
  }
  return presentBundle(await loadOwnBundle(db, userId, id));
}
