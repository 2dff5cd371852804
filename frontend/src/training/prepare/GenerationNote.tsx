import { useI18n } from '../../i18n/i18n';
import { generationText, type GenerationSession } from './generation-text';
import { useGenerationReport } from './usePrepare';
import './generation-note.css';

/** One line under a session's title saying who wrote it, and why the offline coach did when it did. */
export function GenerationNote({ session }: { session: GenerationSession }) {
  const { t, locale } = useI18n();
  const report = useGenerationReport(session.id);
  const provider = report?.provider ?? session.provider;
  return <p className={`generation-note generation-${provider}`}>{generationText(session, report, t, locale)}</p>;
}
