import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { qrShape, type QrShape } from '../../lib/qr';

const QUIET_ZONE = 4;

/** The plan link as a QR code, drawn on this device as SVG (also printed). */
export function PlanQrCode({ text }: { text: string }) {
  const { t } = useTranslation('plan');
  const [shape, setShape] = useState<{ text: string; shape: QrShape } | null>(null);
  useEffect(() => {
    let live = true;
    qrShape(text).then(
      (s) => live && setShape({ text, shape: s }),
      () => live && setShape(null),
    );
    return () => {
      live = false;
    };
  }, [text]);
  if (!shape || shape.text !== text) return null;
  const full = shape.shape.size + QUIET_ZONE * 2;
  return (
    <svg
      className="plan-qr__code"
      viewBox={`0 0 ${full} ${full}`}
      role="img"
      aria-label={t('qr.alt')}
      shapeRendering="crispEdges"
      data-testid="plan-qr"
    >
      <rect width={full} height={full} fill="#fff" />
      <path d={shape.shape.path} transform={`translate(${QUIET_ZONE} ${QUIET_ZONE})`} fill="#000" />
    </svg>
  );
}
