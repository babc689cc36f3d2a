import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { qrShape, type QrShape } from '../../lib/qr';
import { linkFit } from '../../lib/plan-link';

const QUIET_ZONE = 4;

/** Whether lender names are in the link, and how to leave them out (a shorter link). */
export type LinkNames = { included: boolean; leaveOut: () => void };

/**
 * The QR section's body: the plan link as a QR code, drawn on this device as SVG (also printed),
 * with the words that go with it. The words say "scan" only beside a code that is there: a link
 * too long for a code a phone can read gets no code and says so, and offers leaving names out.
 */
export function PlanQrCode({ text, names }: { text: string; names?: LinkNames }) {
  const { t } = useTranslation('plan');
  const fits = linkFit(text).qr;
  const [shape, setShape] = useState<{ text: string; shape: QrShape | 'failed' } | null>(null);
  useEffect(() => {
    if (!fits) return;
    let live = true;
    qrShape(text).then(
      (s) => live && setShape({ text, shape: s }),
      () => live && setShape({ text, shape: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [text, fits]);

  if (!fits) {
    return (
      <div className="plan-qr__body" data-testid="plan-qr-none">
        <div>
          <p>{t('qr.too_long')}</p>
          {names?.included && (
            <p className="no-print">
              {t('qr.shorter_without_names')}{' '}
              <button
                type="button"
                className="link-button"
                onClick={(event) => {
                  // The button goes away once the code is there: focus the section's heading.
                  event.currentTarget.closest('section')?.querySelector<HTMLElement>('h2')?.focus();
                  names.leaveOut();
                }}
              >
                {t('qr.leave_names_out')}
              </button>
            </p>
          )}
        </div>
      </div>
    );
  }
  const current = shape?.text === text ? shape.shape : null;
  if (current === 'failed') {
    return (
      <div className="plan-qr__body" data-testid="plan-qr-none">
        <p>{t('qr.failed')}</p>
      </div>
    );
  }
  // While the code is being drawn (a moment), nothing is said about it yet.
  if (!current) return <div className="plan-qr__body" aria-busy="true" />;
  const full = current.size + QUIET_ZONE * 2;
  return (
    <div className="plan-qr__body">
      <svg
        className="plan-qr__code"
        viewBox={`0 0 ${full} ${full}`}
        role="img"
        aria-label={t('qr.alt')}
        shapeRendering="crispEdges"
        data-testid="plan-qr"
      >
        <rect width={full} height={full} fill="#fff" />
        <path d={current.path} transform={`translate(${QUIET_ZONE} ${QUIET_ZONE})`} fill="#000" />
      </svg>
      <div>
        <p>{t('qr.caption')}</p>
        <p className="plan-qr__note">{t('qr.note')}</p>
      </div>
    </div>
  );
}
