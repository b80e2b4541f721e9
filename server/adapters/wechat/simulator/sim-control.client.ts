/**
 * Client of the simulator's /__sim/ control surface, for demo mode: the H5 build has no wx.login, so the server
 * asks the simulator for the code a phone would have received.
 */
export async function requestSimLoginCode(baseUrl: string, openid: string): Promise<string> {
  const res = await fetch(`${baseUrl.replace(/\/$/, '')}/__sim/login-code`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ openid }),
    signal: AbortSignal.timeout(5000),
  });
  if (!res.ok) throw new Error(`simulator answered ${res.status}`);
  return ((await res.json()) as { code: string }).code;
}
