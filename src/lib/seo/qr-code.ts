// A QR code of a page's address as inline SVG, for printed pages to lead back to the site.
import QRCode from 'qrcode';

/** The SVG markup of a QR code for `url` (error correction M, no margin). */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 0, color: { dark: '#000000', light: '#ffffff' } });
}
