import { Image, Text, View } from '@tarojs/components';
import { createElement, useState } from 'react';
import type { z } from 'zod';
import type { ZReviewFile } from '@shared/schemas/review';
import { controlProps } from '../../../utils/control-props';

type TReviewFile = z.infer<typeof ZReviewFile>;

const ZOOMS = [0.5, 0.75, 1, 1.5, 2, 3];

/**
 * One file of a material: images with zoom and rotate; PDFs in the browser's own viewer (page by page) through the
 * signed link. Read-only viewers (supervisors) get no link, so nothing is shown but the name.
 */
export function MaterialFile({ file }: { file: TReviewFile }) {
  const [zoom, setZoom] = useState(2);
  const [turn, setTurn] = useState(0);
  if (!file.url) return <Text className='review-file review-file--hidden'>{file.name ?? '文件'}（无权查看原件）</Text>;
  const isPdf = file.mime === 'application/pdf';
  return (
    <View className={`review-file review-file--${isPdf ? 'pdf' : 'image'}`} data-id={file.id}>
      <View className='review-file__bar'>
        <Text className='review-file__name'>{file.name ?? '文件'}</Text>
        {isPdf ? null : (
          <>
            <Text className='ot-option review-file__zoom-out' {...controlProps('button', () => setZoom((z) => Math.max(0, z - 1)))}>
              缩小
            </Text>
            <Text className='review-file__zoom-level'>{Math.round(ZOOMS[zoom]! * 100)}%</Text>
            <Text className='ot-option review-file__zoom-in' {...controlProps('button', () => setZoom((z) => Math.min(ZOOMS.length - 1, z + 1)))}>
              放大
            </Text>
            <Text className='ot-option review-file__rotate' {...controlProps('button', () => setTurn((t) => (t + 90) % 360))}>
              旋转
            </Text>
          </>
        )}
      </View>
      {isPdf ? (
        process.env.TARO_ENV === 'h5' ? (
          // The browser's PDF viewer pages through the document; the signed link is same-origin and short-lived.
          createElement('iframe', { className: 'review-file__pdf', src: file.url, title: file.name ?? 'PDF' })
        ) : (
          <Text className='review-file__hint'>请在电脑端查看 PDF 材料</Text>
        )
      ) : (
        <View className='review-file__stage'>
          <Image
            className='review-file__image'
            src={file.url}
            mode='widthFix'
            style={{ width: `${ZOOMS[zoom]! * 200}px`, transform: `rotate(${turn}deg)` }}
            aria-label={file.name ?? '材料图片'}
          />
        </View>
      )}
    </View>
  );
}
