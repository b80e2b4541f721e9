import { Text, View } from '@tarojs/components';
import {
  MATERIAL_FORM_LABELS,
  MATERIAL_ORIGINALITY_LABELS,
  type TGuideMaterial,
  type TGuideSituation,
} from '@shared/schemas/catalog';
import { MaterialFiles } from '../../components/file-button';
import { controlProps } from '../../utils/control-props';
import { answer, visibleMaterials, type Answers } from './answers';

/** 情形: a few questions whose answers tailor the material list below them. */
export function Situations({ situations, answers, onChange }: { situations: TGuideSituation[]; answers: Answers; onChange: (a: Answers) => void }) {
  if (situations.length === 0) return null;
  return (
    <View className='ot-section guide-situations'>
      <Text className='ot-section__title'>您的情况</Text>
      <Text className='ot-section__hint'>回答下面的问题，材料清单只列出您需要的材料。</Text>
      {situations.map((question) => (
        <View key={question.id} className='guide-question' data-id={question.id}>
          <Text className='guide-question__text' id={`q-${question.id}`}>
            {question.text}
            {question.multiple ? '（可多选）' : ''}
          </Text>
          <View className='guide-question__options' role={question.multiple ? 'group' : 'radiogroup'} aria-labelledby={`q-${question.id}`}>
            {question.options.map((option) => {
              const on = (answers[question.id] ?? []).includes(option.id);
              return (
                <View
                  key={option.id}
                  className={`ot-option guide-option${on ? ' ot-option--selected guide-option--selected' : ''}`}
                  aria-checked={on}
                  data-id={option.id}
                  {...controlProps(question.multiple ? 'switch' : 'radio', () => onChange(answer(answers, question, option.id)))}
                >
                  <Text>{option.text}</Text>
                  {on ? <Text aria-hidden>✓</Text> : null}
                </View>
              );
            })}
          </View>
        </View>
      ))}
    </View>
  );
}

/** The material list for the current answers (the shared pure function, so it matches the server's). */
export function MaterialList({ materials, situations, answers }: { materials: TGuideMaterial[]; situations: TGuideSituation[]; answers: Answers }) {
  const { materials: list, unanswered } = visibleMaterials(materials, situations, answers);
  return (
    <View className='ot-section guide-materials'>
      <Text className='ot-section__title'>申请材料</Text>
      <Text className='guide-material-count' aria-live='polite'>
        共{list.length}份材料
        {unanswered.length > 0 ? `，还有${unanswered.length}个问题未回答，回答后清单会更准确` : ''}
      </Text>
      {list.map((material, index) => (
        <MaterialRow key={material.id} material={material} index={index + 1} />
      ))}
    </View>
  );
}

function MaterialRow({ material, index }: { material: TGuideMaterial; index: number }) {
  const tags = [
    material.requirement === 'REQUIRED' ? '必需' : '视情形',
    MATERIAL_ORIGINALITY_LABELS[material.originality],
    material.copies > 0 ? `${material.copies}份` : null,
    MATERIAL_FORM_LABELS[material.form],
  ].filter((t): t is string => t !== null);
  return (
    <View className='guide-material' data-id={material.id}>
      <Text className='guide-material__name'>
        {index}. {material.name}
      </Text>
      <View className='guide-tags'>
        {tags.map((tag) => (
          <Text key={tag} className={`guide-tag${tag === '必需' ? ' guide-tag--strong' : ''}`}>
            {tag}
          </Text>
        ))}
        {material.governmentHeld ? <Text className='guide-tag guide-tag--good'>政府已有，免提交</Text> : null}
      </View>
      {material.conditionText ? <Text className='guide-material__note'>适用情形：{material.conditionText}</Text> : null}
      {material.sourceDetail ? <Text className='guide-material__note'>来源：{material.sourceDetail}</Text> : null}
      {material.acceptanceStandard ? <Text className='guide-material__note'>要求：{material.acceptanceStandard}</Text> : null}
      {material.commonMistakes ? <Text className='guide-material__mistakes'>常见错误：{material.commonMistakes}</Text> : null}
      <MaterialFiles blankForm={material.blankForm} sample={material.sample} />
    </View>
  );
}
