import type { Discipline, Exercise } from '../catalog/schema';

/** How each discipline's illustrations look when an image model draws them. */
const DISCIPLINE_STYLE: Record<Discipline, string> = {
  strength: 'a strength-training gym setting suggested only by the equipment, warm orange accent on the load',
  running: 'an athletic runner in mid-stride, teal accent, a hint of track surface',
  cycling: 'a cyclist on an indoor or road bike seen from the side, blue accent',
  rowing: 'an athlete on a rowing ergometer seen from the side, deep blue accent',
  skierg: 'an athlete pulling the handles of a ski ergometer, indigo accent',
  swimming: 'a swimmer in clear water seen from the side, light blue water',
  metcon: 'a functional-fitness athlete mid-movement, red accent',
  calisthenics: 'a bodyweight athlete with lean, controlled posture, violet accent',
  hyrox: 'a fitness-race athlete, ochre accent on the station equipment',
  mobility: 'a calm mobility or stretching pose, green accent, relaxed',
};

/** The image-model prompt of one exercise: clean instructional style, no text, neutral background. */
export function illustrationPrompt(exercise: Exercise, discipline: Discipline = exercise.discipline): string {
  return [
    `Instructional fitness illustration of the exercise "${exercise.name.en}".`,
    `Pose: ${exercise.visual.bodyPosition.replace('-', ' ')}; ${exercise.visual.keywords.join('; ')}.`,
    exercise.visual.implement === 'bodyweight' ? 'No equipment: bodyweight only.' : `Equipment: ${exercise.visual.implement}.`,
    `Style: ${DISCIPLINE_STYLE[discipline]}; clean flat vector style, one athlete in side view, correct technique, anatomically plausible.`,
    'Plain neutral light-grey background, no scenery, no text, no letters, no numbers, no logos, no watermark.',
  ].join(' ');
}
