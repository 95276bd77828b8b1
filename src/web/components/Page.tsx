import { type ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';

// The first page of a visit keeps the browser's normal focus; later route changes move focus to
// the new heading so screen-reader users hear that the page changed.
let firstPageShown = false;

/** A page: its `<h1>`, the document title, and focus on the heading after navigation. */
export function Page({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = t('app.pageTitle', { page: title });
  }, [t, title]);

  useEffect(() => {
    if (firstPageShown) heading.current?.focus();
    firstPageShown = true;
  }, []);

  return (
    <>
      <h1 ref={heading} tabIndex={-1} className="hearth-page-heading">
        {title}
      </h1>
      {children}
    </>
  );
}
