// QR codes as data URLs (join panel on the projector, printed cards). The qrcode package is
// only needed on those screens: loaded on demand, not with the home page.

type QrModule = typeof import('qrcode');

let qrModule: Promise<QrModule> | null = null;

function loadQr(): Promise<QrModule> {
  qrModule ??= import('qrcode').then((m) => ((m as unknown as { default?: QrModule }).default ?? m) as QrModule);
  qrModule.catch(() => (qrModule = null)); // a failed download may be tried again
  return qrModule;
}

/** A black-on-white PNG data URL of `text`, `widthPx` wide (error correction M, 2-module margin). */
export async function qrDataUrl(text: string, widthPx: number): Promise<string> {
  const qr = await loadQr();
  return qr.toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width: widthPx, color: { dark: '#000000', light: '#ffffff' } });
}
