import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { TDepartmentSummary } from '@shared/schemas/home';
import { EmptyView } from '../../components/load-state';
import { controlProps } from '../../utils/control-props';
import { searchUrl } from '../search/params';
import { orderDepartments } from './department-order';

/** How many departments show before 查看全部: a city has dozens, and a phone screen holds about a dozen. */
export const DEPARTMENTS_SHOWN = 12;

/** 办事部门: each opens the search results for the department's guides. */
export default function DepartmentList({ departments, cityCode, countyCode }: { departments: TDepartmentSummary[]; cityCode: string; countyCode: string | null }) {
  const [all, setAll] = useState(false);
  const ordered = orderDepartments(departments, cityCode, countyCode);
  const shown = all ? ordered : ordered.slice(0, DEPARTMENTS_SHOWN);
  return (
    <View className='ot-section home-departments'>
      <Text className='ot-section__title'>办事部门</Text>
      {departments.length === 0 ? (
        <EmptyView className='home-departments-empty' text='暂无部门数据' />
      ) : (
        <View className='home-department-list'>
          {shown.map((department) => (
            <View
              key={department.id}
              className='home-department'
              data-code={department.code}
              {...controlProps('button', () => void Taro.navigateTo({ url: searchUrl({ department: department.code, departmentName: department.name }) }))}
            >
              <Text className='home-department__name'>{department.name}</Text>
              <Text className='home-department__go' aria-hidden>
                办事指南 ›
              </Text>
            </View>
          ))}
          {ordered.length > shown.length ? (
            <Button className='ot-button ot-button--secondary home-departments-more' {...controlProps('button', () => setAll(true))}>
              查看全部{ordered.length}个部门
            </Button>
          ) : null}
        </View>
      )}
    </View>
  );
}
