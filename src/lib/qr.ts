/**
 * QR codes drawn on this device: the `qrcode` package (loaded on demand) computes the modules and
 * we return one SVG path of them, so React renders the code without innerHTML or any network.
 */
export type QrShape = { size: number; path: string };

export async function qrShape(text: string): Promise<QrShape> {
  const QRCode = await import('qrcode');
  const create = QRCode.create ?? (QRCode as unknown as { default: typeof QRCode }).default.create;
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  let path = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (modules.get(y, x)) path += `M${x} ${y}h1v1h-1z`;
    }
  }
  return { size, path };
}
