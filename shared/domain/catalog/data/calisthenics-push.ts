import { defineExercises } from '../define';

const push = { primary: ['chest', 'triceps'], secondary: ['front-delts', 'abs'] } as const;
const overhead = { primary: ['front-delts', 'triceps'], secondary: ['side-delts', 'upper-back', 'abs'] } as const;
const dip = { primary: ['triceps', 'chest'], secondary: ['front-delts'] } as const;

/** Bodyweight pushing: push-up, handstand push-up and dip progressions. */
export const calisthenicsPush = /* @__PURE__ */ defineExercises('calisthenics', () => [
  {
    id: 'wall-push-up', en: 'Wall push-up', fr: 'Pompe contre le mur',
    synonyms: ['wall pushup', 'pompes au mur'],
    coaches: ['calisthenics', 'force'], primary: [...push.primary], secondary: [...push.secondary],
    equipment: ['none'], pattern: 'horizontal-push', met: [2.5, 3, 3.8], units: 'reps', level: 'beginner',
    visual: ['standing', 'wall', ['hands on wall', 'leaning push-up']],
  },
  {
    id: 'incline-push-up', en: 'Incline push-up', fr: 'Pompe inclinée',
    synonyms: ['incline pushup', 'hands elevated push-up', 'pompes surélevées', 'pompes inclinées'],
    coaches: ['calisthenics', 'force', 'functional'], primary: [...push.primary], secondary: [...push.secondary],
    equipment: ['none'], pattern: 'horizontal-push', met: [2.8, 3.5, 4.5], units: 'reps', level: 'beginner',
    visual: ['plank', 'bench', ['hands on raised surface', 'straight body']],
  },
  {
    id: 'knee-push-up', en: 'Knee push-up', fr: 'Pompe sur les genoux',
    synonyms: ['kneeling push-up', 'pompes genoux'],
    coaches: ['calisthenics', 'force', 'functional'], primary: [...push.primary], secondary: [...push.secondary],
    equipment: ['none'], pattern: 'horizontal-push', met: [2.8, 3.5, 4.5], units: 'reps', level: 'beginner',
    visual: ['kneeling', 'bodyweight', ['knees on floor', 'chest to floor']],
  },
  {
    id: 'push-up', en: 'Push-up', fr: 'Pompe',
    synonyms: ['pushup', 'press up', 'push ups', 'pompes'],
    coaches: ['calisthenics', 'force', 'functional', 'competitions'], primary: [...push.primary], secondary: [...push.secondary],
    equipment: ['none'], pattern: 'horizontal-push', met: [3.8, 5, 8], units: 'reps', level: 'beginner',
    visual: ['plank', 'bodyweight', ['straight body', 'chest to floor']],
  },
  {
    id: 'diamond-push-up', en: 'Diamond push-up', fr: 'Pompe diamant',
    synonyms: ['close grip push-up', 'triangle push-up', 'pompes diamant', 'pompes serrées'],
    coaches: ['calisthenics', 'force'], primary: ['triceps', 'chest'], secondary: ['front-delts', 'abs'],
    equipment: ['none'], pattern: 'horizontal-push', met: [3.8, 5, 8], units: 'reps', level: 'intermediate',
    visual: ['plank', 'bodyweight', ['hands together under chest', 'diamond shape']],
  },
  {
    id: 'archer-push-up', en: 'Archer push-up', fr: 'Pompe archer',
    synonyms: ['archer pushup', 'pompes archer'],
    coaches: ['calisthenics'], primary: [...push.primary], secondary: [...push.secondary],
    equipment: ['none'], pattern: 'horizontal-push', unilateral: true, met: [3.8, 5, 8], units: 'reps', level: 'advanced',
    visual: ['plank', 'bodyweight', ['wide hands', 'one arm straight to the side']],
  },
  {
    id: 'one-arm-push-up', en: 'One-arm push-up', fr: 'Pompe à un bras',
    synonyms: ['single arm push-up', 'one arm pushup', 'pompes un bras'],
    coaches: ['calisthenics'], primary: [...push.primary], secondary: ['front-delts', 'abs', 'obliques'],
    equipment: ['none'], pattern: 'horizontal-push', unilateral: true, met: [4, 6, 8], units: 'reps', level: 'elite',
    visual: ['plank', 'bodyweight', ['wide feet', 'one hand on floor', 'other arm behind back']],
  },
  {
    id: 'decline-push-up', en: 'Decline push-up', fr: 'Pompe déclinée',
    synonyms: ['feet elevated push-up', 'pompes pieds surélevés'],
    coaches: ['calisthenics', 'force'], primary: ['chest', 'front-delts'], secondary: ['triceps', 'abs'],
    equipment: ['none'], pattern: 'horizontal-push', met: [3.8, 5, 8], units: 'reps', level: 'intermediate',
    visual: ['plank', 'bench', ['feet on raised surface', 'head lower than feet']],
  },
  {
    id: 'clap-push-up', en: 'Clap push-up', fr: 'Pompe claquée',
    synonyms: ['plyo push-up', 'explosive push-up', 'pompes claquées', 'pompes explosives'],
    coaches: ['calisthenics', 'functional'], primary: [...push.primary], secondary: [...push.secondary],
    equipment: ['none'], pattern: 'horizontal-push', met: [4, 6, 8], units: 'reps', level: 'intermediate',
    visual: ['airborne', 'bodyweight', ['hands leave floor', 'clap mid air']],
  },
  {
    id: 'pike-push-up', en: 'Pike push-up', fr: 'Pompe en pike',
    synonyms: ['pike pushup', 'pompes piquées', 'pompe pike'],
    coaches: ['calisthenics', 'force', 'functional'], primary: [...overhead.primary], secondary: [...overhead.secondary],
    equipment: ['none'], pattern: 'vertical-push', met: [3.5, 4.5, 6], units: 'reps', level: 'beginner',
    visual: ['inverted', 'bodyweight', ['hips high inverted v', 'head towards floor']],
  },
  {
    id: 'elevated-pike-push-up', en: 'Elevated pike push-up', fr: 'Pompe pike pieds surélevés',
    synonyms: ['feet elevated pike push-up', 'box pike push-up', 'pike surélevé'],
    coaches: ['calisthenics', 'force'], primary: [...overhead.primary], secondary: [...overhead.secondary],
    equipment: ['none'], pattern: 'vertical-push', met: [3.5, 5, 6.5], units: 'reps', level: 'intermediate',
    visual: ['inverted', 'box', ['feet on box', 'hips over hands']],
  },
  {
    id: 'wall-handstand-push-up', en: 'Wall handstand push-up', fr: 'Pompe en équilibre contre le mur',
    synonyms: ['handstand push-up', 'hspu', 'wall hspu', 'pompes en poirier'],
    coaches: ['calisthenics', 'functional'], primary: [...overhead.primary], secondary: [...overhead.secondary],
    equipment: ['none'], pattern: 'vertical-push', met: [4, 6, 8], units: 'reps', level: 'advanced',
    visual: ['inverted', 'wall', ['heels on wall', 'head to floor']],
  },
  {
    id: 'freestanding-handstand-push-up', en: 'Freestanding handstand push-up', fr: 'Pompe en équilibre libre',
    synonyms: ['freestanding hspu', 'free hspu'],
    coaches: ['calisthenics'], primary: [...overhead.primary], secondary: [...overhead.secondary],
    equipment: ['none'], pattern: 'vertical-push', met: [4, 6, 8], units: 'reps', level: 'elite',
    visual: ['inverted', 'bodyweight', ['balanced handstand', 'lowering head']],
  },
  {
    id: 'bench-dip', en: 'Bench dip', fr: 'Dips sur banc',
    synonyms: ['chair dip', 'bench dips', 'dips sur chaise'],
    coaches: ['calisthenics', 'force', 'functional'], primary: ['triceps'], secondary: ['chest', 'front-delts'],
    equipment: ['none'], pattern: 'vertical-push', met: [2.8, 3.5, 5], units: 'reps', level: 'beginner',
    visual: ['seated', 'bench', ['hands on edge behind', 'elbows bend back']],
  },
  {
    id: 'support-hold', en: 'Dip support hold', fr: 'Maintien en appui aux barres',
    synonyms: ['support hold', 'straight arm support', 'appui barres parallèles'],
    coaches: ['calisthenics'], primary: ['triceps', 'front-delts'], secondary: ['chest', 'abs'],
    equipment: ['dip-bars'], pattern: 'vertical-push', met: [2.5, 3, 4], units: 'time', level: 'beginner',
    visual: ['support', 'dip bars', ['arms locked', 'shoulders depressed']],
  },
  {
    id: 'negative-dip', en: 'Negative dip', fr: 'Dips négatifs',
    synonyms: ['eccentric dip', 'dip négatif'],
    coaches: ['calisthenics'], primary: [...dip.primary], secondary: [...dip.secondary],
    equipment: ['dip-bars'], pattern: 'vertical-push', met: [3, 4, 5], units: 'reps', level: 'beginner',
    visual: ['support', 'dip bars', ['slow lowering', 'elbows bending']],
  },
  {
    id: 'parallel-bar-dip', en: 'Parallel bar dip', fr: 'Dips aux barres parallèles',
    synonyms: ['dip', 'dips', 'bar dip', 'chest dip', 'dips barres'],
    coaches: ['calisthenics', 'force', 'functional'], primary: [...dip.primary], secondary: [...dip.secondary],
    equipment: ['dip-bars'], pattern: 'vertical-push', met: [3.8, 5, 8], units: 'reps', level: 'intermediate',
    visual: ['support', 'dip bars', ['deep dip', 'shoulders below elbows']],
  },
  {
    id: 'ring-dip', en: 'Ring dip', fr: 'Dips aux anneaux',
    synonyms: ['ring dips', 'dips anneaux'],
    coaches: ['calisthenics', 'functional'], primary: [...dip.primary], secondary: ['front-delts', 'abs', 'biceps'],
    equipment: ['rings'], pattern: 'vertical-push', met: [4, 6, 8], units: 'reps', level: 'advanced',
    visual: ['support', 'gymnastic rings', ['rings turned out', 'deep dip']],
  },
  {
    id: 'straight-bar-dip', en: 'Straight bar dip', fr: 'Dips à la barre fixe',
    synonyms: ['bar dip straight', 'dips barre droite'],
    coaches: ['calisthenics'], primary: [...dip.primary], secondary: ['front-delts', 'abs'],
    equipment: ['pull-up-bar'], pattern: 'vertical-push', met: [3.8, 5, 7], units: 'reps', level: 'intermediate',
    visual: ['support', 'pull-up bar', ['body over single bar', 'lean forward dip']],
  },
]);
