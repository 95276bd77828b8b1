import type { familyAssessmentDomains } from '../../../../domain/code-lists';
import type { AssessmentContent, AssessmentSave } from '../../../api/family-assessment';

/**
 * The assessment form's values and how they travel (FCA-1, FCA-3, FCA-4). The form keeps the
 * content's own shape under `content`, so a server field path (`content.needs.0.text`) is the
 * form's field name as it is, and a field problem lands next to its field without translation.
 */

export type Domain = (typeof familyAssessmentDomains)[number];
export type ContributionKind = 'internal_consultant' | 'external_provider';

export interface DomainValues {
  domain: Domain;
  strengths: string;
  needs: string;
  evidence: string;
}

export interface ContributionValues {
  id: string;
  kind: ContributionKind;
  name: string;
  roleOrOrganisation: string;
  date: string;
  summary: string;
}

export interface NeedValues {
  id: string;
  personIds: string[];
  domain: Domain | '';
  text: string;
}

export interface AssessmentValues {
  content: {
    members: Array<{ personId: string; domains: DomainValues[] }>;
    protectiveFactors: string;
    naturalSupports: string;
    contributions: ContributionValues[];
    sharing: { shared: boolean; sharedOn: string; familyResponse: string };
    needs: NeedValues[];
  };
}

/**
 * Every member of the case gets every domain, filled from what the version already says; so the
 * worker sees the whole grid, and the grid's order (members, then domains) is the order it is sent.
 */
export function toFormValues(content: AssessmentContent, memberIds: string[], domains: readonly Domain[]): AssessmentValues {
  return {
    content: {
      members: memberIds.map((personId) => {
        const saved = content.members.find((m) => m.personId === personId);
        return {
          personId,
          domains: domains.map((domain) => {
            const entry = saved?.domains.find((d) => d.domain === domain);
            return { domain, strengths: entry?.strengths ?? '', needs: entry?.needs ?? '', evidence: entry?.evidence ?? '' };
          }),
        };
      }),
      protectiveFactors: content.protectiveFactors,
      naturalSupports: content.naturalSupports,
      contributions: content.contributions.map((c) => ({ ...c })),
      sharing: { shared: content.sharing.shared, sharedOn: content.sharing.sharedOn ?? '', familyResponse: content.sharing.familyResponse },
      needs: content.needs.map((n) => ({ ...n, personIds: [...n.personIds] })),
    },
  };
}

/** What the form sends: a date only when the family was told, the choices the server checks as they are. */
export function toSave(version: number, values: AssessmentValues): AssessmentSave {
  const { content } = values;
  return {
    version,
    content: {
      members: content.members,
      protectiveFactors: content.protectiveFactors,
      naturalSupports: content.naturalSupports,
      contributions: content.contributions,
      sharing: {
        shared: content.sharing.shared,
        sharedOn: content.sharing.shared && content.sharing.sharedOn ? content.sharing.sharedOn : null,
        familyResponse: content.sharing.familyResponse,
      },
      needs: content.needs.map((n) => ({ ...n, personIds: asList(n.personIds), domain: n.domain as Domain })),
    },
  };
}

// A checkbox group with one box can hand back a lone string or `false` instead of a list.
const asList = (value: unknown): string[] => (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []);

/** The server names one chosen person (`content.needs.0.personIds.1`); the form has one group for them all. */
export const formPathFor = (serverPath: string) => serverPath.replace(/^(content\.needs\.\d+\.personIds)\.\d+$/, '$1');

/** Every field a server problem may name, in the order the form shows them (for the error summary). */
export function fieldNames(values: AssessmentValues): string[] {
  const { content } = values;
  return [
    ...content.members.flatMap((m, i) => m.domains.flatMap((_, j) => ['strengths', 'needs', 'evidence'].map((f) => `content.members.${i}.domains.${j}.${f}`))),
    'content.protectiveFactors',
    'content.naturalSupports',
    ...content.contributions.flatMap((_, i) => ['kind', 'name', 'roleOrOrganisation', 'date', 'summary'].map((f) => `content.contributions.${i}.${f}`)),
    'content.sharing.sharedOn',
    'content.sharing.familyResponse',
    'content.needs',
    ...content.needs.flatMap((_, i) => ['personIds', 'domain', 'text'].map((f) => `content.needs.${i}.${f}`)),
  ];
}

export const blankContribution = (id: string): ContributionValues => ({
  id,
  kind: 'internal_consultant',
  name: '',
  roleOrOrganisation: '',
  date: '',
  summary: '',
});
export const blankNeed = (id: string): NeedValues => ({ id, personIds: [], domain: '', text: '' });
