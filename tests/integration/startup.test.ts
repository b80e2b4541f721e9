import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

interface Proc {
  child: ChildProcessWithoutNullStreams;
  out: () => string;
  err: () => string;
  exit: Promise<number | null>;
}

function start(env: Record<string, string>): Proc {
  const child = spawn(TSX, ['server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', PORT: '0', LOG_LEVEL: 'warn', H5_DIR: path.join(ROOT, 'tests/fixtures/h5'), ...env },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out: () => out, err: () => err, exit };
}

async function waitForUrl(p: Proc, timeoutMs = 90_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(p.out());
    if (m) return m[1]!;
    if (p.child.exitCode !== null) throw new Error(`server exited early: ${p.err()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no URL printed in time; stderr: ${p.err()}`);
}

describe('npm start on the embedded default', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onetrip-start-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('prints one URL, serves the API, refuses a second server on the same data folder, and keeps data across restarts', async () => {
    const first = start({ DATA_DIR: dataDir });
    const url = await waitForUrl(first);
    expect(first.out().match(/http:\/\//g)).toHaveLength(1);
    const home = (await (await fetch(url + 'api/v1/home')).json()) as { stats: { regions: number } };
    expect(home.stats.regions).toBe(1039);

    const second = start({ DATA_DIR: dataDir });
    expect(await second.exit).toBe(1);
    expect(second.err()).toMatch(/already in use by process \d+/);
    expect((await fetch(url + 'readyz')).status).toBe(200); // the first one is untouched

    first.child.kill('SIGTERM');
    expect(await first.exit).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'onetrip.lock'))).toBe(false);

    // A lock left by a killed process does not block the next start.
    fs.writeFileSync(path.join(dataDir, 'onetrip.lock'), '999999');
    const third = start({ DATA_DIR: dataDir });
    const url3 = await waitForUrl(third);
    const again = (await (await fetch(url3 + 'api/v1/home')).json()) as { stats: { regions: number } };
    expect(again.stats.regions).toBe(1039);
    third.child.kill('SIGTERM');
    expect(await third.exit).toBe(0);
  }, 240_000);

  it('fails fast with every configuration problem listed', async () => {
    const bad = start({ DATA_DIR: dataDir, PORT: 'eighty', CORS_ORIGINS: 'not a url', LOG_LEVEL: 'loud' });
    expect(await bad.exit).toBe(1);
    expect(bad.err()).toContain('PORT');
    expect(bad.err()).toContain('CORS_ORIGINS');
    expect(bad.err()).toContain('LOG_LEVEL');
  }, 60_000);
});
