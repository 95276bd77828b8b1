import type { MessageKey } from '../../../i18n/en';

/**
 * The sections of an investigation's workspace, in the order the work usually goes (INV-1..8).
 * `path` is relative to /investigations/$investigationId; '' is the overview.
 */
export interface WorkspaceSection {
  key: 'overview' | 'contacts' | 'safety' | 'risk' | 'findings' | 'decision' | 'safetyPlans';
  path: '' | 'contacts' | 'safety' | 'risk' | 'findings' | 'decision' | 'safety-plans';
  label: MessageKey;
}

export const workspaceSections: WorkspaceSection[] = [
  { key: 'overview', path: '', label: 'inv.nav.overview' },
  { key: 'contacts', path: 'contacts', label: 'inv.nav.contacts' },
  { key: 'safety', path: 'safety', label: 'inv.nav.safety' },
  { key: 'safetyPlans', path: 'safety-plans', label: 'inv.nav.safetyPlans' },
  { key: 'risk', path: 'risk', label: 'inv.nav.risk' },
  { key: 'findings', path: 'findings', label: 'inv.nav.findings' },
  { key: 'decision', path: 'decision', label: 'inv.nav.decision' },
];
