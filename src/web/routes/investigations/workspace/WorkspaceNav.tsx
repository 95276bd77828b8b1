import { useI18n } from '../../../i18n/I18nProvider';
import { SectionLink } from './SectionLink';
import { workspaceSections } from './workspace-sections';

/**
 * The workspace's section navigation: a USWDS side navigation beside the section on wide screens,
 * a compact wrapped list above it on a tablet or phone (investigation.css). The current section
 * is marked with `aria-current` as well as the USWDS highlight, so it is not shown by colour alone.
 */
export function WorkspaceNav({ investigationId }: { investigationId: string }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('inv.nav.label')} className="hearth-workspace-nav">
      <ul className="usa-sidenav">
        {workspaceSections.map((section) => (
          <li key={section.key} className="usa-sidenav__item">
            <SectionLink investigationId={investigationId} path={section.path} current>
              {t(section.label)}
            </SectionLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
