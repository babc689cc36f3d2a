import { useTranslation } from 'react-i18next';
import { entryFlags, sortEntries, type LogEntry } from '../store/log-store';
import { formatDate } from '../lib/format';
import './negotiation-log-table.css';

type Props = {
  entries: readonly LogEntry[];
  /** With these, each row gets change/delete buttons (hidden when printed). */
  onEdit?: (id: string) => void;
  onDelete?: (id: string) => void;
};

/**
 * The negotiation log as a printable table, oldest contact first. Contacts at night or with
 * family are marked in words, not colour alone. Everything the user typed is shown as text.
 * Shared: the log page edits through it; the plan page may include it read-only.
 */
export function NegotiationLogTable({ entries, onEdit, onDelete }: Props) {
  const { t, i18n } = useTranslation('tools');
  const withActions = Boolean(onEdit || onDelete);
  const empty = t('log_table.empty_cell');
  const rows = sortEntries(entries);
  return (
    // A scrollable region must be reachable by keyboard, so it takes focus and has a name.
    <div
      className="log-table-wrap"
      role="region"
      aria-label={t('log_table.scroll_label')}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <table className="log-table">
        <caption>{t('log_table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('log_table.date_time')}</th>
            <th scope="col">{t('log_table.lender')}</th>
            <th scope="col">{t('log_table.channel')}</th>
            <th scope="col">{t('log_table.person')}</th>
            <th scope="col">{t('log_table.offered')}</th>
            <th scope="col">{t('log_table.result')}</th>
            <th scope="col">{t('log_table.written')}</th>
            <th scope="col">{t('log_table.flags')}</th>
            {withActions && (
              <th scope="col" className="log-table__actions no-print">
                {t('log_table.actions')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((entry) => {
            const date = formatDate(localDay(entry.date), i18n.language);
            const rowLabel = t('log_table.row_label', { date, lender: entry.lender });
            return (
              <tr key={entry.id}>
                <th scope="row">
                  {date}
                  {entry.time && <span className="log-table__time"> {entry.time}</span>}
                </th>
                <td>{entry.lender}</td>
                <td>{t(`log.channels.${entry.channel}`)}</td>
                <td>{entry.person || empty}</td>
                <td>{entry.offered || empty}</td>
                <td>{entry.result || empty}</td>
                <td>{entry.writtenConfirmation ? t('log_table.yes') : t('log_table.no')}</td>
                <td>
                  {entryFlags(entry).map((flag) => (
                    <span className="log-flag" key={flag}>
                      {t(`log.flags.${flag}`)}
                    </span>
                  ))}
                </td>
                {withActions && (
                  <td className="log-table__actions no-print">
                    {onEdit && (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => onEdit(entry.id)}
                      >
                        {t('log_table.edit')}
                        <span className="visually-hidden"> {rowLabel}</span>
                      </button>
                    )}
                    {onDelete && (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => onDelete(entry.id)}
                      >
                        {t('log_table.delete')}
                        <span className="visually-hidden"> {rowLabel}</span>
                      </button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** "2026-11-20" as a local calendar day (not UTC midnight). */
function localDay(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}
