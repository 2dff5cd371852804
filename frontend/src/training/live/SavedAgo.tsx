import { useI18n } from '../../i18n/i18n';
import { useNow } from '../../ui/useNow';

/** "Saved 12 s ago", "Saving…" or "Not saved": how safe the athlete's logged work is right now. */
export function SavedAgo({ savedAt, saving, failed }: { savedAt: number | null; saving: boolean; failed: boolean }) {
  const { t } = useI18n();
  const now = useNow(1000, savedAt !== null);
  let text = t('saved.never');
  if (saving) text = t('saved.saving');
  else if (failed) text = t('saved.failed');
  else if (savedAt !== null) {
    const seconds = Math.max(0, Math.round((now - savedAt) / 1000));
    text = seconds < 60 ? t('saved.secondsAgo', { s: seconds }) : t('saved.minutesAgo', { min: Math.floor(seconds / 60) });
  }
  return (
    <p className={failed ? 'saved saved-failed' : 'saved'} data-testid="saved-indicator">
      {text}
    </p>
  );
}
