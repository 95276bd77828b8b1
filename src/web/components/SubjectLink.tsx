import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { subjectPage } from '../lib/tasks';

/** A link to the report or investigation a task, reminder or approval is about; plain text for records without a page. */
export function SubjectLink({
  subjectType,
  subjectId,
  label,
  children,
}: {
  subjectType: string | undefined;
  subjectId: string | undefined;
  label?: string;
  children: ReactNode;
}) {
  const page = subjectPage(subjectType, subjectId);
  if (page?.kind === 'report') {
    return (
      <Link to="/reports/$reportId" params={{ reportId: page.id }} aria-label={label}>
        {children}
      </Link>
    );
  }
  if (page?.kind === 'investigation') {
    return (
      <Link to="/investigations/$investigationId" params={{ investigationId: page.id }} aria-label={label}>
        {children}
      </Link>
    );
  }
  return <>{children}</>;
}
