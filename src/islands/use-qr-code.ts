// A QR code of an address, as SVG markup, for a printout made in the browser (the checklist's
// result, a handout). The QR library loads only once a code is wanted.
import { useEffect, useState } from 'react';

/** The SVG of a QR code for `url` while `wanted`, else an empty string. */
export function useQrCode(url: string, wanted: boolean): string {
  const [svg, setSvg] = useState('');
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    import('qrcode')
      .then((QRCode) => QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 0 }))
      .then((code) => current && setSvg(code))
      .catch(() => current && setSvg(''));
    return () => {
      current = false;
    };
  }, [url, wanted]);
  return wanted ? svg : '';
}
