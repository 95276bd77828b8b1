import { useI18n } from '../../../i18n/I18nProvider';
import type { ComparedSection } from './functional-model';

/** The chart's table alternative: one row per item, one column per assessment, grouped by section. */
export function RatingTable({ sections, dates, caption }: { sections: ComparedSection[]; dates: string[]; caption: string }) {
  const { t } = useI18n();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex lint/a11y/useSemanticElements: a scrolling table must take keyboard focus to be scrolled (WCAG 2.1.1); USWDS's scroll container is a labelled region
    <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={caption}>
      <table className="usa-table usa-table--borderless">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('functional.table.item')}</th>
            {dates.map((date, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one column per assessment, in a fixed order; two may share a date
              <th scope="col" key={`${date}-${i}`}>
                {date}
              </th>
            ))}
          </tr>
        </thead>
        {sections.map((section) => (
          <tbody key={section.key}>
            <tr>
              <th scope="rowgroup" colSpan={dates.length + 1} className="bg-base-lightest">
                {section.title}
              </th>
            </tr>
            {section.items.map((item) => (
              <tr key={item.key}>
                <th scope="row">
                  {item.label} <span className="text-base-dark">({t(`functional.facet.${item.facet}`)})</span>
                </th>
                {item.ratings.map((rating, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: one cell per assessment column
                  <td key={i}>{rating === null ? t('functional.table.notRated') : rating}</td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
