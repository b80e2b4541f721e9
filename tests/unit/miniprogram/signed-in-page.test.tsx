import { renderToStaticMarkup } from 'react-dom/server';
import { ApiError } from '@shared/errors';
import { taroMock } from '../../mocks/taro';
import SignedInPage from '../../../miniprogram/src/components/signed-in-page';
import type { CallState } from '../../../miniprogram/src/hooks/use-call';
import { STORAGE_KEYS, writeString } from '../../../miniprogram/src/services/storage';

function page(state: CallState<{ names: string[] }>) {
  return renderToStaticMarkup(
    <SignedInPage name='agents' title='代办授权' state={state} onRetry={() => undefined}>
      {(data) => <span className='rows'>{data.names.join('、')}</span>}
    </SignedInPage>,
  );
}

beforeEach(() => taroMock.reset());

describe('SignedInPage (代办授权, 我的企业)', () => {
  it('names header and title after the page and renders the data once ready', () => {
    writeString(STORAGE_KEYS.token, 't');
    const html = page({ status: 'ready', data: { names: ['李军', '王芳'] } });
    expect(html).toMatch(/^<div class="ot-page agents"><div class="agents-header"><div class="agents-title" role="heading" aria-level="1">代办授权<\/div>/);
    expect(html).toContain('<span class="rows">李军、王芳</span>');
    expect(html).not.toContain('请先登录');
  });

  it('offers 请先登录 to a signed-out citizen', () => {
    expect(page({ status: 'idle' })).toContain('<button class="ot-button">请先登录</button>');
  });

  it('uses the large-font page class when the citizen chose it', () => {
    writeString(STORAGE_KEYS.largeFont, '1');
    expect(page({ status: 'idle' })).toContain('class="ot-page agents ot-page--large"');
  });

  it('shows loading, or the error with 重试, instead of the data', () => {
    writeString(STORAGE_KEYS.token, 't');
    expect(page({ status: 'loading' })).toContain('load-state--loading');
    const failed = page({ status: 'error', error: new ApiError('INTERNAL', '服务暂不可用', 500) });
    expect(failed).toContain('服务暂不可用');
    expect(failed).not.toContain('class="rows"');
  });
});
