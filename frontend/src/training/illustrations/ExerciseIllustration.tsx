import type { Discipline } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { useIllustration, type SessionIllustration } from './useIllustration';
import './illustrations.css';

/**
 * An exercise's illustration beside its name: the WebP once ready (512 px, 1024 px on dense
 * screens), a neutral placeholder while it is drawn; it swaps in by itself (polling).
 */
export function ExerciseIllustration(props: { exerciseId: string; discipline: Discipline; name: string; known?: SessionIllustration; size: 'small' | 'large' }) {
  const { t } = useI18n();
  const { data } = useIllustration(props.exerciseId, props.discipline, props.known);
  const px = props.size === 'small' ? 96 : 160;
  if (data?.status === 'ready' && data.url) {
    const srcSet = data.urls ? Object.entries(data.urls).map(([width, url]) => `${url} ${width}w`).join(', ') : undefined;
    return (
      <img
        className={`exercise-illustration exercise-illustration-${props.size}`}
        src={data.url}
        srcSet={srcSet}
        sizes={`${px}px`}
        width={px}
        height={px}
        loading="lazy"
        decoding="async"
        alt={t('illustration.alt', { name: props.name })}
        data-illustration="ready"
      />
    );
  }
  const failed = data?.status === 'failed';
  return (
    <span
      className={`exercise-illustration exercise-illustration-${props.size} exercise-illustration-placeholder`}
      style={{ width: px, height: px }}
      role="img"
      aria-label={t(failed ? 'illustration.failed' : 'illustration.pending', { name: props.name })}
      data-illustration={failed ? 'failed' : 'pending'}
    />
  );
}
