import { createContext, type ReactNode, useContext, useEffect, useRef } from 'react';
import type { Investigation } from '../../../api/types';

interface Workspace {
  investigation: Investigation;
  /** False only while the workspace first renders, so opening the page keeps the page's own focus. */
  sectionChanged: { current: boolean };
}

const WorkspaceContext = createContext<Workspace | null>(null);

/** Gives every section the investigation the workspace loaded (the sections are child routes). */
export function WorkspaceProvider({ investigation, children }: { investigation: Investigation; children: ReactNode }) {
  const sectionChanged = useRef(false);
  // Runs after the first section's own effects: from now on a newly shown section takes focus.
  useEffect(() => {
    sectionChanged.current = true;
  }, []);
  return <WorkspaceContext.Provider value={{ investigation, sectionChanged }}>{children}</WorkspaceContext.Provider>;
}

function useWorkspace(): Workspace {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('Investigation sections render inside <WorkspaceProvider>');
  return value;
}

/** The investigation this section belongs to. */
export const useWorkspaceInvestigation = () => useWorkspace().investigation;

/**
 * A section's heading (h2). When the user moves between sections the new heading takes focus, so
 * a screen reader announces where they are; the page's h1 keeps focus when the page first opens.
 */
export function SectionHeading({ id, children }: { id: string; children: ReactNode }) {
  const { sectionChanged } = useWorkspace();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (sectionChanged.current) heading.current?.focus();
  }, [sectionChanged]);
  return (
    <h2 id={id} ref={heading} tabIndex={-1} className="hearth-page-heading margin-top-0">
      {children}
    </h2>
  );
}
