/**
 * The courier the results travel with (EMS, 中国邮政速递物流), as a port: waybills, cancellation, tracking and
 * signed pushes. The real adapter (ems.client.ts) talks to the carrier's open platform; the simulator
 * (simulator/ems.sim.ts) speaks the same protocol on loopback in dev, demo and tests.
 */
export interface CourierClient {
  /** Carrier code stored on shipments. */
  readonly carrier: string;
  /** Display name (notifications, labels). */
  readonly carrierName: string;
  /** Create a waybill. The carrier keys orders by orderNo: asking twice returns the same waybill. */
  createWaybill(req: TWaybillRequest): Promise<{ waybillNo: string }>;
  /** Cancel before pickup; the carrier refuses (CourierError CANNOT_CANCEL) once collected. */
  cancelWaybill(waybillNo: string): Promise<void>;
  /** All tracking events so far (polling covers lost pushes). */
  track(waybillNo: string): Promise<TTrackEvent[]>;
  /** Verify a push over its raw body (signature, 5-minute window) and parse it; throws CourierPushError. */
  openPush(rawBody: string, header: (name: string) => string | undefined): TCourierPush;
}

export interface TParty {
  name: string;
  phone: string;
  /** Full address as printed on the label. */
  address: string;
  regionCode: string;
}

export interface TWaybillRequest {
  /** Our idempotency key (the shipment id). */
  orderNo: string;
  sender: TParty;
  receiver: TParty;
  /** What is inside (e.g. 营业执照). */
  cargo: string;
  /** Where the carrier pushes tracking events. */
  callbackUrl: string;
}

export type TTrackStatus = 'PICKED_UP' | 'IN_TRANSIT' | 'OUT_FOR_DELIVERY' | 'DELIVERED' | 'FAILED' | 'RETURNED';

export interface TTrackEvent {
  waybillNo: string;
  status: TTrackStatus;
  /** ISO time the carrier recorded it. */
  occurredAt: string;
  description: string;
  location: string | null;
}

export interface TCourierPush {
  waybillNo: string;
  events: TTrackEvent[];
}

export class CourierError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(`courier ${code}: ${message}`);
    this.name = 'CourierError';
  }
}

export type CourierPushProblem = 'missing_headers' | 'stale' | 'bad_signature' | 'bad_body';

export class CourierPushError extends Error {
  constructor(public readonly problem: CourierPushProblem) {
    super(`courier push refused: ${problem}`);
    this.name = 'CourierPushError';
  }
}
