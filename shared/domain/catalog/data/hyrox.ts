import { defineExercises } from '../define';

/** HYROX-style stations and the compromised run (ski erg, row and wall balls live in their own disciplines). */
export const hyrox = /* @__PURE__ */ defineExercises('hyrox', () => [
  {
    id: 'hyrox-run', en: 'Compromised run', fr: 'Course compromise',
    synonyms: ['hyrox run', 'roxzone run', 'run 1 km', '1 km run', 'course hyrox', 'course 1 km'],
    coaches: ['competitions'], primary: ['quads', 'hamstrings', 'calves'], secondary: ['glutes', 'hip-flexors', 'abs'],
    equipment: ['none'], pattern: 'cyclical', met: [8, 9.8, 11.5], units: 'distance', level: 'beginner',
    visual: ['running', 'running shoes', ['race running lap', 'hyrox arena']],
  },
  {
    id: 'sled-push', en: 'Sled push', fr: 'Poussée de traîneau',
    synonyms: ['prowler push', 'sled push hyrox', 'pousser le traîneau', 'traîneau poussé'],
    coaches: ['competitions', 'functional', 'force'], primary: ['quads', 'glutes', 'calves'], secondary: ['front-delts', 'triceps', 'abs', 'hamstrings'],
    equipment: ['sled'], pattern: 'horizontal-push', met: [6, 8, 10], units: 'distance', level: 'beginner',
    visual: ['running', 'sled', ['leaning into sled poles', 'driving legs']],
  },
  {
    id: 'sled-pull', en: 'Sled pull', fr: 'Traction de traîneau',
    synonyms: ['rope sled pull', 'sled rope pull', 'tirer le traîneau', 'traîneau tiré'],
    coaches: ['competitions', 'functional', 'force'], primary: ['lats', 'upper-back', 'biceps'], secondary: ['forearms', 'glutes', 'hamstrings', 'lower-back'],
    equipment: ['sled'], pattern: 'horizontal-pull', met: [6, 8, 10], units: 'distance', level: 'beginner',
    visual: ['hinged', 'sled', ['hand over hand rope pull', 'sitting back']],
  },
  {
    id: 'burpee-broad-jump', en: 'Burpee broad jump', fr: 'Burpee saut en longueur',
    synonyms: ['burpee broad jumps', 'bbj', 'burpees sauts en longueur'],
    coaches: ['competitions', 'functional'], primary: ['quads', 'glutes', 'chest'], secondary: ['triceps', 'calves', 'abs', 'hamstrings'],
    equipment: ['none'], pattern: 'jump', met: [8, 10, 12], units: 'distance', level: 'beginner',
    visual: ['airborne', 'bodyweight', ['burpee then forward jump', 'two foot landing']],
  },
  {
    id: 'farmers-carry', en: 'Farmers carry', fr: 'Marche du fermier',
    synonyms: ["farmer's carry", 'farmer walk', 'farmers walk', 'porté fermier'],
    coaches: ['competitions', 'functional', 'force'], primary: ['forearms', 'traps'], secondary: ['glutes', 'abs', 'quads', 'upper-back'],
    equipment: ['kettlebell'], pattern: 'carry', met: [4, 6, 8], units: 'distance', level: 'beginner',
    visual: ['standing', 'kettlebells', ['heavy kettlebell in each hand', 'fast upright walk']],
  },
  {
    id: 'sandbag-lunge', en: 'Sandbag lunges', fr: 'Fentes avec sac de sable',
    synonyms: ['sandbag walking lunge', 'sandbag lunge', 'fentes sandbag', 'fentes sac de sable'],
    coaches: ['competitions', 'functional', 'force'], primary: ['quads', 'glutes'], secondary: ['hamstrings', 'upper-back', 'abs', 'adductors'],
    equipment: ['sandbag'], pattern: 'lunge', unilateral: true, met: [5, 6.5, 8], units: 'distance', level: 'beginner',
    visual: ['lunging', 'sandbag', ['sandbag on shoulders', 'knee touches floor']],
  },
  {
    id: 'sandbag-carry', en: 'Sandbag bear-hug carry', fr: 'Porté de sac de sable',
    synonyms: ['bear hug carry', 'sandbag carry', 'porté sandbag'],
    coaches: ['competitions', 'functional', 'force'], primary: ['upper-back', 'abs', 'biceps'], secondary: ['glutes', 'quads', 'forearms'],
    equipment: ['sandbag'], pattern: 'carry', met: [4, 6, 8], units: 'distance', level: 'beginner',
    visual: ['standing', 'sandbag', ['sandbag hugged to chest', 'walking']],
  },
]);
