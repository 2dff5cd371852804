import { lazy, type ReactNode } from 'react';
import type { Route } from '../api/capabilities';
import type { TextKey } from '../i18n/i18n';

/** Each screen is its own chunk, loaded when first shown (App renders it inside <Suspense>). */
const ProfilePage = lazy(() => import('../profile/ProfilePage').then((module) => ({ default: module.ProfilePage })));
const GoalsPage = lazy(() => import('../training/goals/GoalsPage').then((module) => ({ default: module.GoalsPage })));
const ImportPage = lazy(() => import('../training/imports/ImportPage').then((module) => ({ default: module.ImportPage })));
const HistoryPage = lazy(() => import('../training/HistoryPage').then((module) => ({ default: module.HistoryPage })));
const LocationsPage = lazy(() => import('../training/locations/LocationsPage').then((module) => ({ default: module.LocationsPage })));
const NewSessionPage = lazy(() => import('../training/NewSessionPage').then((module) => ({ default: module.NewSessionPage })));
const PreparePage = lazy(() => import('../training/prepare/PreparePage').then((module) => ({ default: module.PreparePage })));
const RecordsPage = lazy(() => import('../training/records/RecordsPage').then((module) => ({ default: module.RecordsPage })));
const SessionPage = lazy(() => import('../training/SessionPage').then((module) => ({ default: module.SessionPage })));
const TodayPage = lazy(() => import('../training/today/TodayPage').then((module) => ({ default: module.TodayPage })));
const InsightsPage = lazy(() => import('../training/insights/InsightsPage').then((module) => ({ default: module.InsightsPage })));
const ProgressionPage = lazy(() => import('../training/insights/ProgressionPage').then((module) => ({ default: module.ProgressionPage })));
const ForgeDayPage = lazy(() => import('../forge/DayPage').then((module) => ({ default: module.DayPage })));
const ForgeHistoryPage = lazy(() => import('../forge/HistoryPage').then((module) => ({ default: module.HistoryPage })));
const ForgeInsightsPage = lazy(() => import('../forge/InsightsPage').then((module) => ({ default: module.InsightsPage })));
const DevicesPage = lazy(() => import('../wearables/DevicesPage').then((module) => ({ default: module.DevicesPage })));
const ForgeProgressionPage = lazy(() => import('../forge/ProgressionPage').then((module) => ({ default: module.ProgressionPage })));

export type Half = 'training' | 'forge';

export interface Screen {
  /** Path pattern, `:name` for a parameter. */
  path: string;
  /** API routes the screen needs; it is hidden (and its path unknown) until the API offers them all. */
  requires: Route[];
  /** Shown as a tab of a half (Training or Forge) in the navigation. */
  tab?: { half: Half; label: TextKey };
  render(params: Record<string, string>): ReactNode;
}

/**
 * Every signed-in screen. A new tab (Insights, Progression, Forge Day…) plugs in here with the
 * routes it needs; a half with no available tab is not shown. The first available tab is the
 * landing screen, so Today comes first.
 */
export const screens: Screen[] = [
  { path: '/training/today', requires: ['GET /training/today'], tab: { half: 'training', label: 'tab.today' }, render: () => <TodayPage /> },
  { path: '/training/insights', requires: ['GET /training/insights'], tab: { half: 'training', label: 'tab.insights' }, render: () => <InsightsPage /> },
  { path: '/training/progression', requires: ['GET /training/progression'], tab: { half: 'training', label: 'tab.progression' }, render: () => <ProgressionPage /> },
  { path: '/training/records', requires: ['GET /training/records'], tab: { half: 'training', label: 'tab.records' }, render: () => <RecordsPage /> },
  { path: '/training/history', requires: ['GET /training/sessions'], tab: { half: 'training', label: 'tab.history' }, render: () => <HistoryPage /> },
  { path: '/training/import', requires: ['POST /training/imports', 'GET /exercises'], render: () => <ImportPage /> },
  { path: '/training/goals', requires: ['GET /training/goals', 'POST /training/goals'], render: () => <GoalsPage /> },
  { path: '/training/locations', requires: ['GET /training/locations', 'POST /training/locations'], render: () => <LocationsPage /> },
  { path: '/training/prepare', requires: ['POST /training/sessions'], render: () => <PreparePage /> },
  { path: '/training/new', requires: ['POST /training/sessions'], render: () => <NewSessionPage /> },
  { path: '/training/sessions/:id', requires: ['GET /training/sessions/{id}'], render: ({ id }) => <SessionPage id={id!} /> },
  { path: '/forge/day', requires: ['GET /forge/day'], tab: { half: 'forge', label: 'forge.tab.day' }, render: () => <ForgeDayPage /> },
  { path: '/forge/history', requires: ['GET /forge/activities'], tab: { half: 'forge', label: 'forge.tab.history' }, render: () => <ForgeHistoryPage /> },
  { path: '/forge/insights', requires: ['GET /forge/insights', 'GET /forge/activities'], tab: { half: 'forge', label: 'forge.tab.insights' }, render: () => <ForgeInsightsPage /> },
  { path: '/forge/progression', requires: ['GET /forge/progression'], tab: { half: 'forge', label: 'forge.tab.progression' }, render: () => <ForgeProgressionPage /> },
  { path: '/profile', requires: ['GET /me', 'PUT /me'], render: () => <ProfilePage /> },
  { path: '/devices', requires: ['POST /wearables/imports'], render: () => <DevicesPage /> },
];

export const halves: Array<{ half: Half; label: TextKey }> = [
  { half: 'training', label: 'half.training' },
  { half: 'forge', label: 'half.forge' },
];
