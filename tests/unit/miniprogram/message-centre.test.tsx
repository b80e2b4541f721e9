import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { TMessage, TMessageList } from '@shared/schemas/notifications';
import { ApiError } from '@shared/errors';
import { taroMock } from '../../mocks/taro';
import MessageCentre, { messageTime } from '../../../miniprogram/src/components/message-centre';
import type { CallState } from '../../../miniprogram/src/hooks/use-call';

type Props = Parameters<typeof MessageCentre>[0];
type ElementProps = { className?: string; children?: ReactNode; onClick?: () => void };

function message(over: Partial<TMessage> = {}): TMessage {
  return {
    id: 'm1',
    kind: 'CASE_ACCEPTED',
    title: '申请已受理',
    body: '已受理，办件编号A1',
    caseId: 'c1',
    page: 'pages/case/index?id=c1',
    createdAt: new Date(2026, 10, 25, 9, 5).toISOString(),
    read: false,
    wechat: { status: 'NONE', label: null, error: null },
    ...over,
  };
}

function ready(items: TMessage[], extra: Partial<TMessageList> = {}): CallState<TMessageList> {
  return { status: 'ready', data: { items, page: 1, pageSize: 20, total: items.length, unread: items.filter((m) => !m.read).length, ...extra } };
}

function props(over: Partial<Props> = {}): Props {
  return {
    title: '消息中心',
    empty: '还没有消息。',
    state: ready([message()]),
    reload: jest.fn(),
    markRead: jest.fn(() => Promise.resolve()),
    markAllRead: jest.fn(() => Promise.resolve()),
    large: false,
    onLarge: jest.fn(),
    ...over,
  };
}

/** Host elements of the rendered tree (without running nested components) whose class list has `cls`. */
function byClass(node: ReactNode, cls: string): ReactElement<ElementProps>[] {
  if (Array.isArray(node)) return node.flatMap((n: ReactNode) => byClass(n, cls));
  if (!isValidElement<ElementProps>(node)) return [];
  const own = (node.props.className ?? '').split(' ').includes(cls) ? [node] : [];
  return [...own, ...byClass(node.props.children, cls)];
}

const flush = () => new Promise((r) => setImmediate(r));

beforeEach(() => taroMock.reset());

describe('MessageCentre (citizen 消息中心 and staff 工作消息)', () => {
  it('renders the title with the unread count and each message with its read state for screen readers', () => {
    const html = renderToStaticMarkup(<MessageCentre {...props({ state: ready([message(), message({ id: 'm2', read: true, title: '申请已提交', body: '已提交' })]) })} />);
    expect(html).toContain('class="ot-page messages"');
    expect(html).toContain('消息中心<span class="messages-unread">（1条未读）</span>');
    expect(html).toContain('class="messages-item messages-item--unread" role="listitem" aria-label="未读，申请已受理，已受理，办件编号A1"');
    expect(html).toContain('class="messages-item" role="listitem" aria-label="申请已提交，已提交"');
    expect(html.match(/messages-item__dot/g)).toHaveLength(1);
    expect(html).toContain(`<span class="messages-item__time">${messageTime(message().createdAt)}</span>`);
    expect(html).toContain('全部标为已读');
  });

  it('shows the WeChat line only where the server gives a label, with the error of a failed push', () => {
    const failed = message({ wechat: { status: 'FAILED', label: '微信提醒未发送', error: '用户拒收' } });
    expect(renderToStaticMarkup(<MessageCentre {...props({ state: ready([failed]) })} />)).toContain('<span class="messages-item__wechat messages-item__wechat--failed">微信提醒未发送：用户拒收</span>');
    expect(renderToStaticMarkup(<MessageCentre {...props()} />)).not.toContain('messages-item__wechat');
  });

  it('says the page’s own empty text, hides 全部标为已读 when all are read, and places `more` in the list', () => {
    const html = renderToStaticMarkup(<MessageCentre {...props({ empty: '暂无消息。', state: ready([]), more: <span className='more-slot' /> })} />);
    expect(html).toContain('<span class="messages-empty">暂无消息。</span>');
    expect(html).not.toContain('全部标为已读');
    expect(html).toMatch(/<div class="ot-section messages-list" role="list">.*<span class="more-slot"><\/span><\/div>/);
  });

  it('shows loading and errors instead of the list', () => {
    expect(renderToStaticMarkup(<MessageCentre {...props({ state: { status: 'loading' } })} />)).toContain('load-state--loading');
    const failed = renderToStaticMarkup(<MessageCentre {...props({ state: { status: 'error', error: new ApiError('INTERNAL', '服务暂不可用', 500) } })} />);
    expect(failed).toContain('服务暂不可用');
    expect(failed).not.toContain('messages-list');
  });

  it('marks an unread message read, then opens its page', async () => {
    const p = props();
    const [item] = byClass(MessageCentre(p), 'messages-item');
    item?.props.onClick?.();
    await flush();
    expect(p.markRead).toHaveBeenCalledWith('m1');
    expect(taroMock.navigations).toEqual(['/pages/case/index?id=c1']);
    expect(p.reload).not.toHaveBeenCalled();
  });

  it('reloads for a read message without a page, and does not mark it again', async () => {
    const p = props({ state: ready([message({ read: true, page: null })]) });
    byClass(MessageCentre(p), 'messages-item')[0]?.props.onClick?.();
    await flush();
    expect(p.markRead).not.toHaveBeenCalled();
    expect(taroMock.navigations).toEqual([]);
    expect(p.reload).toHaveBeenCalledTimes(1);
  });

  it('still opens the message when marking it read fails', async () => {
    const p = props({ markRead: jest.fn(() => Promise.reject(new Error('offline'))) });
    byClass(MessageCentre(p), 'messages-item')[0]?.props.onClick?.();
    await flush();
    expect(taroMock.navigations).toEqual(['/pages/case/index?id=c1']);
  });

  it('全部标为已读 reloads afterwards, also when the call failed', async () => {
    const p = props({ markAllRead: jest.fn(() => Promise.reject(new Error('offline'))) });
    byClass(MessageCentre(p), 'messages-read-all')[0]?.props.onClick?.();
    await flush();
    expect(p.markAllRead).toHaveBeenCalledTimes(1);
    expect(p.reload).toHaveBeenCalledTimes(1);
  });
});

describe('messageTime', () => {
  it('gives month, day and a zero-padded time', () => {
    expect(messageTime(new Date(2026, 0, 3, 7, 4).toISOString())).toBe('1月3日 07:04');
  });
});
