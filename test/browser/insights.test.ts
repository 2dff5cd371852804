import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localFunctionEnvironment } from '../../infra/local/runtime/runtime';
import type { LoggedSet } from '../../shared/domain/training/session';
import { collectConsoleErrors, launchBrowser, screenshot, seriousA11yViolations, signUpThroughUi, type Browser } from '../support/browser';

const endpoints = inject('endpoints');
const localDir = inject('localDir');
// Setup writes a few weeks of history straight into the table (completed sessions cannot be backdated through the API).
Object.assign(process.env, localFunctionEnvironment(inject('cloud')), { POWERTOOLS_LOG_LEVEL: 'SILENT' });

const today = () => new Date().toISOString().slice(0, 10);

/** Setup only: 12 completed sessions over the last 5 weeks (strength, plus an easy run every fourth), projected by the stream. */
async function seedWeeksOfTraining(sub: string, count = 12) {
  const { createSession } = await import('../../shared/db/entities/training-session');
  const { listTrainingDays } = await import('../../shared/db/entities/training-day');
  const { addDays } = await import('../../shared/domain/science/days');
  const { completedSession } = await import('../support/forge');
  const ctx = { tableName: endpoints.tableName, cursorSecret: 'unused-for-writes-0123456789abcdef' };
  for (let i = 0; i < count; i++) {
    const day = addDays(today(), -(count - i) * 3);
    const completedAt = `${day}T18:00:00.000Z`;
    const run = i % 4 === 3;
    const set = (id: string, exerciseIndex: number, exerciseId: string, setIndex: number, values: Partial<LoggedSet>): LoggedSet => ({ id, exerciseIndex, exerciseId, setIndex, reps: null, loadKg: null, durationSec: null, distanceM: null, rpe: null, rir: null, completedAt, ...values });
    const sets = run
      ? [set(`r${i}`, 0, 'easy-run', 0, { durationSec: 1800, distanceM: 5000, rpe: 6 })]
      : [
          ...Array.from({ length: 4 }, (_, k) => set(`sq${i}-${k}`, 0, 'back-squat', k, { reps: 5, loadKg: 80 + i * 2.5, rpe: 7.5 })),
          ...Array.from({ length: 4 }, (_, k) => set(`bp${i}-${k}`, 1, 'bench-press', k, { reps: 5, loadKg: 60, rpe: 8 })),
        ];
    const volumeKg = sets.reduce((t, s) => t + (s.reps ?? 0) * (s.loadKg ?? 0), 0);
    await createSession(ctx, completedSession(sub, {
      completedAt, localDay: day, loggedSets: sets, coach: run ? 'endurance' : 'force', discipline: run ? 'running' : 'strength', title: run ? 'Easy run' : 'Strength',
      metrics: { volumeKg, distanceKm: run ? 5 : 0, totalReps: 40, setCount: sets.length, durationMin: run ? 30 : 55, durationSource: 'explicit', rpeAverage: run ? 6 : 7.5, rpeSource: 'reported', calories: { kcal: 350, method: 'met' }, sessionLoad: run ? 180 : 412.5 },
    }));
  }
  await expect
    .poll(async () => (await listTrainingDays(ctx, sub, addDays(today(), -60), today())).reduce((t, d) => t + d.sessionCount, 0), { timeout: 20_000, interval: 250 })
    .toBe(count);
  await new Promise((resolve) => setTimeout(resolve, 500)); // the consumer's cache invalidation follows the day aggregate
}

const subOf = (page: Page) =>
  page.evaluate(() => {
    const token = (JSON.parse(localStorage.getItem('twinforge.auth') ?? '{}') as { idToken?: string }).idToken ?? '';
    return (JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { sub: string }).sub;
  });
const trainingTab = (page: Page, name: string) => page.getByRole('group', { name: /^(Training|Entraînement)$/ }).getByRole('link', { name, exact: true }).click();
const noHorizontalScroll = async (page: Page) => expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(await page.evaluate<number>('window.innerWidth'));

describe.each(['desktop', 'phone'] as const)('Conseils and Progression (%s)', (viewport) => {
  let browser: Browser;
  let errors: string[];
  beforeAll(async () => {
    browser = await launchBrowser({ viewport });
    errors = collectConsoleErrors(browser.page);
  });
  afterAll(async () => browser?.close());

  it('show real analyses of a few weeks of sessions, in English then French', async () => {
    const page = browser.page;
    await signUpThroughUi(page, endpoints.webUrl, localDir, `insights-${viewport}-${Date.now()}@example.com`);
    await seedWeeksOfTraining(await subOf(page));
    await page.reload();
    await page.getByRole('navigation').waitFor();

    if (viewport === 'phone') await page.goto(`${endpoints.webUrl}/training/insights`);
    else await trainingTab(page, 'Advice');
    await page.getByRole('heading', { name: 'Advice', level: 1 }).waitFor();
    const summary = page.getByTestId('insights-summary');
    await expect.poll(() => summary.innerText(), { timeout: 15_000 }).toMatch(/^12 sessions in 13 weeks/);
    expect(await summary.innerText()).toMatch(/kg lifted/);
    for (const name of ['Trends', 'Recommendations', 'Imbalances', 'Weak points', 'Next week', 'Training load']) {
      expect(await page.getByRole('heading', { name, level: 2, exact: true }).count(), name).toBe(1);
    }
    expect(await page.getByRole('heading', { name: 'Recommendations' }).locator('xpath=..').getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByRole('heading', { name: 'Bench press', level: 3, exact: true }).count()).toBe(1); // 60 kg × 5 every time: stalled
    expect(await page.getByText('Written by the offline analyst from your numbers (no OpenAI key is configured).', { exact: false }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Refresh the analysis' }).isEnabled()).toBe(true);
    await noHorizontalScroll(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, `insights-en-${viewport}`);

    await page.goto(`${endpoints.webUrl}/training/progression`);
    await page.getByRole('heading', { name: 'Progression', level: 1 }).waitFor();
    await page.getByRole('radio', { name: '12 weeks' }).check();
    const paragraphs = page.getByTestId('progression-paragraph');
    await expect.poll(() => paragraphs.first().innerText(), { timeout: 15_000 }).toMatch(/^Over the last 12 weeks: 12 sessions/);
    expect(await paragraphs.count()).toBe(2);
    expect(await page.getByTestId('progression-recommendations').getByRole('listitem').count()).toBe(3);
    for (const title of ['Volume lifted per week', 'Sessions and average RPE per week', 'Training load per week']) {
      expect(await page.getByRole('figure', { name: title }).count(), title).toBe(1);
    }
    await page.locator('.chart-plot canvas').first().waitFor({ timeout: 15_000 }); // uPlot drew the series
    // One manual refresh an hour: after it, the button says when the next one is allowed.
    await page.getByRole('button', { name: 'Refresh the analysis' }).click();
    await page.getByText('Analysis refreshed.').waitFor();
    expect(await page.getByRole('button', { name: 'Refresh the analysis' }).isDisabled()).toBe(true);
    expect(await page.getByText(/Next manual refresh possible at/).count()).toBe(1);
    await noHorizontalScroll(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, `progression-en-${viewport}`);

    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await page.getByRole('heading', { name: 'Progression', level: 1 }).waitFor();
    await expect.poll(() => paragraphs.first().innerText(), { timeout: 15_000 }).toMatch(/^Sur les 12 dernières semaines : 12 séances/);
    expect(await page.getByRole('heading', { name: 'Trois choses à faire' }).count()).toBe(1);
    expect(await page.getByRole('figure', { name: 'Volume soulevé par semaine' }).count()).toBe(1);
    const progressionText = await page.locator('main').innerText();
    for (const english of ['Week by week', 'Refresh the analysis', 'sessions', 'Volume lifted', 'Analysis']) expect(progressionText, english).not.toContain(english);
    await screenshot(page, `progression-fr-${viewport}`);

    if (viewport === 'phone') await page.goto(`${endpoints.webUrl}/training/insights`);
    else await trainingTab(page, 'Conseils');
    await page.getByRole('heading', { name: 'Conseils', level: 1 }).waitFor();
    await expect.poll(() => summary.innerText(), { timeout: 15_000 }).toMatch(/^12 séances en 13 semaines/);
    const insightsText = await page.locator('main').innerText();
    for (const english of ['Recommendations', 'Weak points', 'Next week', 'sessions', 'Pull as much', 'Written by', 'priority']) expect(insightsText, english).not.toContain(english);
    expect(await page.getByRole('heading', { name: 'Points faibles' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Développé couché', level: 3, exact: true }).count()).toBe(1);
    await noHorizontalScroll(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, `insights-fr-${viewport}`);
    expect(errors).toEqual([]);
  });
});
