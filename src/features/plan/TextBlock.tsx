import { useTranslation } from 'react-i18next';

type Props = { i18nKey: string; values?: Record<string, unknown>; as?: 'ul' | 'ol' };

/** Content that may be one paragraph or a list of lines: renders whichever the text file holds. */
export function TextBlock({ i18nKey, values, as = 'ul' }: Props) {
  const { t } = useTranslation();
  const value: unknown = t(i18nKey, { ...values, returnObjects: true });
  if (Array.isArray(value)) {
    const List = as;
    return (
      <List>
        {value.map((line, i) => (
          <li key={i}>{String(line)}</li>
        ))}
      </List>
    );
  }
  return <p>{String(value)}</p>;
}
