import { isUsable, matchWallet, type WalletEntryFacts } from '../../../shared/domain/wallet/match-wallet';

const entry = (id: string, materialTypeCode: string, trustLevel: WalletEntryFacts['trustLevel'], extra: Partial<WalletEntryFacts> = {}): WalletEntryFacts => ({
  id,
  materialTypeCode,
  trustLevel,
  validUntil: null,
  revoked: false,
  since: '2026-01-01T00:00:00.000Z',
  ...extra,
});

describe('matchWallet', () => {
  it('offers the most trusted usable entry of the material type, auto-selecting only A and B', () => {
    const wallet = [entry('c', 'ID_CARD', 'C'), entry('a', 'ID_CARD', 'A'), entry('d', 'HOUSEHOLD', 'D'), entry('b', 'LICENCE', 'B')];
    const needs = [
      { id: 'm1', materialTypeCode: 'ID_CARD' },
      { id: 'm2', materialTypeCode: 'HOUSEHOLD' },
      { id: 'm3', materialTypeCode: 'LICENCE' },
      { id: 'm4', materialTypeCode: null },
      { id: 'm5', materialTypeCode: 'MARRIAGE' },
    ];
    expect(matchWallet(needs, wallet, '2026-11-25')).toEqual([
      { materialId: 'm1', walletItemId: 'a', autoSelect: true, alternatives: ['c'] },
      { materialId: 'm2', walletItemId: 'd', autoSelect: false, alternatives: [] },
      { materialId: 'm3', walletItemId: 'b', autoSelect: true, alternatives: [] },
      { materialId: 'm4', walletItemId: null, autoSelect: false, alternatives: [] },
      { materialId: 'm5', walletItemId: null, autoSelect: false, alternatives: [] },
    ]);
  });

  it('skips revoked and expired entries (valid through the last day) and prefers the newer of equals', () => {
    const wallet = [
      entry('old', 'ID_CARD', 'A', { since: '2025-01-01T00:00:00.000Z' }),
      entry('new', 'ID_CARD', 'A', { since: '2026-06-01T00:00:00.000Z' }),
      entry('expired', 'ID_CARD', 'A', { validUntil: '2026-11-24', since: '2026-10-01T00:00:00.000Z' }),
      entry('revoked', 'ID_CARD', 'A', { revoked: true, since: '2026-11-01T00:00:00.000Z' }),
    ];
    expect(matchWallet([{ id: 'm', materialTypeCode: 'ID_CARD' }], wallet, '2026-11-25')[0]).toEqual({ materialId: 'm', walletItemId: 'new', autoSelect: true, alternatives: ['old'] });
    expect(isUsable(entry('x', 'T', 'A', { validUntil: '2026-11-25' }), '2026-11-25')).toBe(true);
    expect(isUsable(entry('x', 'T', 'A', { validUntil: '2026-11-24' }), '2026-11-25')).toBe(false);
  });
});
