import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { WorkspaceSection } from './workspace-sections';

const activeProps = { className: 'usa-current', 'aria-current': 'page' as const };

/**
 * A link to one section of an investigation's workspace. `current` marks the link to the section
 * shown (the side navigation); elsewhere it is a plain link.
 */
export function SectionLink({
  investigationId,
  path,
  current = false,
  className,
  children,
}: {
  investigationId: string;
  path: WorkspaceSection['path'];
  current?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const params = { investigationId };
  const active = current ? activeProps : undefined;
  switch (path) {
    case '':
      return (
        <Link
          to="/investigations/$investigationId"
          params={params}
          className={className}
          activeOptions={{ exact: true, includeSearch: false }}
          activeProps={active}
        >
          {children}
        </Link>
      );
    case 'contacts':
      return (
        <Link to="/investigations/$investigationId/contacts" params={params} className={className} activeProps={active}>
          {children}
        </Link>
      );
    case 'safety':
      return (
        <Link to="/investigations/$investigationId/safety" params={params} className={className} activeProps={active}>
          {children}
        </Link>
      );
    case 'risk':
      return (
        <Link to="/investigations/$investigationId/risk" params={params} className={className} activeProps={active}>
          {children}
        </Link>
      );
    case 'findings':
      return (
        <Link to="/investigations/$investigationId/findings" params={params} className={className} activeProps={active}>
          {children}
        </Link>
      );
    case 'decision':
      return (
        <Link to="/investigations/$investigationId/decision" params={params} className={className} activeProps={active}>
          {children}
        </Link>
      );
    case 'safety-plans':
      // The safety-plan pages (INV-4, safety-plan/) sit under the workspace too.
      return (
        <Link to="/investigations/$investigationId/safety-plans" params={params} className={className} activeProps={active}>
          {children}
        </Link>
      );
  }
}
