import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TDepartmentSummary } from '@shared/schemas/home';
import A11yToggle from '../../../components/a11y-toggle';
import { EmptyView, ErrorView, LoadingView } from '../../../components/load-state';
import { useCall } from '../../../hooks/use-call';
import { pageClassName, useLargeFont } from '../../../hooks/use-large-font';
import { readString, STORAGE_KEYS, writeString } from '../../../services/storage';
import { controlProps } from '../../../utils/control-props';
import './index.scss';

/**
 * Staff workbench, first cut: a staff member picks the department they work for. There is no sign-in yet, so
 * the choice is only a local preference and the page says so.
 */
export default function WorkbenchPage() {
  const [large, setLarge] = useLargeFont();
  // The department directory comes with the home payload; a staff-only endpoint arrives with sign-in.
  const [home, reload] = useCall('home', {});
  const [departmentId, setDepartmentId] = useState(() => readString(STORAGE_KEYS.staffDepartment));

  const choose = (id: string) => {
    writeString(STORAGE_KEYS.staffDepartment, id);
    setDepartmentId(id);
  };

  return (
    <View className={pageClassName('workbench', large)}>
      <View className='workbench-header'>
        <View className='workbench-title' role='heading' aria-level={1}>
          工作人员工作台
        </View>
        <A11yToggle on={large} onChange={setLarge} />
      </View>

      <View className='ot-section workbench-notice' role='note'>
        <Text>工作人员登录功能尚未开放。您在此选择的部门只保存在本机，用于后续登录后默认显示，不代表已核验身份。</Text>
      </View>

      {home.status === 'ready' ? (
        <DepartmentPicker departments={home.data.departments} selectedId={departmentId} onSelect={choose} />
      ) : home.status === 'error' ? (
        <ErrorView className='workbench-error' error={home.error} onRetry={reload} />
      ) : (
        <LoadingView className='workbench-loading' />
      )}
    </View>
  );
}

interface DepartmentPickerProps {
  departments: TDepartmentSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

function DepartmentPicker({ departments, selectedId, onSelect }: DepartmentPickerProps) {
  const selected = departments.find((department) => department.id === selectedId) ?? null;
  return (
    <View className='ot-section workbench-departments'>
      <Text className='ot-section__title' id='workbench-departments-title'>
        选择您所在的部门
      </Text>
      <Text className='ot-section__hint workbench-current' aria-live='polite'>
        {selected ? `当前部门：${selected.name}` : '尚未选择部门'}
      </Text>
      {departments.length === 0 ? (
        <EmptyView className='workbench-departments-empty' text='暂无部门数据' />
      ) : (
        <View className='workbench-department-list' role='radiogroup' aria-labelledby='workbench-departments-title'>
          {departments.map((department) => {
            const isSelected = department.id === selected?.id;
            return (
              <View
                key={department.id}
                className={`ot-option workbench-department${isSelected ? ' ot-option--selected workbench-department--selected' : ''}`}
                aria-checked={isSelected}
                data-id={department.id}
                {...controlProps('radio', () => onSelect(department.id))}
              >
                <Text>{department.name}</Text>
              </View>
            );
          })}
        </View>
      )}
    </View>
  );
}
