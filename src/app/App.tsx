import { Suspense, lazy } from 'react';
import { HashRouter, useLocation, useRoutes } from 'react-router';
import { Layout } from './Layout';
import { StartPage } from '../features/wizard/StartPage';
import { NotFoundPage } from './NotFoundPage';
import { PageLoading } from '../ui/PageLoading';

// Pages past the start page load on demand, so the first paint ships only what it shows.
const StepPage = lazy(() => import('../features/wizard/StepPage'));
const CheckAnswersPage = lazy(() => import('../features/wizard/CheckAnswersPage'));
const PlanPage = lazy(() => import('../features/plan/PlanPage'));
const SharedPlanPage = lazy(() => import('../features/plan/SharedPlanPage'));
const TrueCostPage = lazy(() => import('../features/tools/TrueCostPage'));
const LetterPage = lazy(() => import('../features/tools/LetterPage'));
const NegotiationLogPage = lazy(() => import('../features/tools/NegotiationLogPage'));

function withSuspense(node: React.ReactNode) {
  return <Suspense fallback={<PageLoading />}>{node}</Suspense>;
}

/** "/plan/" matches "/plan", but it is a shared link cut off after its route: its reader says so. */
function OwnOrSharedPlan() {
  const { pathname } = useLocation();
  return pathname === '/plan' ? <PlanPage /> : <SharedPlanPage />;
}

/** Hash routes: dist/ works on any static host, and a share payload never reaches a server. */
export const routes = [
  {
    element: <Layout />,
    children: [
      { path: '/', element: <StartPage /> },
      { path: '/step/:stepId', element: withSuspense(<StepPage />) },
      { path: '/check', element: withSuspense(<CheckAnswersPage />) },
      { path: '/plan', element: withSuspense(<OwnOrSharedPlan />) },
      // Everything under /plan/, so a link a chat app cut into still reaches the link's reader.
      { path: '/plan/*', element: withSuspense(<SharedPlanPage />) },
      { path: '/tools/true-cost', element: withSuspense(<TrueCostPage />) },
      { path: '/letters/:letterId', element: withSuspense(<LetterPage />) },
      { path: '/log', element: withSuspense(<NegotiationLogPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/**
 * The declarative router: the app has no loaders or actions, so the data router
 * (createHashRouter) would only add ~16 KiB (gzip) and its set-up to the first load.
 * The build's prerender renders these same routes in a memory router.
 */
export function AppRoutes() {
  return useRoutes(routes);
}

export function App() {
  return (
    <HashRouter>
      <AppRoutes />
    </HashRouter>
  );
}
