import { Text, View } from '@tarojs/components';
import type { TBundleApplication } from '@shared/schemas/application';
import { call } from '../../services/request';
import { DraftForm, DraftSubmit, useDraft } from './draft-parts';
import { MaterialRow } from './material-row';

/**
 * A 一件事 draft: ONE form and ONE material list for all the bundle's items (a material several items need is
 * handed in once), then one submission that reaches every department at once. The parts are listed so the citizen
 * knows which departments will review it.
 */
export function BundleDraft({ b, onChange }: { b: TBundleApplication; onChange: (b: TBundleApplication) => void }) {
  const draft = useDraft(
    b.form,
    async (form) => onChange(await call('bundleApplicationUpdate', { pathParams: { id: b.id }, body: { form } })),
    async (key) => {
      await call('bundleApplicationSubmit', { pathParams: { id: b.id }, headers: { 'Idempotency-Key': key } });
      return `/pages/case/index?bundle=${b.id}`;
    },
  );
  const missing = b.materials.filter((m) => !m.provided).length;

  return (
    <View className='apply-draft apply-bundle'>
      <View className='ot-section apply-bundle__parts'>
        <Text className='apply-section-title'>一次申请，{b.parts.length}个部门同时审核</Text>
        {b.parts.map((p) => (
          <Text key={p.id} className='apply-hint apply-bundle__part'>
            · {p.itemName}（{p.departmentName}）
          </Text>
        ))}
      </View>
      <DraftForm title='填写申请表（只填一次）' fields={b.formFields} form={draft.form} onEdit={draft.edit} onBlur={draft.saveQuietly} />
      <View className='ot-section apply-materials'>
        <Text className='apply-section-title'>
          合并材料清单（{b.materials.length - missing}/{b.materials.length}）
        </Text>
        {b.materials.map((m) => (
          <MaterialRow
            key={m.id}
            material={{ ...m, walletItemId: null }}
            note={m.forItems.length > 1 ? `${m.forItems.length}个事项共用，只交一次` : `用于：${m.forItems[0] ?? ''}`}
            save={async (body) => onChange(await call('bundleApplicationMaterialSet', { pathParams: { id: b.id, materialId: m.id }, body }))}
          />
        ))}
      </View>
      <DraftSubmit problem={draft.problem} submitting={draft.submitting} missing={missing} ready='一次提交到各部门' onSubmit={() => void draft.submit()} />
    </View>
  );
}
