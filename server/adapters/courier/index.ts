import type { Env } from '../../env';
import type { CourierClient } from './courier.port';
import { createEmsClient } from './ems.client';
import { startEmsSimulator, type EmsSimulator } from './simulator/ems.sim';

export type { CourierClient } from './courier.port';

export interface CourierWiring {
  client: CourierClient;
  baseUrl: string;
  /** Set when the server started its own EMS simulator (COURIER_API_BASE unset outside production). */
  simulator?: EmsSimulator;
  stop(): Promise<void>;
}

/** Simulator credentials (dev and tests only; production requires real ones). */
export const EMS_SIM_CREDENTIALS = { appKey: 'onetrip-sim', appSecret: 'onetrip-ems-sim-app-secret-000000', pushSecret: 'onetrip-ems-sim-push-secret-00000' };

/** The courier adapter from config; without COURIER_API_BASE a loopback EMS simulator is started. */
export async function createCourier(env: Env): Promise<CourierWiring> {
  if (env.COURIER_API_BASE) {
    const client = createEmsClient({ baseUrl: env.COURIER_API_BASE, appKey: env.COURIER_APP_KEY ?? '', appSecret: env.COURIER_APP_SECRET ?? '', pushSecret: env.COURIER_PUSH_SECRET ?? '' });
    return { client, baseUrl: env.COURIER_API_BASE, stop: async () => undefined };
  }
  if (env.NODE_ENV === 'production') throw new Error('COURIER_API_BASE is required in production');
  const simulator = await startEmsSimulator({ ...EMS_SIM_CREDENTIALS, autoStepMs: env.COURIER_SIM_STEP_MS });
  return { client: createEmsClient({ baseUrl: simulator.url, ...EMS_SIM_CREDENTIALS }), baseUrl: simulator.url, simulator, stop: () => simulator.stop() };
}
