import { defineExercises } from '../define';

const lever = { primary: ['lats', 'abs'], secondary: ['rear-delts', 'upper-back', 'forearms', 'glutes'] } as const;
const planche = { primary: ['front-delts', 'chest'], secondary: ['triceps', 'abs', 'forearms'] } as const;
const compression = { primary: ['abs', 'hip-flexors'], secondary: ['triceps', 'quads'] } as const;

/** Static skills: handstand, L-sit, front lever, back lever and planche. */
export const calisthenicsSkills = /* @__PURE__ */ defineExercises('calisthenics', () => [
  {
    id: 'wall-plank-hold', en: 'Wall plank hold', fr: 'Planche au mur',
    synonyms: ['wall handstand plank', 'feet on wall plank', 'poirier pieds au mur incliné'],
    coaches: ['calisthenics', 'functional'], primary: ['front-delts', 'abs'], secondary: ['triceps', 'upper-back'],
    equipment: ['none'], pattern: 'skill', met: [2.8, 3.5, 4.5], units: 'time', level: 'beginner',
    visual: ['inverted', 'wall', ['feet on wall', 'body angled', 'hands on floor']],
  },
  {
    id: 'chest-to-wall-handstand', en: 'Chest-to-wall handstand', fr: 'Équilibre face au mur',
    synonyms: ['wall handstand', 'handstand against wall', 'poirier face au mur', 'équilibre au mur'],
    coaches: ['calisthenics', 'functional'], primary: ['front-delts', 'abs'], secondary: ['triceps', 'upper-back', 'forearms'],
    equipment: ['none'], pattern: 'skill', met: [2.8, 3.5, 4.5], units: 'time', level: 'intermediate',
    visual: ['inverted', 'wall', ['chest facing wall', 'straight line handstand']],
  },
  {
    id: 'freestanding-handstand', en: 'Freestanding handstand', fr: 'Équilibre sur les mains',
    synonyms: ['handstand', 'free handstand', 'handstand hold', 'poirier', 'appui tendu renversé', 'atr'],
    coaches: ['calisthenics'], primary: ['front-delts', 'abs'], secondary: ['triceps', 'forearms', 'upper-back'],
    equipment: ['none'], pattern: 'skill', met: [2.8, 3.5, 4.5], units: 'time', level: 'advanced',
    visual: ['inverted', 'bodyweight', ['balanced on hands', 'legs together vertical']],
  },
  {
    id: 'press-to-handstand', en: 'Press to handstand', fr: 'Montée en force à l’équilibre',
    synonyms: ['press handstand', 'straddle press', 'montée atr en force'],
    coaches: ['calisthenics'], primary: ['front-delts', 'abs', 'hip-flexors'], secondary: ['triceps', 'upper-back'],
    equipment: ['none'], pattern: 'skill', met: [3, 4, 5], units: 'reps', level: 'elite',
    visual: ['inverted', 'bodyweight', ['straddle legs rising', 'hips over hands']],
  },
  {
    id: 'tuck-l-sit', en: 'Tuck L-sit', fr: 'L-sit groupé',
    synonyms: ['tuck sit', 'l sit tuck', 'équerre groupée'],
    coaches: ['calisthenics'], primary: [...compression.primary], secondary: [...compression.secondary],
    equipment: ['none'], pattern: 'skill', met: [2.5, 3, 4], units: 'time', level: 'beginner',
    visual: ['support', 'parallettes', ['knees tucked', 'hips off floor']],
  },
  {
    id: 'one-leg-l-sit', en: 'One-leg L-sit', fr: 'L-sit une jambe',
    synonyms: ['single leg l-sit', 'équerre une jambe'],
    coaches: ['calisthenics'], primary: [...compression.primary], secondary: [...compression.secondary],
    equipment: ['none'], pattern: 'skill', met: [2.5, 3, 4], units: 'time', level: 'intermediate',
    visual: ['support', 'parallettes', ['one leg extended', 'other tucked']],
  },
  {
    id: 'l-sit', en: 'L-sit', fr: 'Équerre',
    synonyms: ['l sit', 'l-sit hold', 'lsit', 'équerre au sol'],
    coaches: ['calisthenics', 'functional'], primary: [...compression.primary], secondary: [...compression.secondary],
    equipment: ['none'], pattern: 'skill', met: [2.8, 3.5, 4.5], units: 'time', level: 'intermediate',
    visual: ['support', 'parallettes', ['legs straight horizontal', 'arms locked']],
  },
  {
    id: 'v-sit', en: 'V-sit', fr: 'V-sit',
    synonyms: ['v sit', 'équerre en v'],
    coaches: ['calisthenics'], primary: [...compression.primary], secondary: ['triceps', 'front-delts', 'quads'],
    equipment: ['none'], pattern: 'skill', met: [3, 4, 5], units: 'time', level: 'advanced',
    visual: ['support', 'parallettes', ['legs raised above horizontal', 'v shape']],
  },
  {
    id: 'tuck-front-lever', en: 'Tuck front lever', fr: 'Front lever groupé',
    synonyms: ['tuck fl', 'front lever tuck'],
    coaches: ['calisthenics'], primary: [...lever.primary], secondary: [...lever.secondary],
    equipment: ['pull-up-bar'], pattern: 'skill', met: [3, 4, 5], units: 'time', level: 'intermediate',
    visual: ['hanging', 'pull-up bar', ['knees tucked to chest', 'back horizontal']],
  },
  {
    id: 'advanced-tuck-front-lever', en: 'Advanced tuck front lever', fr: 'Front lever groupé avancé',
    synonyms: ['adv tuck front lever', 'advanced tuck fl'],
    coaches: ['calisthenics'], primary: [...lever.primary], secondary: [...lever.secondary],
    equipment: ['pull-up-bar'], pattern: 'skill', met: [3, 4, 5], units: 'time', level: 'advanced',
    visual: ['hanging', 'pull-up bar', ['flat back', 'knees at 90 degrees']],
  },
  {
    id: 'straddle-front-lever', en: 'Straddle front lever', fr: 'Front lever écarté',
    synonyms: ['straddle fl', 'front lever straddle'],
    coaches: ['calisthenics'], primary: [...lever.primary], secondary: [...lever.secondary],
    equipment: ['pull-up-bar'], pattern: 'skill', met: [3, 4, 5], units: 'time', level: 'elite',
    visual: ['hanging', 'pull-up bar', ['legs straddled', 'body horizontal']],
  },
  {
    id: 'full-front-lever', en: 'Front lever', fr: 'Front lever',
    synonyms: ['full front lever', 'front lever hold', 'planche avant suspendue'],
    coaches: ['calisthenics'], primary: [...lever.primary], secondary: [...lever.secondary],
    equipment: ['pull-up-bar'], pattern: 'skill', met: [3, 4, 5], units: 'time', level: 'elite',
    visual: ['hanging', 'pull-up bar', ['legs together', 'body horizontal face up']],
  },
  {
    id: 'skin-the-cat', en: 'Skin the cat', fr: 'Skin the cat',
    synonyms: ['german hang', 'retournement'],
    coaches: ['calisthenics'], primary: ['lats', 'front-delts'], secondary: ['abs', 'biceps', 'chest'],
    equipment: ['rings'], pattern: 'skill', met: [3, 3.8, 5], units: 'reps', level: 'intermediate',
    visual: ['hanging', 'gymnastic rings', ['rotating backwards through arms', 'german hang']],
  },
  {
    id: 'tuck-back-lever', en: 'Tuck back lever', fr: 'Back lever groupé',
    synonyms: ['tuck bl', 'back lever tuck'],
    coaches: ['calisthenics'], primary: ['lats', 'chest', 'biceps'], secondary: ['front-delts', 'abs', 'lower-back'],
    equipment: ['rings'], pattern: 'skill', met: [3, 4, 5], units: 'time', level: 'intermediate',
    visual: ['hanging', 'gymnastic rings', ['face down', 'knees tucked', 'back horizontal']],
  },
  {
    id: 'back-lever', en: 'Back lever', fr: 'Back lever',
    synonyms: ['full back lever', 'planche dorsale'],
    coaches: ['calisthenics'], primary: ['lats', 'chest', 'biceps'], secondary: ['front-delts', 'abs', 'lower-back', 'glutes'],
    equipment: ['rings'], pattern: 'skill', met: [3, 4, 5], units: 'time', level: 'advanced',
    visual: ['hanging', 'gymnastic rings', ['face down horizontal body', 'arms straight behind']],
  },
  {
    id: 'planche-lean', en: 'Planche lean', fr: 'Planche lean',
    synonyms: ['pseudo planche lean', 'inclinaison planche'],
    coaches: ['calisthenics'], primary: [...planche.primary], secondary: [...planche.secondary],
    equipment: ['none'], pattern: 'skill', met: [2.8, 3.5, 4.5], units: 'time', level: 'intermediate',
    visual: ['plank', 'bodyweight', ['shoulders ahead of hands', 'fingers back']],
  },
  {
    id: 'pseudo-planche-push-up', en: 'Pseudo planche push-up', fr: 'Pompe pseudo-planche',
    synonyms: ['ppp', 'pseudo planche pushup', 'pompes pseudo planche'],
    coaches: ['calisthenics'], primary: [...planche.primary], secondary: [...planche.secondary],
    equipment: ['none'], pattern: 'horizontal-push', met: [3.8, 5, 7], units: 'reps', level: 'intermediate',
    visual: ['plank', 'bodyweight', ['hands by hips', 'leaning push-up']],
  },
  {
    id: 'tuck-planche', en: 'Tuck planche', fr: 'Planche groupée',
    synonyms: ['planche tuck', 'tuck planche hold'],
    coaches: ['calisthenics'], primary: [...planche.primary], secondary: [...planche.secondary],
    equipment: ['parallettes'], pattern: 'skill', met: [3, 4, 5], units: 'time', level: 'advanced',
    visual: ['support', 'parallettes', ['knees tucked', 'feet off floor', 'arms straight']],
  },
  {
    id: 'advanced-tuck-planche', en: 'Advanced tuck planche', fr: 'Planche groupée avancée',
    synonyms: ['adv tuck planche'],
    coaches: ['calisthenics'], primary: [...planche.primary], secondary: [...planche.secondary],
    equipment: ['parallettes'], pattern: 'skill', met: [3, 4, 5], units: 'time', level: 'elite',
    visual: ['support', 'parallettes', ['flat back', 'hips at shoulder height']],
  },
  {
    id: 'straddle-planche', en: 'Straddle planche', fr: 'Planche écartée',
    synonyms: ['planche straddle', 'straddle planche hold'],
    coaches: ['calisthenics'], primary: [...planche.primary], secondary: [...planche.secondary],
    equipment: ['parallettes'], pattern: 'skill', met: [3, 4, 5], units: 'time', level: 'elite',
    visual: ['support', 'parallettes', ['legs wide', 'body horizontal on straight arms']],
  },
]);
