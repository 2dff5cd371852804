import { defineExercises } from '../define';

const vertical = { primary: ['lats', 'biceps'], secondary: ['upper-back', 'forearms', 'abs'] } as const;
const row = { primary: ['upper-back', 'lats'], secondary: ['biceps', 'rear-delts', 'abs'] } as const;

/** Bodyweight pulling: pull-up, row and muscle-up progressions. */
export const calisthenicsPull = /* @__PURE__ */ defineExercises('calisthenics', () => [
  {
    id: 'dead-hang', en: 'Dead hang', fr: 'Suspension passive',
    synonyms: ['bar hang', 'passive hang', 'suspension à la barre'],
    coaches: ['calisthenics', 'functional'], primary: ['forearms', 'lats'], secondary: ['upper-back'],
    equipment: ['pull-up-bar'], pattern: 'vertical-pull', met: [2.5, 3, 3.5], units: 'time', level: 'beginner',
    visual: ['hanging', 'pull-up bar', ['arms straight', 'relaxed hang']],
  },
  {
    id: 'scapular-pull-up', en: 'Scapular pull-up', fr: 'Traction scapulaire',
    synonyms: ['scap pull', 'scapula pull-up', 'tractions scapulaires'],
    coaches: ['calisthenics', 'functional'], primary: ['lats', 'traps'], secondary: ['upper-back', 'forearms'],
    equipment: ['pull-up-bar'], pattern: 'vertical-pull', met: [2.8, 3.5, 4], units: 'reps', level: 'beginner',
    visual: ['hanging', 'pull-up bar', ['straight arms', 'shoulder blades down']],
  },
  {
    id: 'negative-pull-up', en: 'Negative pull-up', fr: 'Traction négative',
    synonyms: ['eccentric pull-up', 'pull-up negative', 'tractions négatives'],
    coaches: ['calisthenics', 'force'], primary: [...vertical.primary], secondary: [...vertical.secondary],
    equipment: ['pull-up-bar'], pattern: 'vertical-pull', met: [3.5, 4.5, 6], units: 'reps', level: 'beginner',
    visual: ['hanging', 'pull-up bar', ['chin above bar', 'slow lowering']],
  },
  {
    id: 'band-assisted-pull-up', en: 'Band-assisted pull-up', fr: 'Traction assistée à l’élastique',
    synonyms: ['assisted pull-up', 'banded pull-up', 'traction élastique'],
    coaches: ['calisthenics', 'force', 'functional'], primary: [...vertical.primary], secondary: [...vertical.secondary],
    equipment: ['pull-up-bar', 'band'], pattern: 'vertical-pull', met: [3.5, 4.5, 6], units: 'reps', level: 'beginner',
    visual: ['hanging', 'resistance band', ['knee in band loop', 'pull-up']],
  },
  {
    id: 'pull-up', en: 'Pull-up', fr: 'Traction',
    synonyms: ['pullup', 'strict pull-up', 'pull ups', 'tractions', 'traction pronation'],
    coaches: ['calisthenics', 'force', 'functional', 'competitions'], primary: [...vertical.primary], secondary: [...vertical.secondary],
    equipment: ['pull-up-bar'], pattern: 'vertical-pull', met: [3.8, 5, 8], units: 'reps', level: 'intermediate',
    visual: ['hanging', 'pull-up bar', ['overhand grip', 'chin over bar']],
  },
  {
    id: 'chin-up', en: 'Chin-up', fr: 'Traction supination',
    synonyms: ['chinup', 'underhand pull-up', 'chin ups', 'tractions supination'],
    coaches: ['calisthenics', 'force'], primary: ['lats', 'biceps'], secondary: ['upper-back', 'forearms'],
    equipment: ['pull-up-bar'], pattern: 'vertical-pull', met: [3.8, 5, 8], units: 'reps', level: 'intermediate',
    visual: ['hanging', 'pull-up bar', ['underhand grip', 'chin over bar']],
  },
  {
    id: 'chest-to-bar-pull-up', en: 'Chest-to-bar pull-up', fr: 'Traction poitrine à la barre',
    synonyms: ['c2b', 'chest to bar', 'traction poitrine barre'],
    coaches: ['calisthenics', 'functional'], primary: [...vertical.primary], secondary: ['upper-back', 'rear-delts', 'abs'],
    equipment: ['pull-up-bar'], pattern: 'vertical-pull', met: [4, 6, 8], units: 'reps', level: 'advanced',
    visual: ['hanging', 'pull-up bar', ['chest touches bar', 'high pull']],
  },
  {
    id: 'archer-pull-up', en: 'Archer pull-up', fr: 'Traction archer',
    synonyms: ['archer pullup', 'tractions archer'],
    coaches: ['calisthenics'], primary: [...vertical.primary], secondary: [...vertical.secondary],
    equipment: ['pull-up-bar'], pattern: 'vertical-pull', unilateral: true, met: [4, 6, 8], units: 'reps', level: 'advanced',
    visual: ['hanging', 'pull-up bar', ['wide grip', 'pulling to one hand', 'other arm straight']],
  },
  {
    id: 'one-arm-pull-up', en: 'One-arm pull-up', fr: 'Traction à un bras',
    synonyms: ['single arm pull-up', 'oap', 'traction un bras'],
    coaches: ['calisthenics'], primary: [...vertical.primary], secondary: ['forearms', 'abs', 'obliques'],
    equipment: ['pull-up-bar'], pattern: 'vertical-pull', unilateral: true, met: [4, 6, 8], units: 'reps', level: 'elite',
    visual: ['hanging', 'pull-up bar', ['one hand on bar', 'full pull']],
  },
  {
    id: 'doorframe-row', en: 'Doorframe row', fr: 'Tirage dans l’encadrement de porte',
    synonyms: ['door frame row', 'door row', 'tirage porte'],
    coaches: ['calisthenics', 'force', 'competitions'], primary: [...row.primary], secondary: [...row.secondary],
    equipment: ['none'], pattern: 'horizontal-pull', unilateral: true, met: [2.5, 3, 4], units: 'reps', level: 'beginner',
    visual: ['standing', 'doorframe', ['holding door frame', 'leaning back row']],
  },
  {
    id: 'ring-row', en: 'Ring row', fr: 'Tirage aux anneaux',
    synonyms: ['ring rows', 'rowing anneaux', 'tirage horizontal anneaux'],
    coaches: ['calisthenics', 'force', 'functional', 'competitions'], primary: [...row.primary], secondary: [...row.secondary],
    equipment: ['rings'], pattern: 'horizontal-pull', met: [3, 4, 5], units: 'reps', level: 'beginner',
    visual: ['supine', 'gymnastic rings', ['leaning back', 'rings pulled to chest']],
  },
  {
    id: 'feet-elevated-ring-row', en: 'Feet-elevated ring row', fr: 'Tirage aux anneaux pieds surélevés',
    synonyms: ['elevated ring row', 'tirage anneaux pieds surélevés'],
    coaches: ['calisthenics', 'force'], primary: [...row.primary], secondary: [...row.secondary],
    equipment: ['rings', 'box'], pattern: 'horizontal-pull', met: [3.5, 4.5, 6], units: 'reps', level: 'intermediate',
    visual: ['supine', 'gymnastic rings', ['feet on box', 'horizontal body row']],
  },
  {
    id: 'archer-ring-row', en: 'Archer ring row', fr: 'Tirage archer aux anneaux',
    synonyms: ['archer row', 'tirage archer'],
    coaches: ['calisthenics'], primary: [...row.primary], secondary: [...row.secondary],
    equipment: ['rings'], pattern: 'horizontal-pull', unilateral: true, met: [3.5, 4.5, 6], units: 'reps', level: 'advanced',
    visual: ['supine', 'gymnastic rings', ['one arm pulls', 'other arm straight to side']],
  },
  {
    id: 'explosive-pull-up', en: 'Explosive pull-up', fr: 'Traction explosive',
    synonyms: ['high pull-up', 'chest to bar explosive', 'traction haute'],
    coaches: ['calisthenics'], primary: [...vertical.primary], secondary: ['upper-back', 'rear-delts', 'abs'],
    equipment: ['pull-up-bar'], pattern: 'vertical-pull', met: [4, 6, 8], units: 'reps', level: 'intermediate',
    visual: ['hanging', 'pull-up bar', ['fast pull', 'hips to bar']],
  },
  {
    id: 'bar-muscle-up', en: 'Bar muscle-up', fr: 'Muscle-up à la barre',
    synonyms: ['muscle up', 'muscle-up', 'bar mu', 'muscle up barre'],
    coaches: ['calisthenics', 'functional'], primary: ['lats', 'triceps', 'chest'], secondary: ['biceps', 'abs', 'front-delts'],
    equipment: ['pull-up-bar'], pattern: 'skill', met: [4, 6, 8], units: 'reps', level: 'advanced',
    visual: ['support', 'pull-up bar', ['pull into transition', 'press over bar']],
  },
  {
    id: 'ring-muscle-up', en: 'Ring muscle-up', fr: 'Muscle-up aux anneaux',
    synonyms: ['ring mu', 'muscle up anneaux'],
    coaches: ['calisthenics', 'functional'], primary: ['lats', 'triceps', 'chest'], secondary: ['biceps', 'abs', 'forearms'],
    equipment: ['rings'], pattern: 'skill', met: [4, 6, 8], units: 'reps', level: 'elite',
    visual: ['support', 'gymnastic rings', ['false grip', 'transition over rings']],
  },
  {
    id: 'prone-ytw-raise', en: 'Prone Y-T-W raise', fr: 'Élévations Y-T-W à plat ventre',
    synonyms: ['ytw', 'y t w raise', 'prone raises', 'ytw au sol'],
    coaches: ['calisthenics', 'force', 'functional'], primary: ['rear-delts', 'upper-back'], secondary: ['traps', 'lower-back'],
    equipment: ['none'], pattern: 'horizontal-pull', met: [2.3, 2.8, 3.5], units: 'reps', level: 'beginner',
    visual: ['prone', 'bodyweight', ['lying face down', 'arms in y t w shapes']],
  },
]);
