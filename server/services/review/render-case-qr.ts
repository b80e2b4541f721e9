import QRCode from 'qrcode';
import { errors } from '../../errors';
import { verifyCaseQr } from './case-qr';

/** Big enough for a hall scanner held at arm's length; the phone scales it to the screen. */
const QR_PIXELS = 480;

/**
 * GET /case-qr.png?t=<token>: the PNG of a case QR token, for <Image src> on both platforms. The signed token is
 * its own capability (it names only the case id, which tells a stranger nothing), so the image needs no login and
 * stops working when the token expires. The QR encodes the token exactly: the window's scanner types it into the
 * lookup field, or Taro.scanCode reads it.
 */
export async function renderCaseQr(key: Buffer, token: string | undefined, now = new Date()): Promise<{ png: Buffer; maxAgeSeconds: number }> {
  if (!token || token.length > 200 || !verifyCaseQr(key, token, now.getTime())) throw errors.badRequest('办件二维码已过期或无效，请刷新页面');
  const exp = Number(token.split('.')[1]);
  const png = await QRCode.toBuffer(token, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: QR_PIXELS });
  return { png, maxAgeSeconds: Math.max(0, exp - Math.floor(now.getTime() / 1000)) };
}
