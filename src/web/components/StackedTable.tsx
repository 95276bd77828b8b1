import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/**
 * The intake's USWDS list tables: a hidden caption, named columns, and a last column for a row
 * action whose header is only for screen readers. Rows stack on a narrow (tablet) screen.
 */
export function StackedTable({ caption, columns, children }: { caption: string; columns: string[]; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
      <caption className="usa-sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
          <th scope="col">
            <span className="usa-sr-only">{t('field.action')}</span>
          </th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** The "Remove" cell of a StackedTable row; its accessible name says which row it removes. */
export function RemoveCell({ accessibleName, busy, onRemove }: { accessibleName: string; busy: boolean; onRemove: () => void }) {
  const { t } = useI18n();
  return (
    <td data-label={t('field.action')}>
      <button type="button" className="usa-button usa-button--unstyled" disabled={busy} aria-label={accessibleName} onClick={onRemove}>
        {t('common.remove')}
      </button>
    </td>
  );
}
