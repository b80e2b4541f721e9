import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger';

/** Raised when another live process already serves the same data folder. */
export class DataDirLockedError extends Error {
  constructor(public readonly dir: string, public readonly pid: number) {
    super(
      `The embedded database in ${dir} is already in use by process ${pid}. ` +
        `Stop that process first (or point DATA_DIR at another folder); two servers on one data folder would corrupt it.`,
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Take an exclusive lock on the data folder. PGlite does not lock its directory itself, and two processes writing
 * one cluster would corrupt it. The lock file holds our pid; a lock left by a dead process (SIGKILL) is taken over.
 */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, 'onetrip.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockPath, 'utf8').trim() === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number.parseInt(fs.readFileSync(lockPath, 'utf8').trim(), 10);
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) throw new DataDirLockedError(dir, pid);
      // Stale lock from a process that died: remove and retry. Another starter racing us loses at openSync('wx').
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock ${dir}`);
}

export interface EmbeddedDatabase {
  connectionString: string;
  stop(): Promise<void>;
}

/**
 * The embedded default: PGlite (PostgreSQL compiled to WASM) persisted in a plain folder and served over the
 * Postgres wire protocol on loopback, so the app reaches it through the same adapter-pg path as production.
 * Traps handled here: it does not lock its folder (we do); it runs one transaction at a time, so the server side
 * allows a few connections while the app's pool keeps to one (with maxConnections 1, one failed query would
 * kill the only connection).
 */
export async function startEmbeddedDatabase(opts: { dataDir: string; log: Logger; port?: number }): Promise<EmbeddedDatabase> {
  const release = lockDataDir(opts.dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
    const pgDir = path.join(opts.dataDir, 'pglite');
    const started = Date.now();
    const pg = await PGlite.create(pgDir);
    const server = new PGLiteSocketServer({ db: pg, host: '127.0.0.1', port: opts.port ?? 0, maxConnections: 4 });
    await server.start();
    const conn = server.getServerConn(); // "127.0.0.1:PORT"
    opts.log.info({ dataDir: pgDir, conn, ms: Date.now() - started }, 'embedded database started');
    return {
      connectionString: `postgresql://postgres@${conn}/postgres?sslmode=disable`,
      async stop() {
        try {
          await server.stop();
          await pg.close();
        } finally {
          release();
        }
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}
