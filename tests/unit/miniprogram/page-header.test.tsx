import { renderToStaticMarkup } from 'react-dom/server';
import PageHeader from '../../../miniprogram/src/components/page-header';

describe('PageHeader', () => {
  it('names header and title after the page, the title being the level-1 heading, then the large-font switch', () => {
    const html = renderToStaticMarkup(<PageHeader name='staff-login' title='工作人员登录' large={false} onLarge={() => undefined} />);
    expect(html).toMatch(/^<div class="staff-login-header"><div class="staff-login-title" role="heading" aria-level="1">工作人员登录<\/div><[a-z]+ class="a11y-toggle/);
  });

  it('shows the switch as on in large-font mode', () => {
    expect(renderToStaticMarkup(<PageHeader name='apply' title='在线申办' large onLarge={() => undefined} />)).toContain('a11y-toggle--on');
  });
});
