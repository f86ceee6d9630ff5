/** The title slide's QR code, drawn at build time. */
import QRCode from 'qrcode';

/** `url` as an SVG QR code: dark modules on a white quiet zone, which phones read on any theme. */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
}
