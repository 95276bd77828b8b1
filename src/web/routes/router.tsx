import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, Outlet, redirect } from '@tanstack/react-router';
import { isApiError } from '../api/client';
import { sessionQuery } from '../api/queries';
import { AppLayout } from '../components/layout/AppLayout';
import { ApprovalsPage } from './approvals/ApprovalsPage';
import { IntakePage } from './intake/IntakePage';
import { NewReportPage } from './intake/NewReportPage';
import { InvestigationPage } from './investigations/InvestigationPage';
import { MyWorkPage } from './my-work/MyWorkPage';
import { NotFoundPage } from './NotFoundPage';
import { PersonSearchPage } from './persons/PersonSearchPage';
import { ReportPage } from './reports/ReportPage';
import { SignInPage } from './sign-in/SignInPage';
import { TeamPage } from './team/TeamPage';
import { TimeAwayPage } from './time-away/TimeAwayPage';
import { parseUnitReportSearch } from './unit-report/unit-report-model';
import { parseComplianceSearch } from './visit-compliance/compliance-model';
import { parseAuditSearch, parseIntakeSearch, parsePersonSearch, parseReportSearch, parseSignInSearch } from './search-params';

// Screens most users open rarely, or only in one part of their work, load when first opened.
const AuditPage = lazyRouteComponent(() => import('./admin/AuditPage'), 'AuditPage');
const InstrumentPage = lazyRouteComponent(() => import('./admin/instruments/InstrumentPage'), 'InstrumentPage');
const InstrumentsPage = lazyRouteComponent(() => import('./admin/instruments/InstrumentsPage'), 'InstrumentsPage');
const ProfilePage = lazyRouteComponent(() => import('./admin/ProfilePage'), 'ProfilePage');
const CasePage = lazyRouteComponent(() => import('./cases/CasePage'), 'CasePage');
const FamilyAssessmentPage = lazyRouteComponent(() => import('./cases/assessment/FamilyAssessmentPage'), 'FamilyAssessmentPage');
const FunctionalAssessmentPage = lazyRouteComponent(() => import('./cases/functional/FunctionalAssessmentPage'), 'FunctionalAssessmentPage');
const MeetingPage = lazyRouteComponent(() => import('./cases/team/MeetingPage'), 'MeetingPage');
const CasePlanPage = lazyRouteComponent(() => import('./cases/plan/CasePlanPage'), 'CasePlanPage');
const PersonPage = lazyRouteComponent(() => import('./persons/record/PersonPage'), 'PersonPage');
const PersonMergePage = lazyRouteComponent(() => import('./persons/merge/PersonMergePage'), 'PersonMergePage');
const MergesPage = lazyRouteComponent(() => import('./admin/MergesPage'), 'MergesPage');
const TeamCasesPage = lazyRouteComponent(() => import('./cases/TeamCasesPage'), 'TeamCasesPage');
const OverviewSection = lazyRouteComponent(() => import('./investigations/overview/OverviewSection'), 'OverviewSection');
const DecisionSection = lazyRouteComponent(() => import('./investigations/decision/DecisionSection'), 'DecisionSection');
const ContactsSection = lazyRouteComponent(() => import('./investigations/contacts/ContactsSection'), 'ContactsSection');
const FindingsSection = lazyRouteComponent(() => import('./investigations/findings/FindingsSection'), 'FindingsSection');
const RiskSection = lazyRouteComponent(() => import('./investigations/assessments/RiskSection'), 'RiskSection');
const SafetySection = lazyRouteComponent(() => import('./investigations/assessments/SafetySection'), 'SafetySection');
const SafetyPlanSection = lazyRouteComponent(() => import('./investigations/safety-plan/SafetyPlanSection'), 'SafetyPlanSection');
const SafetyPlansSection = lazyRouteComponent(() => import('./investigations/safety-plan/SafetyPlansSection'), 'SafetyPlansSection');
const UnitReportPage = lazyRouteComponent(() => import('./unit-report/UnitReportPage'), 'UnitReportPage');
const VisitPage = lazyRouteComponent(() => import('./cases/visits/VisitPage'), 'VisitPage');
const VisitCompliancePage = lazyRouteComponent(() => import('./visit-compliance/VisitCompliancePage'), 'VisitCompliancePage');

/**
 * Code-based routes. Page components take plain props (ids, search values) so they stay
 * independent of the router and easy to test; this file is the only place that reads the URL.
 */

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: AppLayout,
  notFoundComponent: NotFoundPage,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: parseSignInSearch,
  component: function SignInRoute() {
    const search = signInRoute.useSearch();
    return <SignInPage redirectTo={search.redirect} expired={search.expired === true} />;
  },
});

/** Every route below needs a session; without one the user is sent to sign in and brought back. */
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.ensureQueryData(sessionQuery);
    } catch (error) {
      if (isApiError(error) && error.status === 401) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
      throw error;
    }
  },
  component: Outlet,
});

const myWorkRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/', component: MyWorkPage });

const personSearchRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/persons/search',
  validateSearch: parsePersonSearch,
  component: function PersonSearchRoute() {
    return <PersonSearchPage criteria={personSearchRoute.useSearch()} />;
  },
});

const newReportRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/intake/new', component: NewReportPage });

const intakeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/intake/$reportId',
  validateSearch: parseIntakeSearch,
  component: function IntakeRoute() {
    const { reportId } = intakeRoute.useParams();
    const { step } = intakeRoute.useSearch();
    return <IntakePage key={reportId} reportId={reportId} step={step ?? 1} />;
  },
});

const approvalsRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/approvals', component: ApprovalsPage });

const teamRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/team', component: TeamPage });

const timeAwayRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/time-away', component: TimeAwayPage });

const profileRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/admin/profile', component: ProfilePage });

const reportRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/reports/$reportId',
  validateSearch: parseReportSearch,
  component: function ReportRoute() {
    const { reportId } = reportRoute.useParams();
    const { notice } = reportRoute.useSearch();
    return <ReportPage reportId={reportId} notice={notice} />;
  },
});

const investigationRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/investigations/$investigationId',
  component: function InvestigationRoute() {
    const { investigationId } = investigationRoute.useParams();
    return (
      <InvestigationPage key={investigationId} investigationId={investigationId}>
        <Outlet />
      </InvestigationPage>
    );
  },
});

/** INV-1..8: the workspace's sections; each reads the investigation from the workspace around it. */
const investigationOverviewRoute = createRoute({ getParentRoute: () => investigationRoute, path: '/', component: OverviewSection });
const investigationContactsRoute = createRoute({ getParentRoute: () => investigationRoute, path: 'contacts', component: ContactsSection });
const investigationSafetyRoute = createRoute({ getParentRoute: () => investigationRoute, path: 'safety', component: SafetySection });
const investigationRiskRoute = createRoute({ getParentRoute: () => investigationRoute, path: 'risk', component: RiskSection });
const investigationFindingsRoute = createRoute({ getParentRoute: () => investigationRoute, path: 'findings', component: FindingsSection });
const investigationDecisionRoute = createRoute({ getParentRoute: () => investigationRoute, path: 'decision', component: DecisionSection });

/** INV-4: the investigation's safety plans, and one plan (builder, agreement, approval, reviews). */
const investigationSafetyPlansRoute = createRoute({ getParentRoute: () => investigationRoute, path: 'safety-plans', component: SafetyPlansSection });
const investigationSafetyPlanRoute = createRoute({
  getParentRoute: () => investigationRoute,
  path: 'safety-plans/$planId',
  component: function SafetyPlanRoute() {
    const { planId } = investigationSafetyPlanRoute.useParams();
    return <SafetyPlanSection key={planId} planId={planId} />;
  },
});

/** Issue 11: a supervisor's team cases. */
const teamCasesRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/cases/team', component: TeamCasesPage });

/** INV-7: a case opened from an investigation. */
const caseRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/cases/$caseId',
  component: function CaseRoute() {
    const { caseId } = caseRoute.useParams();
    return <CasePage key={caseId} caseId={caseId} />;
  },
});

/** PLAT-4: a person's record, its involvement and history. */
const personRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/persons/$personId',
  component: function PersonRoute() {
    const { personId } = personRoute.useParams();
    return <PersonPage key={personId} personId={personId} />;
  },
});

/** PLAT-4: merge a duplicate into this person, choosing field by field. */
const personMergeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/persons/$personId/merge',
  component: function PersonMergeRoute() {
    const { personId } = personMergeRoute.useParams();
    return <PersonMergePage key={personId} personId={personId} />;
  },
});

/** PLAT-4: administrators' list of merges, to undo one. */
const mergesRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/admin/merges', component: MergesPage });

/** ENG-4, ENG-5: one family team meeting and its record. */
const caseMeetingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/cases/$caseId/meetings/$meetingId',
  component: function CaseMeetingRoute() {
    const { caseId, meetingId } = caseMeetingRoute.useParams();
    return <MeetingPage key={meetingId} caseId={caseId} meetingId={meetingId} />;
  },
});

/** PLAN-1, PLAN-2, PLAN-5, PLAN-6: one version of the case plan. */
const casePlanRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/cases/$caseId/plans/$planId',
  component: function CasePlanRoute() {
    const { caseId, planId } = casePlanRoute.useParams();
    return <CasePlanPage key={planId} caseId={caseId} planId={planId} />;
  },
});

/** VIS-2, VIS-3: one caseworker visit, its plan and its record. */
const caseVisitRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/cases/$caseId/visits/$visitId',
  component: function CaseVisitRoute() {
    const { caseId, visitId } = caseVisitRoute.useParams();
    return <VisitPage key={visitId} caseId={caseId} visitId={visitId} />;
  },
});

/** VIS-4: a unit's caseworker-visit compliance by calendar month, its filters in the URL. */
const visitComplianceRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/visit-compliance',
  validateSearch: parseComplianceSearch,
  component: function VisitComplianceRoute() {
    return <VisitCompliancePage search={visitComplianceRoute.useSearch()} />;
  },
});

/** FCA-1, FCA-3, FCA-4: the case's family-centred assessment, on its own page (it is long). */
const caseAssessmentRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/cases/$caseId/assessment',
  component: function CaseAssessmentRoute() {
    const { caseId } = caseAssessmentRoute.useParams();
    return <FamilyAssessmentPage key={caseId} caseId={caseId} />;
  },
});

/** FCA-2: each child's needs and strengths, repeated over time and compared. */
const caseFunctionalRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/cases/$caseId/functional',
  component: function CaseFunctionalRoute() {
    const { caseId } = caseFunctionalRoute.useParams();
    return <FunctionalAssessmentPage key={caseId} caseId={caseId} />;
  },
});

/** SUP-1: the supervisor's unit report, with an optional date range in the URL. */
const unitReportRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/unit-report',
  validateSearch: parseUnitReportSearch,
  component: function UnitReportRoute() {
    return <UnitReportPage range={unitReportRoute.useSearch()} />;
  },
});

const auditRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/admin/audit',
  validateSearch: parseAuditSearch,
  component: function AuditRoute() {
    return <AuditPage filters={auditRoute.useSearch()} />;
  },
});

/** PLAT-3: instrument definitions; one version of one instrument, with a preview. */
const instrumentsRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/admin/instruments', component: InstrumentsPage });

const instrumentRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/admin/instruments/$key/$version',
  component: function InstrumentRoute() {
    const { key, version } = instrumentRoute.useParams();
    const number = Number(version);
    if (!Number.isInteger(number) || number < 1) return <NotFoundPage />;
    return <InstrumentPage key={`${key}@${number}`} instrumentKey={key} version={number} />;
  },
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  signedInRoute.addChildren([
    myWorkRoute,
    personSearchRoute,
    newReportRoute,
    intakeRoute,
    approvalsRoute,
    teamRoute,
    teamCasesRoute,
    timeAwayRoute,
    profileRoute,
    reportRoute,
    investigationRoute.addChildren([
      investigationOverviewRoute,
      investigationContactsRoute,
      investigationSafetyRoute,
      investigationRiskRoute,
      investigationFindingsRoute,
      investigationDecisionRoute,
      investigationSafetyPlansRoute,
      investigationSafetyPlanRoute,
    ]),
    caseRoute,
    caseAssessmentRoute,
    caseMeetingRoute,
    casePlanRoute,
    caseVisitRoute,
    caseFunctionalRoute,
    personRoute,
    personMergeRoute,
    mergesRoute,
    unitReportRoute,
    visitComplianceRoute,
    auditRoute,
    instrumentsRoute,
    instrumentRoute,
  ]),
]);

export function createHearthRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, scrollRestoration: true, defaultPreload: false });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createHearthRouter>;
  }
}
