/**
 * The one line that names a court paper's last day and the days left, e.g.
 * "支付令异议截止：2026年12月13日（还有 10 天）", from the plan's CourtDeadline. Used by the plan's
 * first block and by the letter pages, so both say the same thing (text: plan.json `court.*`).
 */
import type { TFunction } from 'i18next';
import type { CourtDeadline } from '../rules/plan';
import { formatDate } from '../lib/format';
import { dateOf } from '../lib/today';

export function deadlineHeadline(
  t: TFunction,
  d: CourtDeadline | undefined,
  locale: string,
): string {
  if (!d) return t('plan:court.headline_no_paper');
  if (d.lastDay === null || d.daysLeft === null) return t(`plan:court.headline_unknown.${d.paper}`);
  const left =
    d.daysLeft > 0
      ? t('plan:court.left', { count: d.daysLeft })
      : d.daysLeft === 0
        ? t('plan:court.left_today')
        : t('plan:court.passed', { count: -d.daysLeft });
  return t('plan:court.with_left', {
    headline: t(`plan:court.headline.${d.paper}`, { date: formatDate(dateOf(d.lastDay), locale) }),
    left,
  });
}
