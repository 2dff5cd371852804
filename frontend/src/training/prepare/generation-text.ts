import type { infer as Infer } from 'zod';
import type { generationReportSchema } from '../../../../functions/training/schemas';
import type { TrainingSession } from '../../api/types';
import type { Messages } from '../../i18n/en';

/** Which provider wrote a generated session, and why (the 201's `generation`). */
export type GenerationReport = Infer<typeof generationReportSchema>;
export type GenerationSession = Pick<TrainingSession, 'id' | 'provider' | 'tokenUsage'>;
type TextKey = keyof Messages['text'];
type Translate = (key: TextKey, vars?: Record<string, string | number>) => string;
type Locale = 'en' | 'fr';

/** "$0.0042", "$1.50": small AI costs keep their significant digits. */
export function formatUsd(amount: number, locale: Locale): string {
  const digits = amount !== 0 && Math.abs(amount) < 0.01 ? 4 : 2;
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: digits }).format(amount);
}

/**
 * Who wrote the session: the `generation` report cached when this app asked for it (with the
 * reason the offline coach stepped in), else what the session itself says (after a reload).
 */
export function generationText(session: GenerationSession, report: GenerationReport | undefined, t: Translate, locale: Locale): string {
  const provider = report?.provider ?? session.provider;
  if (provider === 'user') return t('prepare.generation.user');
  if (provider === 'openai') {
    const usage = report?.tokenUsage ?? session.tokenUsage;
    if (!usage) return t('prepare.generation.openai.plain');
    const vars = { tokens: new Intl.NumberFormat(locale).format(usage.inputTokens + usage.outputTokens), cost: formatUsd(usage.costUsd, locale) };
    return report?.model ? t('prepare.generation.openai', { ...vars, model: report.model }) : t('prepare.generation.openai.noModel', vars);
  }
  const reason = report?.offlineReason ?? (report?.budgetExceeded ? 'over_budget' : null);
  if (!reason) return t('prepare.generation.offline');
  if (reason === 'over_budget') {
    const budget = report?.aiBudget;
    return budget
      ? t('prepare.generation.offline.over_budget', { used: formatUsd(budget.usedUsd, locale), budget: formatUsd(budget.budgetUsd, locale) })
      : t('prepare.generation.offline.over_budget.unknown');
  }
  return t(`prepare.generation.offline.${reason}` satisfies TextKey);
}
