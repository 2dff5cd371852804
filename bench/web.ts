/**
 * The web SPA's budgets (PRODUCT.md "Targets"), measured on the production build:
 * - initial JavaScript ≤ 150 KB gzip (the entry chunk and everything it imports statically, i.e.
 *   what index.html loads and modulepreloads), each lazy chunk ≤ 100 KB gzip;
 * - Lighthouse (headless Chromium, mobile default and desktop preset) performance and
 *   accessibility ≥ 95 on the sign-in page and, signed in, on Today;
 * - axe-core: no serious or critical violation on any screen (the public ones and every entry of
 *   frontend/src/app/screens.tsx), at desktop and phone sizes.
 * The SPA is served from the build like CloudFront does (compressed, /config.json next to
 * index.html, index.html for client-side routes), against the bench's own local API.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import lighthouse, { desktopConfig, type Flags, type Result } from 'lighthouse';
import createClient from 'openapi-fetch';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { paths } from '../frontend/src/api/schema';
import { buildSpa, serveBuiltSpa, type LocalSpaConfig } from '../infra/local/web-server';
import { repoRoot } from '../infra/local/paths';
import { createConfirmedUser, signIn } from '../infra/local/users';
import { chromiumPath, seriousA11yViolations } from '../test/support/browser';
import { en } from '../frontend/src/i18n/en';

export const webTargets = { initialJsGzipKB: 150, lazyChunkGzipKB: 100, lighthouseScore: 95 } as const;

const KB = 1024;
const frontendRoot = join(repoRoot, 'frontend');
/** Debian Chromium's flags for the bench (playwright-core adds --headless). */
const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

export interface WebBenchOptions {
  /** What the SPA's /config.json says: the bench's API and the local Cognito. */
  spaConfig: LocalSpaConfig;
  cognito: CognitoIdentityProviderClient;
  /** Lighthouse runs per page and form factor; the median (by performance score) is reported. */
  lighthouseRuns: number;
}

export interface ChunkSize {
  file: string;
  /** The source module that starts the chunk (e.g. src/training/today/TodayPage.tsx), if any. */
  source: string | null;
  bytes: number;
  gzipBytes: number;
}

export interface LighthouseRun {
  page: string;
  formFactor: 'mobile' | 'desktop';
  performance: number;
  accessibility: number;
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; speedIndexMs: number };
  /** Audits that cost points: failing accessibility audits, and performance opportunities/diagnostics below 0.9. */
  flagged: string[];
  runs: number[];
  /** The median run's full Lighthouse report (JSON). */
  report: string;
  /** Lighthouse's CPU benchmark of this machine during the run (lower = slower or busier), and the 1-minute load average. */
  benchmarkIndex: number;
  loadAverage: number;
}

export interface AxeResult {
  screen: string;
  viewport: keyof typeof viewports;
  /** False when the screen could not be opened (the API does not offer its routes, or it failed). */
  shown: boolean;
  violations: string[];
  consoleErrors: string[];
  /** The page is wider than the window (a horizontal scroll bar on a phone). */
  horizontalScroll: boolean;
}

export interface WebReport {
  targets: typeof webTargets;
  build: { outDir: string; ms: number };
  initial: { files: ChunkSize[]; gzipBytes: number; pass: boolean; cssGzipBytes: number };
  lazy: Array<ChunkSize & { pass: boolean }>;
  lighthouse: Array<LighthouseRun & { pass: boolean }>;
  axe: Array<AxeResult & { pass: boolean }>;
}

export async function benchWeb(options: WebBenchOptions): Promise<WebReport> {
  const work = join(repoRoot, '.local', 'bench-web');
  const outDir = join(work, 'dist');
  mkdirSync(work, { recursive: true });

  const started = performance.now();
  await buildSpa(outDir, { manifest: true });
  const buildMs = Math.round(performance.now() - started);
  const sizes = measureChunks(outDir);

  const server = await serveBuiltSpa(outDir, options.spaConfig);
  const userDataDir = mkdtempSync(join(tmpdir(), 'twinforge-bench-chromium-'));
  const debuggingPort = await freePort();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    // Lighthouse drives the same browser (and its signed-in storage) through this port.
    args: [...chromiumFlags, `--remote-debugging-port=${debuggingPort}`],
    locale: 'en-US',
    viewport: viewports.desktop,
  });
  try {
    const athlete = await seedAthlete(options);
    const page = context.pages()[0] ?? (await context.newPage());

    // Signed out first: Lighthouse resets the origin's storage before these runs.
    const lighthouseRuns: LighthouseRun[] = [];
    for (const formFactor of ['mobile', 'desktop'] as const) {
      lighthouseRuns.push(await runLighthouse(`${server.url}/signin`, 'sign-in', formFactor, debuggingPort, { runs: options.lighthouseRuns, reportDir: work }));
    }
    const publicAxe = await axeScreens(context, server.url, ['/signin', '/signup', '/confirm']);

    await signInThroughForm(page, server.url, athlete);
    for (const formFactor of ['mobile', 'desktop'] as const) {
      lighthouseRuns.push(
        await runLighthouse(`${server.url}/training/today`, 'today (signed in)', formFactor, debuggingPort, {
          runs: options.lighthouseRuns,
          reportDir: work,
          // Keep the signed-in tokens (localStorage) but start from an empty HTTP cache, like a first visit.
          beforeEach: async () => {
            const cdp = await context.newCDPSession(page);
            await cdp.send('Network.clearBrowserCache');
            await cdp.detach();
          },
        }),
      );
    }
    const signedInAxe = await axeScreens(context, server.url, screenPaths().map((path) => path.replace(':id', athlete.sessionId)));

    const lighthouseTarget = webTargets.lighthouseScore;
    return {
      targets: webTargets,
      build: { outDir: relative(repoRoot, outDir), ms: buildMs },
      initial: { ...sizes.initial, pass: sizes.initial.gzipBytes <= webTargets.initialJsGzipKB * KB },
      lazy: sizes.lazy.map((chunk) => ({ ...chunk, pass: chunk.gzipBytes <= webTargets.lazyChunkGzipKB * KB })),
      lighthouse: lighthouseRuns.map((run) => ({ ...run, pass: run.performance >= lighthouseTarget && run.accessibility >= lighthouseTarget })),
      axe: [...publicAxe, ...signedInAxe].map((result) => ({ ...result, pass: result.shown && result.violations.length === 0 })),
    };
  } finally {
    await context.close();
    await server.stop();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  css?: string[];
}

const gzipSize = (path: string) => gzipSync(readFileSync(path)).length;

/** Sizes of the initial JS (entry + static imports, and whatever index.html loads) and of every other JS chunk. */
export function measureChunks(outDir: string) {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const size = (file: string, source: string | null): ChunkSize => ({
    file,
    source,
    bytes: statSync(join(outDir, file)).size,
    gzipBytes: gzipSize(join(outDir, file)),
  });
  const initialKeys = new Set<string>();
  const visit = (key: string) => {
    if (initialKeys.has(key) || !manifest[key]) return;
    initialKeys.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);

  const initialFiles = new Set([...initialKeys].map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js')));
  // What the browser really fetches first: index.html's module scripts and modulepreloads.
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  for (const [, file] of html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g)) initialFiles.add(file!);
  const sourceOf = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk.src ?? null]));
  const initial = [...initialFiles].map((file) => size(file, sourceOf.get(file) ?? null));
  const cssFiles = new Set([...initialKeys].flatMap((key) => manifest[key]!.css ?? []));
  const lazy = Object.values(manifest)
    .filter((chunk) => chunk.file.endsWith('.js') && !initialFiles.has(chunk.file))
    .map((chunk) => size(chunk.file, chunk.src ?? null))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    initial: {
      files: initial,
      gzipBytes: initial.reduce((sum, file) => sum + file.gzipBytes, 0),
      cssGzipBytes: [...cssFiles].reduce((sum, file) => sum + gzipSize(join(outDir, file)), 0),
    },
    lazy,
  };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

interface Athlete {
  email: string;
  password: string;
  sessionId: string;
}

/**
 * A fresh athlete whose screens are not empty: a profile, a location, a goal, a completed session
 * (history, records, today's stats, and through the stream an activity of the Forge), a manual
 * activity (Forge) and a draft session (Today's open sessions, the session page).
 */
async function seedAthlete(options: WebBenchOptions): Promise<Athlete> {
  const email = `bench-web-${Date.now()}@example.test`;
  const password = 'Passw0rd!web';
  const { userPoolId, userPoolClientId } = options.spaConfig;
  await createConfirmedUser(options.cognito, userPoolId, { email, password });
  const { idToken } = await signIn(options.cognito, userPoolClientId, email, password);
  const api = createClient<paths>({ baseUrl: options.spaConfig.apiUrl, headers: { authorization: `Bearer ${idToken}` } });
  const ok = <T>(what: string, answer: { data?: T; error?: unknown; response: Response }): T => {
    if (!answer.response.ok) throw new Error(`bench web seed: ${what} answered ${answer.response.status} ${JSON.stringify(answer.error)}`);
    return answer.data as T;
  };
  ok('GET /me', await api.GET('/me'));
  ok('PUT /me', await api.PUT('/me', { body: { displayName: 'Bench Athlete', weightKg: 78, birthYear: 1990 } }));
  ok('POST location', await api.POST('/training/locations', { body: { name: 'Riverside gym', kind: 'gym', equipment: ['barbell', 'dumbbell', 'bench'] } }));
  ok('POST goal', await api.POST('/training/goals', { body: { title: 'Back squat 120 kg', kind: 'strength', targetValue: 120, currentValue: 100, unit: 'kg', exerciseId: 'back-squat' } }));
  const exercises = [
    { exerciseId: 'back-squat', sets: [{ reps: 5, loadKg: 100 }, { reps: 5, loadKg: 100 }, { reps: 5, loadKg: 100 }] },
    { exerciseId: 'bench-press', sets: [{ reps: 8, loadKg: 70 }, { reps: 8, loadKg: 70 }] },
  ];
  const done = ok('POST session', await api.POST('/training/sessions', { body: { coach: 'force', discipline: 'strength', title: 'Lower body strength', exercises } }));
  const path = { params: { path: { id: done.id } } };
  ok('start', await api.POST('/training/sessions/{id}/start', path));
  for (const [setIndex, loadKg] of [100, 102.5, 105].entries()) {
    ok('log set', await api.POST('/training/sessions/{id}/sets', { ...path, body: { id: `seed-${setIndex}`, exerciseIndex: 0, setIndex, reps: 5, loadKg, rpe: 8 } }));
  }
  for (let attempt = 1; ; attempt++) {
    // Enrichment may update the session between the handler's read and its write: 409, retry.
    const completed = await api.POST('/training/sessions/{id}/complete', { ...path, body: { rpeAvg: 8, durationActualMin: 45 } });
    if (completed.response.ok) break;
    if (completed.response.status !== 409 || attempt >= 5) ok('complete', completed);
  }
  const startAt = new Date(Date.now() - 3 * 3_600_000).toISOString();
  ok('POST manual activity', await api.POST('/forge/manual-activities', { body: { type: 'walking', startAt, durationMin: 35, calories: 140 } }));
  const draft = ok('POST draft', await api.POST('/training/sessions', { body: { coach: 'force', discipline: 'strength', title: 'Upper body push', exercises: exercises.slice(1) } }));
  return { email, password, sessionId: draft.id };
}

async function signInThroughForm(page: Page, webUrl: string, athlete: Athlete): Promise<void> {
  await page.goto(`${webUrl}/signin`);
  await page.getByLabel('E-mail').fill(athlete.email);
  await page.getByLabel('Password').fill(athlete.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation').first().waitFor();
  await page.waitForURL('**/training/**');
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function runLighthouse(
  url: string,
  name: string,
  formFactor: 'mobile' | 'desktop',
  port: number,
  options: { runs: number; reportDir: string; beforeEach?: () => Promise<void> },
): Promise<LighthouseRun> {
  const flags: Flags = {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    ...(options.beforeEach ? { disableStorageReset: true } : {}),
  };
  const results: Result[] = [];
  for (let run = 0; run < Math.max(1, options.runs); run++) {
    await options.beforeEach?.();
    const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    results.push(result.lhr);
  }
  const score = (lhr: Result, category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const performances = results.map((lhr) => score(lhr, 'performance'));
  const lhr = results.find((candidate) => score(candidate, 'performance') === median(performances))!;
  // The whole median report, to open in https://googlechrome.github.io/lighthouse/viewer/ when a score drops.
  const reportFile = join(options.reportDir, `lighthouse-${name.replace(/\W+/g, '-').replace(/-$/, '')}-${formFactor}.json`);
  writeFileSync(reportFile, JSON.stringify(lhr));
  const metric = (id: string) => Math.round((lhr.audits[id]?.numericValue ?? 0) * (id === 'cumulative-layout-shift' ? 1000 : 1)) / (id === 'cumulative-layout-shift' ? 1000 : 1);
  const flagged = Object.entries(lhr.categories).flatMap(([category, { auditRefs }]) =>
    auditRefs
      .map((ref) => lhr.audits[ref.id]!)
      .filter((audit) => audit.score !== null && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual' && audit.scoreDisplayMode !== 'notApplicable')
      .filter((audit) => (category === 'accessibility' ? audit.score! < 1 : audit.score! < 0.9))
      .map((audit) => `${category}/${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`),
  );
  return {
    page: name,
    formFactor,
    performance: median(performances),
    accessibility: score(lhr, 'accessibility'),
    metrics: {
      fcpMs: metric('first-contentful-paint'),
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      speedIndexMs: metric('speed-index'),
    },
    flagged: [...new Set(flagged)],
    runs: performances,
    report: relative(repoRoot, reportFile),
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    loadAverage: Math.round(loadavg()[0]! * 10) / 10,
  };
}

/** The signed-in screens' paths as listed in frontend/src/app/screens.tsx (so a new screen is covered). */
export function screenPaths(): string[] {
  const source = readFileSync(join(frontendRoot, 'src', 'app', 'screens.tsx'), 'utf8');
  const list = source.slice(source.indexOf('export const screens'));
  return [...list.matchAll(/\{\s*path:\s*'([^']+)'/g)].map((match) => match[1]!);
}

/** axe-core on each path, at desktop then phone size, once the screen has finished loading. */
async function axeScreens(context: BrowserContext, webUrl: string, paths: string[]): Promise<AxeResult[]> {
  const results: AxeResult[] = [];
  for (const viewport of ['desktop', 'phone'] as const) {
    const page = await context.newPage();
    await page.setViewportSize(viewports[viewport]);
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    try {
      for (const path of paths) {
        consoleErrors.length = 0;
        const screen = path;
        try {
          await page.goto(`${webUrl}${path}`, { waitUntil: 'networkidle' });
          const notFoundText = en.text['app.notFound'];
          // Loaded: nothing busy, and the screen's heading (or the not-found card) is there.
          await page.waitForFunction(
            `!document.querySelector('[aria-busy="true"]') && (!!document.querySelector('main h1') || document.body.innerText.includes(${JSON.stringify(notFoundText)}))`,
            undefined,
            { timeout: 15_000 },
          );
          const notFound = await page.getByText(notFoundText).count();
          const onPath = new URL(page.url()).pathname === path;
          const violations = await seriousA11yViolations(page);
          const horizontalScroll = (await page.evaluate('document.documentElement.scrollWidth > window.innerWidth')) as boolean;
          results.push({ screen, viewport, shown: onPath && notFound === 0, violations, consoleErrors: [...consoleErrors], horizontalScroll });
        } catch (error) {
          results.push({ screen, viewport, shown: false, violations: [`could not open: ${(error as Error).message.split('\n')[0]}`], consoleErrors: [...consoleErrors], horizontalScroll: false });
        }
      }
    } finally {
      await page.close();
    }
  }
  return results;
}

const kb = (bytes: number) => Math.round((bytes / KB) * 10) / 10;
const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');

export function printWeb(report: WebReport): void {
  const { targets } = report;
  console.log(`\nWeb SPA production build (${report.build.outDir}, ${report.build.ms} ms): JavaScript sizes, gzip`);
  console.table([
    {
      what: 'initial JS (entry + static imports)',
      files: report.initial.files.map((file) => file.file).join(' '),
      'gzip KB': kb(report.initial.gzipBytes),
      target: `≤ ${targets.initialJsGzipKB} KB`,
      result: verdict(report.initial.pass),
    },
    ...report.lazy.map((chunk) => ({
      what: `lazy chunk${chunk.source ? ` (${chunk.source})` : ''}`,
      files: chunk.file,
      'gzip KB': kb(chunk.gzipBytes),
      target: `≤ ${targets.lazyChunkGzipKB} KB`,
      result: verdict(chunk.pass),
    })),
  ]);
  console.log(`Initial CSS: ${kb(report.initial.cssGzipBytes)} KB gzip`);
  console.log(
    `\nLighthouse (headless Chromium; median of ${report.lighthouse[0]?.runs.length ?? 0} run(s) by performance), target ≥ ${targets.lighthouseScore}` +
      ` (performance is simulated from observed CPU time: a busy machine, low CPU index or high load, scores lower)`,
  );
  console.table(
    report.lighthouse.map((run) => ({
      page: run.page,
      'form factor': run.formFactor,
      performance: run.performance,
      accessibility: run.accessibility,
      'FCP ms': run.metrics.fcpMs,
      'LCP ms': run.metrics.lcpMs,
      'TBT ms': run.metrics.tbtMs,
      CLS: run.metrics.cls,
      'perf runs': run.runs.join(' '),
      'CPU index': run.benchmarkIndex,
      load: run.loadAverage,
      result: verdict(run.pass),
    })),
  );
  for (const run of report.lighthouse.filter((r) => r.flagged.length)) console.log(`  ${run.page} ${run.formFactor}: ${run.flagged.join(', ')}`);
  console.log('\naxe-core (wcag2a/aa, wcag21a/aa): serious or critical violations per screen, target none');
  console.table(
    report.axe.map((result) => ({
      screen: result.screen,
      viewport: result.viewport,
      shown: result.shown,
      'serious/critical': result.violations.length,
      'console errors': result.consoleErrors.length,
      'horizontal scroll': result.horizontalScroll,
      result: verdict(result.pass),
    })),
  );
  for (const result of report.axe.filter((r) => r.violations.length || r.consoleErrors.length)) {
    console.log(`  ${result.screen} (${result.viewport}): ${[...result.violations, ...result.consoleErrors.map((e) => `console: ${e}`)].join(' | ')}`);
  }
  const all = [report.initial.pass, ...report.lazy.map((c) => c.pass), ...report.lighthouse.map((r) => r.pass), ...report.axe.map((r) => r.pass)];
  console.log(`\nWeb budgets: ${all.filter(Boolean).length} of ${all.length} PASS`);
}
