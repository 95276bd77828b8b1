import { useQueries, useQuery } from '@tanstack/react-query';
import { meetingQuery, meetingsQuery } from '../../../api/family-team';
import { planListQuery, planQuery } from '../../../api/case-plan';
import { planInForce, type TopicChoice, topicChoices } from './visit-topics';

/**
 * VIS-2: the topics a visit may take up — the plan in force's open objectives (none when the case
 * has no plan yet) and the open follow-ups of the family team's held meetings.
 */
export function useTopicChoices(caseId: string): { choices: TopicChoice[]; loading: boolean; hasPlan: boolean } {
  const plans = useQuery(planListQuery(caseId));
  const planId = planInForce(plans.data);
  // The case plan screens' own queries, so a plan saved there is the plan offered here.
  const plan = useQuery({ ...planQuery(caseId, planId ?? ''), enabled: planId !== null });
  const meetings = useQuery(meetingsQuery(caseId));
  const withFollowUps = (meetings.data?.items ?? []).filter((m) => m.status === 'held' && m.openFollowUps > 0);
  const details = useQueries({ queries: withFollowUps.map((m) => meetingQuery(m.id)) });
  const loading = plans.isPending || (planId !== null && plan.isPending) || meetings.isPending || details.some((d) => d.isPending);
  const held = details.flatMap((d) => (d.data ? [d.data] : []));
  return { choices: topicChoices(planId ? plan.data : undefined, held), loading, hasPlan: planId !== null };
}
