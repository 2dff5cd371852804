/**
 * Progression chains, easiest first. They are the single source of `progression.easier/harder`
 * in the catalog, so links always go both ways and an exercise sits in at most one chain.
 */
export type ChainKind = 'push' | 'pull' | 'legs' | 'core' | 'skill' | 'conditioning';

export interface ProgressionChain {
  id: string;
  name: { en: string; fr: string };
  kind: ChainKind;
  ids: readonly string[];
}

export const progressionChains: readonly ProgressionChain[] = [
  {
    id: 'push-up', name: { en: 'Push-up', fr: 'Pompes' }, kind: 'push',
    ids: ['wall-push-up', 'incline-push-up', 'knee-push-up', 'push-up', 'diamond-push-up', 'archer-push-up', 'one-arm-push-up'],
  },
  {
    id: 'handstand-push-up', name: { en: 'Handstand push-up', fr: 'Pompes en équilibre' }, kind: 'push',
    ids: ['pike-push-up', 'elevated-pike-push-up', 'wall-handstand-push-up', 'freestanding-handstand-push-up'],
  },
  {
    id: 'dip', name: { en: 'Dip', fr: 'Dips' }, kind: 'push',
    ids: ['bench-dip', 'support-hold', 'negative-dip', 'parallel-bar-dip', 'ring-dip'],
  },
  {
    id: 'pull-up', name: { en: 'Pull-up', fr: 'Tractions' }, kind: 'pull',
    ids: ['dead-hang', 'scapular-pull-up', 'negative-pull-up', 'band-assisted-pull-up', 'pull-up', 'chest-to-bar-pull-up', 'archer-pull-up', 'one-arm-pull-up'],
  },
  {
    id: 'row', name: { en: 'Bodyweight row', fr: 'Tirage horizontal' }, kind: 'pull',
    ids: ['doorframe-row', 'ring-row', 'feet-elevated-ring-row', 'archer-ring-row'],
  },
  {
    id: 'muscle-up', name: { en: 'Muscle-up', fr: 'Muscle-up' }, kind: 'skill',
    ids: ['explosive-pull-up', 'bar-muscle-up', 'ring-muscle-up'],
  },
  {
    id: 'squat', name: { en: 'Single-leg squat', fr: 'Squat unijambiste' }, kind: 'legs',
    ids: ['assisted-squat', 'air-squat', 'split-squat', 'cossack-squat', 'assisted-pistol-squat', 'pistol-squat', 'shrimp-squat'],
  },
  {
    id: 'hamstring', name: { en: 'Hip extension', fr: 'Extension de hanche' }, kind: 'legs',
    ids: ['glute-bridge', 'single-leg-glute-bridge', 'nordic-curl'],
  },
  {
    id: 'leg-raise', name: { en: 'Leg raise', fr: 'Relevés de jambes' }, kind: 'core',
    ids: ['hanging-knee-raise', 'hanging-leg-raise', 'strict-toes-to-bar', 'windshield-wiper'],
  },
  {
    id: 'handstand', name: { en: 'Handstand', fr: 'Équilibre' }, kind: 'skill',
    ids: ['wall-plank-hold', 'chest-to-wall-handstand', 'freestanding-handstand', 'press-to-handstand'],
  },
  {
    id: 'l-sit', name: { en: 'L-sit', fr: 'Équerre' }, kind: 'skill',
    ids: ['tuck-l-sit', 'one-leg-l-sit', 'l-sit', 'v-sit'],
  },
  {
    id: 'front-lever', name: { en: 'Front lever', fr: 'Front lever' }, kind: 'skill',
    ids: ['tuck-front-lever', 'advanced-tuck-front-lever', 'straddle-front-lever', 'full-front-lever'],
  },
  {
    id: 'back-lever', name: { en: 'Back lever', fr: 'Back lever' }, kind: 'skill',
    ids: ['skin-the-cat', 'tuck-back-lever', 'back-lever'],
  },
  {
    id: 'planche', name: { en: 'Planche', fr: 'Planche' }, kind: 'skill',
    ids: ['planche-lean', 'pseudo-planche-push-up', 'tuck-planche', 'advanced-tuck-planche', 'straddle-planche'],
  },
  {
    id: 'jump-rope', name: { en: 'Jump rope', fr: 'Corde à sauter' }, kind: 'conditioning',
    ids: ['single-under', 'double-under'],
  },
  {
    id: 'box', name: { en: 'Box', fr: 'Box' }, kind: 'conditioning',
    ids: ['box-step-over', 'box-jump'],
  },
];
