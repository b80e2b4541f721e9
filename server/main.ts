import { DataDirLockedError } from './db/embedded';
import { ConfigError, loadEnv } from './env';
import { createLogger } from './logger';
import { startServer } from './server';

// Entry point of `npm start`. Prints one URL on stdout for people; everything else is JSON logs.
async function main(): Promise<void> {
  let env;
  try {
    env = loadEnv();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  const log = createLogger({ level: env.LOG_LEVEL });
  let running;
  try {
    running = await startServer(env, log);
  } catch (e) {
    if (e instanceof DataDirLockedError) {
      process.stderr.write(`\n${e.message}\n`);
      process.exit(1);
    }
    log.fatal({ err: e }, 'start failed');
    process.stderr.write(`\n启动失败: ${(e as Error).message}\n`);
    process.exit(1);
  }
  process.stdout.write(`\nOneTrip 最多跑一次 is running (${running.mode === 'embedded' ? 'embedded database in ' + env.DATA_DIR : 'PostgreSQL from DATABASE_URL'}):\n\n  ${running.url}\n\n`);
  const onSignal = (sig: NodeJS.Signals) => {
    log.info({ signal: sig }, 'signal received');
    running
      .stop()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

void main();
