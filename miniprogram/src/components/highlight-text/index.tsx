import { Text } from '@tarojs/components';
import { highlightSegments } from './segments';
import './index.scss';

export interface HighlightTextProps {
  text: string;
  /** [start, end) ranges of `text` to mark, as the search API returns them. */
  ranges: ReadonlyArray<readonly [number, number]>;
  className?: string;
}

/**
 * A name with its matched words marked (`.highlight-text__hit`). Marked by weight and colour, plus an
 * underline so the mark does not rely on colour alone (WCAG 1.4.1).
 */
export default function HighlightText({ text, ranges, className = '' }: HighlightTextProps) {
  return (
    <Text className={`highlight-text ${className}`}>
      {highlightSegments(text, ranges).map((segment, index) =>
        segment.hit ? (
          <Text key={index} className='highlight-text__hit'>
            {segment.text}
          </Text>
        ) : (
          segment.text
        ),
      )}
    </Text>
  );
}
