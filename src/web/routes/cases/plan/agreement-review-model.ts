import type { CasePlan, NewAgreement, NewReview } from '../../../api/case-plan';

/** Form values of a parent's or child's answer to the plan (PLAN-1) and their API body. */
export interface AgreementValues {
  personId: string;
  signerRole: 'parent' | 'child' | 'caregiver' | '';
  outcome: 'agreed' | 'disagreed' | 'not_reached' | '';
  ownWords: string;
  method: 'typed' | 'drawn';
  typedName: string;
  efforts: string;
}

export const emptyAgreement: AgreementValues = { personId: '', signerRole: '', outcome: '', ownWords: '', method: 'typed', typedName: '', efforts: '' };

/** A case role's usual signing role: a child on the case signs as a child, a parent as a parent. */
export function signerRoleFor(caseRole: string): AgreementValues['signerRole'] {
  if (caseRole === 'parent') return 'parent';
  if (caseRole === 'alleged_victim' || caseRole === 'child') return 'child';
  return 'caregiver';
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Someone not reached does not sign; someone who answered signs typed or drawn, never both. */
export function toAgreement(values: AgreementValues, id: string, planVersion: number, drawing: string | null): NewAgreement {
  const reached = values.outcome !== 'not_reached';
  return {
    id,
    planVersion,
    personId: values.personId,
    signerRole: values.signerRole as NewAgreement['signerRole'],
    outcome: values.outcome as NewAgreement['outcome'],
    ownWords: orNull(values.ownWords),
    method: reached ? values.method : null,
    typedName: reached && values.method === 'typed' ? orNull(values.typedName) : null,
    drawing: reached && values.method === 'drawn' ? drawing : null,
    efforts: reached ? null : orNull(values.efforts),
  };
}

/** One objective's row of a progress review (PLAN-6); a row with no rating is not reviewed this time. */
export interface RatingValues {
  objectiveId: string;
  rating: string;
  evidence: string;
  evidenceFrom: 'parent' | 'child' | 'provider' | 'worker' | 'other' | '';
  givenByPersonId: string;
  givenByName: string;
  outcome: 'continue' | 'achieved' | 'revise' | 'drop' | '';
}

export interface ReviewValues {
  reviewedOn: string;
  familyView: string;
  meetingId: string;
  ratings: RatingValues[];
}

/** The objectives still open, each a blank row. */
export function emptyReview(plan: Pick<CasePlan, 'objectives'>, today: string): ReviewValues {
  return {
    reviewedOn: today,
    familyView: '',
    meetingId: '',
    ratings: plan.objectives
      .filter((o) => o.status === 'open')
      .map((o) => ({ objectiveId: o.id, rating: '', evidence: '', evidenceFrom: '', givenByPersonId: '', givenByName: '', outcome: 'continue' })),
  };
}

/** The rows the reviewer rated, and their positions in the form (to put the server's `ratings.N` errors back). */
export function ratedRows(values: ReviewValues): number[] {
  return values.ratings.flatMap((r, i) => (r.rating ? [i] : []));
}

export function toReview(values: ReviewValues, id: string): NewReview {
  return {
    id,
    reviewedOn: values.reviewedOn,
    familyView: values.familyView.trim(),
    meetingId: orNull(values.meetingId),
    ratings: ratedRows(values).map((i) => {
      const r = values.ratings[i] as RatingValues;
      const fromPerson = r.evidenceFrom === 'parent' || r.evidenceFrom === 'child';
      return {
        objectiveId: r.objectiveId,
        rating: r.rating as NewReview['ratings'][number]['rating'],
        evidence: r.evidence.trim(),
        evidenceFrom: r.evidenceFrom as NewReview['ratings'][number]['evidenceFrom'],
        givenByPersonId: fromPerson ? orNull(r.givenByPersonId) : null,
        givenByName: fromPerson ? null : orNull(r.givenByName),
        outcome: (r.outcome || 'continue') as NewReview['ratings'][number]['outcome'],
      };
    }),
  };
}

/** A server path `ratings.N.x` (N among the rated rows sent) as the form's field `ratings.M.x`. */
export function ratingPathToField(path: string, values: ReviewValues): string {
  const match = path.match(/^ratings\.(\d+)(\..*)?$/);
  if (!match) return path;
  const row = ratedRows(values)[Number(match[1])];
  return row === undefined ? path : `ratings.${row}${match[2] ?? ''}`;
}
