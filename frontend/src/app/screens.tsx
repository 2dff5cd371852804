import type { ReactNode } from 'react';
import type { Route } from '../api/capabilities';
import type { TextKey } from '../i18n/i18n';
import { ProfilePage } from '../profile/ProfilePage';
import { HistoryPage } from '../training/HistoryPage';
import { NewSessionPage } from '../training/NewSessionPage';
import { SessionPage } from '../training/SessionPage';

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
 * Every signed-in screen. A new tab (Today, Records, Forge Day…) plugs in here with the routes it
 * needs; a half with no available tab is not shown.
 */
export const screens: Screen[] = [
  { path: '/training/history', requires: ['GET /training/sessions'], tab: { half: 'training', label: 'tab.history' }, render: () => <HistoryPage /> },
  { path: '/training/new', requires: ['POST /training/sessions'], render: () => <NewSessionPage /> },
  { path: '/training/sessions/:id', requires: ['GET /training/sessions/{id}'], render: ({ id }) => <SessionPage id={id!} /> },
  { path: '/profile', requires: ['GET /me', 'PUT /me'], render: () => <ProfilePage /> },
];

export const halves: Array<{ half: Half; label: TextKey }> = [
  { half: 'training', label: 'half.training' },
  { half: 'forge', label: 'half.forge' },
];
