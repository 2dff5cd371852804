import { defineExercises } from '../define';
import type { ExerciseSeed } from '../define';

const legs: Pick<ExerciseSeed, 'primary' | 'secondary'> = {
  primary: ['quads', 'hamstrings', 'calves'],
  secondary: ['glutes', 'hip-flexors', 'abs'],
};

export const running = /* @__PURE__ */ defineExercises('running', () => [
  {
    id: 'run', en: 'Run', fr: 'Course',
    synonyms: ['running', 'run 400 m', 'course à pied', 'courir'],
    coaches: ['endurance', 'functional', 'competitions', 'force'], ...legs,
    equipment: ['none'], pattern: 'cyclical', met: [7, 9.8, 11.8], units: 'distance', level: 'beginner',
    visual: ['running', 'running shoes', ['runner mid stride', 'road']],
  },
  {
    id: 'easy-run', en: 'Easy run', fr: 'Footing',
    synonyms: ['jog', 'jogging', 'zone 2 run', 'aerobic run', 'footing facile', 'course facile', 'endurance fondamentale'],
    coaches: ['endurance', 'competitions'], ...legs,
    equipment: ['none'], pattern: 'cyclical', met: [6, 7, 8.3], units: 'time', level: 'beginner',
    visual: ['running', 'running shoes', ['relaxed jog', 'conversational pace']],
  },
  {
    id: 'recovery-run', en: 'Recovery run', fr: 'Footing de récupération',
    synonyms: ['recovery jog', 'shake out run', 'décrassage', 'footing récupération'],
    coaches: ['endurance', 'competitions'], ...legs,
    equipment: ['none'], pattern: 'cyclical', met: [5, 6, 7], units: 'time', level: 'beginner',
    visual: ['running', 'running shoes', ['very easy jog', 'short stride']],
  },
  {
    id: 'long-run', en: 'Long run', fr: 'Sortie longue',
    synonyms: ['long slow distance', 'lsd run', 'sortie longue course'],
    coaches: ['endurance'], ...legs,
    equipment: ['none'], pattern: 'cyclical', met: [7, 8.3, 9.8], units: 'time', level: 'intermediate',
    visual: ['running', 'running shoes', ['long road', 'steady runner', 'hydration']],
  },
  {
    id: 'tempo-run', en: 'Tempo run', fr: 'Course au tempo',
    synonyms: ['tempo', 'steady state run', 'allure seuil aérobie', 'tempo run course'],
    coaches: ['endurance', 'competitions'], ...legs,
    equipment: ['none'], pattern: 'cyclical', met: [9, 10.5, 11.5], units: 'time', level: 'beginner',
    visual: ['running', 'running shoes', ['comfortably hard pace', 'focused runner']],
  },
  {
    id: 'threshold-run', en: 'Threshold intervals', fr: 'Fractionné au seuil',
    synonyms: ['cruise intervals', 'lactate threshold run', 'seuil', 'intervalles au seuil'],
    coaches: ['endurance', 'competitions'], ...legs,
    equipment: ['none'], pattern: 'cyclical', met: [9.8, 11, 12], units: 'time', level: 'intermediate',
    visual: ['running', 'running shoes', ['threshold effort', 'track runner']],
  },
  {
    id: 'run-intervals', en: 'VO2max intervals', fr: 'Fractionné VMA',
    synonyms: ['interval run', 'vo2 max intervals', 'track intervals', 'fractionné', 'intervalles vma', 'vma'],
    coaches: ['endurance', 'competitions'], ...legs,
    equipment: ['none'], pattern: 'cyclical', met: [9.8, 11.5, 12.8], units: 'time', level: 'intermediate',
    visual: ['running', 'running shoes', ['hard running repeat', 'track']],
  },
  {
    id: 'hill-repeats', en: 'Hill repeats', fr: 'Côtes',
    synonyms: ['hill sprints', 'hill intervals', 'répétitions en côte', 'fractionné en côte'],
    coaches: ['endurance'], primary: ['glutes', 'quads', 'calves'], secondary: ['hamstrings', 'hip-flexors'],
    equipment: ['none'], pattern: 'cyclical', met: [9, 11, 13], units: 'time', level: 'intermediate',
    visual: ['running', 'running shoes', ['uphill run', 'forward lean', 'driving knees']],
  },
  {
    id: 'strides', en: 'Strides', fr: 'Accélérations',
    synonyms: ['stride outs', 'pick ups', 'lignes droites', 'accélérations progressives'],
    coaches: ['endurance', 'competitions'], ...legs,
    equipment: ['none'], pattern: 'cyclical', met: [8, 10, 12], units: 'time', level: 'beginner',
    visual: ['running', 'running shoes', ['fast relaxed stride', 'short acceleration']],
  },
  {
    id: 'fartlek', en: 'Fartlek', fr: 'Fartlek',
    synonyms: ['speed play', 'jeu d allure', 'fartlek run'],
    coaches: ['endurance'], ...legs,
    equipment: ['none'], pattern: 'cyclical', met: [8, 9.8, 11.5], units: 'time', level: 'beginner',
    visual: ['running', 'running shoes', ['changing pace', 'park trail']],
  },
  {
    id: 'treadmill-run', en: 'Treadmill run', fr: 'Course sur tapis',
    synonyms: ['treadmill', 'tapis de course', 'course tapis'],
    coaches: ['endurance', 'functional', 'competitions'], ...legs,
    equipment: ['treadmill'], pattern: 'cyclical', met: [7, 9, 11], units: 'time', level: 'beginner',
    visual: ['running', 'treadmill', ['running on treadmill', 'gym']],
  },
  {
    id: 'incline-walk', en: 'Incline treadmill walk', fr: 'Marche inclinée sur tapis',
    synonyms: ['incline walk', 'treadmill hike', 'marche inclinée'],
    coaches: ['endurance', 'force', 'functional'], primary: ['glutes', 'calves'], secondary: ['hamstrings', 'quads'],
    equipment: ['treadmill'], pattern: 'cyclical', met: [4.5, 6, 8], units: 'time', level: 'beginner',
    visual: ['standing', 'treadmill', ['walking uphill', 'steep treadmill']],
  },
  {
    id: 'brisk-walk', en: 'Brisk walk', fr: 'Marche rapide',
    synonyms: ['walk', 'walking', 'power walk', 'marche'],
    coaches: ['endurance', 'force', 'functional', 'calisthenics', 'competitions'], primary: ['calves', 'glutes'], secondary: ['quads', 'hamstrings'],
    equipment: ['none'], pattern: 'cyclical', met: [3.5, 4.3, 5], units: 'time', level: 'beginner',
    visual: ['standing', 'bodyweight', ['brisk walking', 'outdoor path']],
  },
  {
    id: 'shuttle-run', en: 'Shuttle run', fr: 'Navette',
    synonyms: ['shuttle sprints', 'suicide run', 'courses navettes', 'navettes'],
    coaches: ['functional', 'competitions', 'endurance'], primary: ['quads', 'calves', 'glutes'], secondary: ['hamstrings', 'adductors'],
    equipment: ['none'], pattern: 'cyclical', met: [8, 10, 12], units: 'distance', level: 'beginner',
    visual: ['running', 'cones', ['sprint and turn', 'touching line']],
  },
]);

const cyclingMuscles: Pick<ExerciseSeed, 'primary' | 'secondary'> = {
  primary: ['quads', 'glutes'],
  secondary: ['hamstrings', 'calves', 'hip-flexors'],
};

export const cycling = /* @__PURE__ */ defineExercises('cycling', () => [
  {
    id: 'bike-erg', en: 'Bike', fr: 'Vélo',
    synonyms: ['bike', 'cycling', 'stationary bike', 'bikeerg', 'vélo d appartement', 'home trainer', 'bike calories'],
    coaches: ['endurance', 'functional', 'competitions', 'force', 'calisthenics'], ...cyclingMuscles,
    equipment: ['bike'], pattern: 'cyclical', met: [5.5, 7, 10], units: 'calories', level: 'beginner',
    visual: ['cycling', 'stationary bike', ['seated pedalling', 'indoor bike']],
  },
  {
    id: 'easy-ride', en: 'Endurance ride', fr: 'Sortie vélo d’endurance',
    synonyms: ['zone 2 ride', 'easy ride', 'endurance ride', 'sortie vélo', 'vélo endurance'],
    coaches: ['endurance'], ...cyclingMuscles,
    equipment: ['bike'], pattern: 'cyclical', met: [5.5, 6.8, 8], units: 'time', level: 'beginner',
    visual: ['cycling', 'bike', ['road bike', 'steady pedalling']],
  },
  {
    id: 'recovery-spin', en: 'Recovery spin', fr: 'Vélo récupération',
    synonyms: ['easy spin', 'spin', 'moulinage', 'vélo facile'],
    coaches: ['endurance', 'force', 'functional'], ...cyclingMuscles,
    equipment: ['bike'], pattern: 'cyclical', met: [3.5, 4.8, 5.5], units: 'time', level: 'beginner',
    visual: ['cycling', 'bike', ['light gear', 'high cadence spin']],
  },
  {
    id: 'tempo-ride', en: 'Tempo ride', fr: 'Vélo au tempo',
    synonyms: ['sweet spot', 'sweet spot intervals', 'tempo vélo'],
    coaches: ['endurance'], ...cyclingMuscles,
    equipment: ['bike'], pattern: 'cyclical', met: [7, 8.5, 10], units: 'time', level: 'intermediate',
    visual: ['cycling', 'bike', ['aero position', 'sustained effort']],
  },
  {
    id: 'bike-intervals', en: 'Bike intervals', fr: 'Fractionné vélo',
    synonyms: ['cycling intervals', 'vo2 bike intervals', 'intervalles vélo', 'pma'],
    coaches: ['endurance', 'competitions'], ...cyclingMuscles,
    equipment: ['bike'], pattern: 'cyclical', met: [8, 10, 12], units: 'time', level: 'intermediate',
    visual: ['cycling', 'bike', ['out of saddle effort', 'hard interval']],
  },
  {
    id: 'bike-sprints', en: 'Bike sprints', fr: 'Sprints vélo',
    synonyms: ['cycling sprints', 'sprint vélo', 'tabata bike'],
    coaches: ['endurance', 'functional'], ...cyclingMuscles,
    equipment: ['bike'], pattern: 'cyclical', met: [8, 11, 14], units: 'time', level: 'advanced',
    visual: ['cycling', 'bike', ['all out sprint', 'standing on pedals']],
  },
  {
    id: 'air-bike', en: 'Air bike', fr: 'Air bike',
    synonyms: ['assault bike', 'echo bike', 'airdyne', 'vélo à air'],
    coaches: ['functional', 'competitions', 'endurance'], primary: ['quads', 'glutes', 'front-delts'], secondary: ['hamstrings', 'chest', 'upper-back', 'triceps'],
    equipment: ['air-bike'], pattern: 'cyclical', met: [6, 9, 14], units: 'calories', level: 'beginner',
    visual: ['cycling', 'air bike', ['fan bike', 'arms and legs pushing']],
  },
]);

const rowMuscles: Pick<ExerciseSeed, 'primary' | 'secondary'> = {
  primary: ['quads', 'lats', 'upper-back'],
  secondary: ['glutes', 'hamstrings', 'biceps', 'abs'],
};

export const rowing = /* @__PURE__ */ defineExercises('rowing', () => [
  {
    id: 'row-erg', en: 'Row', fr: 'Rameur',
    synonyms: ['rowing', 'rowing machine', 'rower', 'erg', 'concept2', 'indoor rowing', 'aviron', 'rameur calories'],
    coaches: ['endurance', 'functional', 'competitions', 'force', 'calisthenics'], ...rowMuscles,
    equipment: ['rower'], pattern: 'cyclical', met: [4.8, 7, 8.5], units: 'distance', level: 'beginner',
    visual: ['rowing', 'rowing machine', ['sliding seat', 'handle to ribs']],
  },
  {
    id: 'row-intervals', en: 'Row intervals', fr: 'Fractionné rameur',
    synonyms: ['rowing intervals', 'erg intervals', 'intervalles rameur'],
    coaches: ['endurance', 'competitions'], ...rowMuscles,
    equipment: ['rower'], pattern: 'cyclical', met: [7, 8.5, 12], units: 'time', level: 'intermediate',
    visual: ['rowing', 'rowing machine', ['hard stroke', 'interval effort']],
  },
  {
    id: 'row-sprints', en: 'Row sprints', fr: 'Sprints rameur',
    synonyms: ['rowing sprints', 'sprint rameur'],
    coaches: ['endurance', 'functional'], ...rowMuscles,
    equipment: ['rower'], pattern: 'cyclical', met: [8, 10, 12], units: 'time', level: 'advanced',
    visual: ['rowing', 'rowing machine', ['powerful drive', 'short sprint']],
  },
  {
    id: 'row-technique-drill', en: 'Rowing technique drill', fr: 'Éducatifs rameur',
    synonyms: ['pick drill', 'rowing drill', 'éducatif aviron'],
    coaches: ['endurance'], ...rowMuscles,
    equipment: ['rower'], pattern: 'cyclical', met: [3.5, 4.8, 6], units: 'time', level: 'beginner',
    visual: ['rowing', 'rowing machine', ['arms only stroke', 'sequencing drill']],
  },
]);

const skiMuscles: Pick<ExerciseSeed, 'primary' | 'secondary'> = {
  primary: ['lats', 'triceps', 'abs'],
  secondary: ['glutes', 'quads', 'upper-back', 'front-delts'],
};

export const skierg = /* @__PURE__ */ defineExercises('skierg', () => [
  {
    id: 'ski-erg', en: 'Ski erg', fr: 'Ski erg',
    synonyms: ['skierg', 'ski', 'ski ergometer', 'ski de fond ergomètre', 'ski erg calories'],
    coaches: ['endurance', 'functional', 'competitions', 'force'], ...skiMuscles,
    equipment: ['skierg'], pattern: 'cyclical', met: [5, 7.5, 10], units: 'distance', level: 'beginner',
    visual: ['standing', 'ski erg', ['double pole pull', 'hip hinge', 'handles']],
  },
  {
    id: 'skierg-intervals', en: 'Ski erg intervals', fr: 'Fractionné ski erg',
    synonyms: ['ski intervals', 'intervalles ski erg'],
    coaches: ['endurance', 'competitions'], ...skiMuscles,
    equipment: ['skierg'], pattern: 'cyclical', met: [7, 9, 11], units: 'time', level: 'intermediate',
    visual: ['standing', 'ski erg', ['hard double pole', 'interval']],
  },
  {
    id: 'skierg-sprints', en: 'Ski erg sprints', fr: 'Sprints ski erg',
    synonyms: ['ski sprints', 'sprint ski erg'],
    coaches: ['endurance', 'functional'], ...skiMuscles,
    equipment: ['skierg'], pattern: 'cyclical', met: [8, 10, 12], units: 'time', level: 'advanced',
    visual: ['standing', 'ski erg', ['explosive pull', 'sprint']],
  },
]);

const swimMuscles: Pick<ExerciseSeed, 'primary' | 'secondary'> = {
  primary: ['lats', 'front-delts', 'triceps'],
  secondary: ['abs', 'glutes', 'quads', 'chest'],
};

export const swimming = /* @__PURE__ */ defineExercises('swimming', () => [
  {
    id: 'freestyle-swim', en: 'Freestyle swim', fr: 'Nage libre',
    synonyms: ['swim', 'swimming', 'front crawl', 'crawl', 'natation', 'nager'],
    coaches: ['endurance'], ...swimMuscles,
    equipment: ['pool'], pattern: 'cyclical', met: [5.8, 8.3, 10], units: 'distance', level: 'beginner',
    visual: ['swimming', 'pool', ['front crawl stroke', 'swim lane']],
  },
  {
    id: 'swim-intervals', en: 'Swim intervals', fr: 'Fractionné natation',
    synonyms: ['swim repeats', 'swim sets', 'séries natation'],
    coaches: ['endurance'], ...swimMuscles,
    equipment: ['pool'], pattern: 'cyclical', met: [7, 9, 10.5], units: 'distance', level: 'intermediate',
    visual: ['swimming', 'pool', ['pace clock', 'wall push off']],
  },
  {
    id: 'backstroke', en: 'Backstroke', fr: 'Dos crawlé',
    synonyms: ['back crawl', 'dos', 'nage sur le dos'],
    coaches: ['endurance'], primary: ['lats', 'rear-delts', 'triceps'], secondary: ['abs', 'glutes', 'hip-flexors'],
    equipment: ['pool'], pattern: 'cyclical', met: [4.8, 7, 9.5], units: 'distance', level: 'beginner',
    visual: ['swimming', 'pool', ['on the back', 'alternating arm recovery']],
  },
  {
    id: 'breaststroke', en: 'Breaststroke', fr: 'Brasse',
    synonyms: ['breast stroke', 'brasse coulée'],
    coaches: ['endurance'], primary: ['chest', 'adductors', 'quads'], secondary: ['lats', 'glutes', 'triceps'],
    equipment: ['pool'], pattern: 'cyclical', met: [5.3, 7, 10.3], units: 'distance', level: 'beginner',
    visual: ['swimming', 'pool', ['frog kick', 'arms sweep']],
  },
  {
    id: 'butterfly', en: 'Butterfly', fr: 'Papillon',
    synonyms: ['fly', 'butterfly stroke', 'nage papillon'],
    coaches: ['endurance'], primary: ['lats', 'chest', 'front-delts'], secondary: ['abs', 'lower-back', 'triceps', 'glutes'],
    equipment: ['pool'], pattern: 'cyclical', met: [8, 11, 13.8], units: 'distance', level: 'advanced',
    visual: ['swimming', 'pool', ['dolphin kick', 'both arms over water']],
  },
  {
    id: 'kick-set', en: 'Kick set', fr: 'Battements',
    synonyms: ['kickboard', 'flutter kick', 'jambes natation', 'planche battements'],
    coaches: ['endurance'], primary: ['quads', 'hip-flexors'], secondary: ['glutes', 'calves', 'abs'],
    equipment: ['pool'], pattern: 'cyclical', met: [4, 6, 8], units: 'distance', level: 'beginner',
    visual: ['swimming', 'kickboard', ['holding kickboard', 'legs kicking']],
  },
  {
    id: 'pull-buoy-set', en: 'Pull buoy set', fr: 'Pull-buoy',
    synonyms: ['pull buoy', 'arms only swim', 'bras natation'],
    coaches: ['endurance'], primary: ['lats', 'triceps'], secondary: ['front-delts', 'chest', 'abs'],
    equipment: ['pool'], pattern: 'cyclical', met: [5, 7, 9], units: 'distance', level: 'intermediate',
    visual: ['swimming', 'pull buoy', ['buoy between thighs', 'arms only crawl']],
  },
  {
    id: 'swim-drills', en: 'Swim technique drills', fr: 'Éducatifs natation',
    synonyms: ['catch up drill', 'swim drill', 'éducatifs', 'rattrapé'],
    coaches: ['endurance'], ...swimMuscles,
    equipment: ['pool'], pattern: 'cyclical', met: [4, 5.8, 7], units: 'distance', level: 'beginner',
    visual: ['swimming', 'pool', ['single arm drill', 'catch up']],
  },
]);
