import type { CourierClient } from '../../adapters/courier/courier.port';

/** What the courier use cases need: the carrier port and where its pushes reach us. */
export interface CourierDeps {
  client: CourierClient;
  /** Public origin the carrier pushes to, without a trailing slash. */
  pushBase(): string;
}

export const COURIER_PUSH_PATH = '/api/v1/courier/ems/push';
