import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { cognitoPoolFile, latestConfirmationCode } from '../../infra/local/confirmation-codes';
import { repoRoot } from '../../infra/local/paths';

/** Debian's Chromium (apt-get install chromium); playwright-core never downloads a browser. */
export const chromiumPath = process.env.TWINFORGE_CHROMIUM ?? '/usr/bin/chromium';

const flags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

/** Headless Chromium with a fresh profile, English UI and a laptop-sized window (or a phone's). */
export async function launchBrowser(options: { locale?: string; viewport?: keyof typeof viewports } = {}): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}: apt-get install -y chromium (or set TWINFORGE_CHROMIUM).`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'twinforge-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: flags,
    locale: options.locale ?? 'en-US',
    viewport: viewports[options.viewport ?? 'desktop'],
    ...(options.viewport === 'phone' ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot under .local/screenshots/ (to look at after a run). */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = join(repoRoot, '.local', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The confirmation code cognito-local keeps for this address (it sends no e-mail). */
export async function confirmationCode(localDir: string, email: string, timeoutMs = 30_000): Promise<string> {
  const endpoints = JSON.parse(readFileSync(join(localDir, 'endpoints.json'), 'utf8')) as { userPoolId: string };
  const poolFile = cognitoPoolFile(join(localDir, 'cognito'), endpoints.userPoolId);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const code = latestConfirmationCode(poolFile, email);
    if (code) return code;
    if (Date.now() > deadline) throw new Error(`no confirmation code for ${email} in ${poolFile}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Signs a new athlete up, confirms and signs in through the UI (English), landing on the first tab. */
export async function signUpThroughUi(page: Page, webUrl: string, localDir: string, email: string, password = 'Passw0rd!web'): Promise<void> {
  await page.goto(webUrl);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  // The confirm screen shows once Cognito has taken the sign-up (slow when many browsers share 2 cores).
  await page.getByRole('heading', { name: 'Confirm your e-mail', level: 1 }).waitFor({ timeout: 30_000 });
  await page.getByLabel('Confirmation code').fill(await confirmationCode(localDir, email));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByText('Your account is confirmed').waitFor();
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation').waitFor();
}

/** Console errors and failed page requests seen by the page (a test asserts it stays empty). */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** axe-core on the current screen: the serious and critical violations, as readable lines (empty = pass). */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Calls the API as the user signed in on `page` (its ID token), for set-up the test does not check. */
export async function apiAsSignedIn(page: Page, apiUrl: string, method: string, path: string, body?: unknown): Promise<any> {
  const token = await page.evaluate<string>("JSON.parse(localStorage.getItem('twinforge.auth')).idToken");
  const response = await fetch(`${apiUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.status === 204 ? null : response.json();
}
