import type { BodyPosition, Discipline, Exercise, MovementPattern } from '../catalog/schema';

/**
 * The offline illustration: a solid side-view figure in the exercise's body position, holding or
 * using its implement, with a movement cue (arrow) for its pattern, on a neutral background and
 * without any text. Pure: returns an SVG document (1024 × 1024) that the worker rasterises.
 * Coordinates below are on a 100 × 100 grid, figure facing right, floor at y = 90.
 */
export const PICTOGRAM_VERSION = 'pictogram-v1';

type Point = readonly [number, number];
interface Pose {
  head: Point;
  neck: Point;
  hip: Point;
  /** Near (drawn in front) and far side limbs. */
  elbow: [Point, Point];
  hand: [Point, Point];
  knee: [Point, Point];
  foot: [Point, Point];
}

const FLOOR = 90;

const POSES: Record<BodyPosition, Pose> = {
  standing: { head: [50, 17], neck: [50, 27], hip: [50, 53], elbow: [[51, 40], [49, 40]], hand: [[52, 53], [48, 53]], knee: [[52, 71], [48, 71]], foot: [[53, FLOOR], [46, FLOOR]] },
  squatting: { head: [57, 33], neck: [54, 41], hip: [38, 64], elbow: [[62, 50], [60, 50]], hand: [[70, 50], [68, 50]], knee: [[60, 66], [57, 67]], foot: [[54, FLOOR], [51, FLOOR]] },
  lunging: { head: [50, 21], neck: [50, 31], hip: [49, 57], elbow: [[51, 44], [49, 44]], hand: [[52, 57], [48, 57]], knee: [[66, 67], [38, 82]], foot: [[67, FLOOR], [27, FLOOR]] },
  hinged: { head: [73, 35], neck: [65, 39], hip: [40, 50], elbow: [[65, 52], [63, 52]], hand: [[65, 65], [63, 65]], knee: [[45, 70], [42, 70]], foot: [[43, FLOOR], [40, FLOOR]] },
  seated: { head: [44, 31], neck: [44, 40], hip: [44, 64], elbow: [[50, 52], [48, 52]], hand: [[58, 56], [56, 56]], knee: [[62, 64], [60, 65]], foot: [[62, FLOOR], [59, FLOOR]] },
  supine: { head: [20, 77], neck: [28, 79], hip: [55, 79], elbow: [[32, 68], [30, 69]], hand: [[32, 57], [30, 58]], knee: [[69, 68], [67, 69]], foot: [[80, 86], [78, 86]] },
  prone: { head: [22, 79], neck: [30, 82], hip: [56, 82], elbow: [[20, 86], [18, 86]], hand: [[12, 84], [10, 84]], knee: [[70, 84], [70, 84]], foot: [[85, 84], [85, 84]] },
  'side-lying': { head: [26, 70], neck: [32, 74], hip: [56, 78], elbow: [[32, 86], [40, 74]], hand: [[40, 87], [48, 70]], knee: [[70, 82], [70, 80]], foot: [[84, 86], [84, 83]] },
  kneeling: { head: [52, 33], neck: [51, 42], hip: [50, 66], elbow: [[53, 54], [50, 54]], hand: [[56, 64], [52, 64]], knee: [[52, 86], [48, 86]], foot: [[34, FLOOR], [31, FLOOR]] },
  quadruped: { head: [75, 52], neck: [67, 57], hip: [40, 58], elbow: [[67, 72], [65, 72]], hand: [[67, 87], [65, 87]], knee: [[41, 86], [38, 86]], foot: [[25, 88], [22, 88]] },
  plank: { head: [77, 60], neck: [70, 64], hip: [46, 71], elbow: [[70, 76], [68, 76]], hand: [[70, 87], [68, 87]], knee: [[32, 78], [32, 78]], foot: [[17, 86], [17, 86]] },
  hanging: { head: [50, 22], neck: [50, 30], hip: [50, 55], elbow: [[54, 19], [46, 19]], hand: [[57, 9], [43, 9]], knee: [[51, 71], [49, 71]], foot: [[51, 86], [48, 86]] },
  support: { head: [50, 24], neck: [50, 33], hip: [49, 58], elbow: [[53, 45], [47, 45]], hand: [[54, 57], [46, 57]], knee: [[50, 72], [48, 72]], foot: [[42, 80], [40, 80]] },
  inverted: { head: [50, 76], neck: [50, 67], hip: [50, 40], elbow: [[56, 77], [44, 77]], hand: [[57, 88], [43, 88]], knee: [[51, 24], [49, 24]], foot: [[51, 8], [49, 8]] },
  running: { head: [55, 17], neck: [53, 27], hip: [50, 52], elbow: [[60, 41], [43, 41]], hand: [[66, 33], [38, 49]], knee: [[63, 62], [44, 69]], foot: [[60, 80], [31, 76]] },
  cycling: { head: [67, 27], neck: [61, 33], hip: [40, 53], elbow: [[67, 41], [65, 41]], hand: [[73, 46], [71, 46]], knee: [[57, 58], [51, 68]], foot: [[59, 75], [45, 81]] },
  rowing: { head: [30, 45], neck: [33, 53], hip: [38, 76], elbow: [[39, 66], [37, 66]], hand: [[47, 63], [45, 63]], knee: [[52, 64], [50, 64]], foot: [[63, 78], [61, 78]] },
  swimming: { head: [78, 47], neck: [70, 50], hip: [44, 53], elbow: [[84, 47], [64, 39]], hand: [[93, 48], [74, 35]], knee: [[30, 55], [29, 50]], foot: [[16, 55], [15, 48]] },
  airborne: { head: [50, 12], neck: [50, 21], hip: [50, 44], elbow: [[58, 14], [42, 14]], hand: [[62, 5], [38, 5]], knee: [[57, 56], [44, 56]], foot: [[51, 66], [40, 64]] },
};

/** Arm positions by movement, for the upright positions where the arms are free. */
type Arms = Pick<Pose, 'elbow' | 'hand'>;
const OVERHEAD: Arms = { elbow: [[53, 17], [48, 17]], hand: [[53, 6], [48, 6]] };
const FRONT_PUSH: Arms = { elbow: [[58, 34], [56, 35]], hand: [[68, 33], [66, 34]] };
const ROW_PULL: Arms = { elbow: [[42, 40], [40, 40]], hand: [[52, 43], [50, 43]] };
const PULL_DOWN: Arms = { elbow: [[57, 22], [55, 22]], hand: [[55, 9], [53, 9]] };
const CURL: Arms = { elbow: [[52, 42], [48, 42]], hand: [[58, 33], [54, 33]] };
const BACK_RACK: Arms = { elbow: [[44, 40], [42, 40]], hand: [[48, 28], [46, 28]] };
const FRONT_RACK: Arms = { elbow: [[62, 34], [60, 35]], hand: [[58, 28], [56, 28]] };

const UPRIGHT = new Set<BodyPosition>(['standing', 'squatting', 'lunging', 'kneeling', 'seated']);

const has = (exercise: Exercise, ...words: string[]) => {
  const text = ` ${exercise.id.replace(/-/g, ' ')} ${exercise.visual.keywords.join(' ')} `;
  return words.some((word) => text.includes(word));
};

function armsFor(exercise: Exercise, base: Pose): Arms | null {
  const position = exercise.visual.bodyPosition;
  if (!UPRIGHT.has(position)) return null;
  if (has(exercise, 'upper back', 'back squat')) return shiftArms(BACK_RACK, base);
  if (has(exercise, 'front rack', 'front squat', 'elbows high')) return shiftArms(FRONT_RACK, base);
  if (has(exercise, 'curl')) return shiftArms(CURL, base);
  if (exercise.movementPattern === 'vertical-push' || has(exercise, 'overhead', 'press up', 'arms locked out', 'snatch', 'jerk', 'thruster')) return shiftArms(OVERHEAD, base);
  if (exercise.movementPattern === 'horizontal-push') return shiftArms(FRONT_PUSH, base);
  if (exercise.movementPattern === 'vertical-pull') return shiftArms(PULL_DOWN, base);
  if (exercise.movementPattern === 'horizontal-pull') return shiftArms(ROW_PULL, base);
  return null;
}

/** Arm templates are drawn for a neck at (50, 27): follow the pose's neck. */
function shiftArms(arms: Arms, pose: Pose): Arms {
  const dx = pose.neck[0] - 50;
  const dy = pose.neck[1] - 27;
  const move = (p: Point): Point => [p[0] + dx, p[1] + dy];
  return { elbow: [move(arms.elbow[0]), move(arms.elbow[1])], hand: [move(arms.hand[0]), move(arms.hand[1])] };
}

export function poseFor(exercise: Exercise): Pose {
  const base = POSES[exercise.visual.bodyPosition];
  const arms = armsFor(exercise, base);
  return arms ? { ...base, ...arms } : base;
}

/** Accent of the implement and movement cue, per discipline (the figure itself stays neutral). */
const ACCENT: Record<Discipline, string> = {
  strength: '#c2410c',
  running: '#0f766e',
  cycling: '#0369a1',
  rowing: '#1d4ed8',
  skierg: '#4338ca',
  swimming: '#0284c7',
  metcon: '#b91c1c',
  calisthenics: '#7c3aed',
  hyrox: '#a16207',
  mobility: '#15803d',
};

const BODY = '#27313d';
const FAR = '#6b7684';
const EQUIPMENT = '#3f4a57';

const n = (value: number) => Math.round(value * 10) / 10;
const line = (a: Point, b: Point, color: string, width: number) =>
  `<line x1="${n(a[0])}" y1="${n(a[1])}" x2="${n(b[0])}" y2="${n(b[1])}" stroke="${color}" stroke-width="${width}" stroke-linecap="round"/>`;
const path = (d: string, color: string, width: number, extra = '', fill = 'none') =>
  `<path d="${d}" fill="${fill}" stroke="${color}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"${extra}/>`;
const circle = (c: Point, r: number, fill: string, extra = '') => `<circle cx="${n(c[0])}" cy="${n(c[1])}" r="${r}" fill="${fill}"${extra}/>`;
const rect = (x: number, y: number, w: number, h: number, fill: string, rx = 1) => `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${rx}" fill="${fill}"/>`;
const mid = (a: Point, b: Point): Point => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];

function figure(pose: Pose): string {
  const limb = (from: Point, joint: Point, to: Point, color: string) => path(`M${n(from[0])} ${n(from[1])} L${n(joint[0])} ${n(joint[1])} L${n(to[0])} ${n(to[1])}`, color, 5.5);
  const shoulder: Point = [pose.neck[0] + (pose.hip[0] - pose.neck[0]) * 0.1, pose.neck[1] + (pose.hip[1] - pose.neck[1]) * 0.1];
  return [
    limb(pose.hip, pose.knee[1], pose.foot[1], FAR),
    limb(shoulder, pose.elbow[1], pose.hand[1], FAR),
    line(pose.neck, pose.hip, BODY, 9),
    circle(pose.head, 6.2, BODY),
    limb(pose.hip, pose.knee[0], pose.foot[0], BODY),
    limb(shoulder, pose.elbow[0], pose.hand[0], BODY),
  ].join('');
}

const plate = (at: Point, accent: string, r = 8.5) => circle(at, r, accent) + circle(at, r * 0.35, '#f1f3f5') + circle(at, r * 0.15, EQUIPMENT);
const dumbbell = (at: Point, accent: string) => rect(at[0] - 5, at[1] - 1, 10, 2, EQUIPMENT) + rect(at[0] - 6, at[1] - 3, 3, 6, accent) + rect(at[0] + 3, at[1] - 3, 3, 6, accent);
const kettlebell = (at: Point, accent: string) => path(`M${n(at[0] - 3)} ${n(at[1] + 3)} Q${n(at[0])} ${n(at[1] - 4)} ${n(at[0] + 3)} ${n(at[1] + 3)}`, EQUIPMENT, 1.8) + circle([at[0], at[1] + 7], 5, accent);
const ball = (at: Point, accent: string, r = 5.5) => circle(at, r, accent) + path(`M${n(at[0] - r)} ${n(at[1])} Q${n(at[0])} ${n(at[1] + r * 0.6)} ${n(at[0] + r)} ${n(at[1])}`, '#f1f3f5', 0.8);

/** The implement, placed from the pose (hands, hip, feet) and the implement's words. */
function implement(exercise: Exercise, pose: Pose, accent: string): { behind: string; front: string } {
  const words = ` ${exercise.visual.implement} ${exercise.equipment.join(' ')} `;
  const hand = pose.hand[0];
  const hands = mid(pose.hand[0], pose.hand[1]);
  const position = exercise.visual.bodyPosition;
  const behind: string[] = [];
  const front: string[] = [];
  const w = (word: string) => words.includes(word);

  if (position === 'swimming' || w('pool')) {
    behind.push(path('M0 44 Q6 41 12 44 T24 44 T36 44 T48 44 T60 44 T72 44 T84 44 T96 44 T108 44', accent, 1.6, ' opacity="0.8"'));
    behind.push(rect(0, 45, 100, 55, '#dbeaf5', 0));
    if (w('kickboard')) front.push(rect(hand[0] - 2, hand[1] - 2, 9, 4, accent, 1.5));
    if (w('pull buoy')) front.push(rect(pose.knee[0][0] - 4, pose.knee[0][1] - 3, 8, 5, accent, 2.5));
    return { behind: behind.join(''), front: front.join('') };
  }
  if (w('pull-up bar') || w('pull-up-bar')) {
    const y = position === 'support' ? pose.hand[0][1] + 1 : hands[1];
    behind.push(line([18, y], [82, y], EQUIPMENT, 2.4), line([18, y], [18, FLOOR], EQUIPMENT, 2), line([82, y], [82, FLOOR], EQUIPMENT, 2));
  }
  if (w('gymnastic rings') || w('rings')) {
    for (const h of pose.hand) behind.push(line([h[0], 0], [h[0], h[1] - 3], EQUIPMENT, 0.9));
    for (const h of pose.hand) front.push(circle(h, 3.2, 'none', ` stroke="${accent}" stroke-width="1.6"`));
  }
  if (w('resistance band') || (w('band') && position === 'hanging')) front.push(path(`M${n(hands[0])} ${n(hands[1])} Q${n(pose.knee[0][0] + 6)} ${n(pose.knee[0][1])} ${n(pose.knee[0][0])} ${n(pose.knee[0][1])}`, accent, 1.8));
  else if (w(' band')) front.push(path(`M${n(hand[0])} ${n(hand[1])} Q${n(hand[0] + 8)} ${n((hand[1] + FLOOR) / 2)} ${n(pose.foot[0][0])} ${n(FLOOR - 1)}`, accent, 1.8));
  if (w('parallettes')) for (const x of [hands[0] - 6, hands[0] + 6]) behind.push(rect(x - 5, pose.hand[0][1] + 1, 10, 1.8, accent), line([x - 4, pose.hand[0][1] + 2], [x - 4, FLOOR], EQUIPMENT, 1.4), line([x + 4, pose.hand[0][1] + 2], [x + 4, FLOOR], EQUIPMENT, 1.4));
  // Dip bars run away from the viewer: their ends under the hands, posts to the floor.
  if (w('dip bars') || w('dip-bars')) front.push(rect(hands[0] - 3, pose.hand[0][1], 6, 3, accent, 1), line([hands[0], pose.hand[0][1] + 3], [hands[0], FLOOR], EQUIPMENT, 2.2), line([hands[0] - 6, FLOOR], [hands[0] + 6, FLOOR], EQUIPMENT, 2));
  if (w('bench') && !w('barbell') && position !== 'plank') behind.push(rect(pose.hip[0] - 20, pose.hip[1] + 3, 36, 3, accent), line([pose.hip[0] - 16, pose.hip[1] + 5], [pose.hip[0] - 16, FLOOR], EQUIPMENT, 2), line([pose.hip[0] + 12, pose.hip[1] + 5], [pose.hip[0] + 12, FLOOR], EQUIPMENT, 2));
  if (w('bench') && position === 'supine') behind.push(rect(pose.head[0] - 6, pose.hip[1] + 4, 48, 3, accent), line([pose.head[0], pose.hip[1] + 6], [pose.head[0], FLOOR], EQUIPMENT, 2), line([pose.hip[0] + 10, pose.hip[1] + 6], [pose.hip[0] + 10, FLOOR], EQUIPMENT, 2));
  if (w('bench') && position === 'plank') behind.push(rect(pose.hand[0][0] - 8, pose.hand[0][1], 18, 3, accent), line([pose.hand[0][0] - 5, pose.hand[0][1] + 2], [pose.hand[0][0] - 5, FLOOR], EQUIPMENT, 2), line([pose.hand[0][0] + 7, pose.hand[0][1] + 2], [pose.hand[0][0] + 7, FLOOR], EQUIPMENT, 2));
  if (w('wall') && !w('wall ball')) behind.push(rect(position === 'inverted' || position === 'seated' ? 28 : 78, 4, 6, FLOOR - 4, '#cfd6dd', 0.5));
  if (w('doorframe')) behind.push(rect(hand[0] + 1, 6, 4, FLOOR - 6, '#b9c2cb', 0.5));
  if (w('box')) behind.push(rect(position === 'inverted' ? 20 : 66, FLOOR - 16, 22, 16, accent, 1.5));
  const holdsWeight = position !== 'hanging' && position !== 'support';
  if (position === 'seated' && !w('bench') && !w('machine') && !w('wall') && !w('ghd') && !w('foam roller')) behind.push(rect(pose.hip[0] - 9, pose.hip[1] + 3, 18, FLOOR - pose.hip[1] - 3, '#c3cbd3', 1.5));
  if (!holdsWeight) {
    // A weighted hang or dip: the load hangs from the hips.
    if (w('dumbbell') || w('kettlebell')) front.push(line(pose.hip, [pose.hip[0], pose.hip[1] + 8], EQUIPMENT, 0.8), kettlebell([pose.hip[0], pose.hip[1] + 8], accent));
  } else if (w('barbell') || w('trap bar') || w('trap-bar') || w('ez bar') || w('ez-bar')) {
    const at: Point = position === 'supine' && !w('bench') ? [pose.hip[0], pose.hip[1] - 7] : hands;
    if (w('rack') && position === 'squatting') behind.push(line([74, 20], [74, FLOOR], EQUIPMENT, 1.8), line([71, 34], [77, 34], EQUIPMENT, 1.8));
    front.push(plate(at, accent, w('ez') ? 6.5 : 8.5));
  } else if (w('dumbbell')) {
    front.push(dumbbell(pose.hand[1], accent), dumbbell(hand, accent));
  } else if (w('kettlebell')) {
    front.push(kettlebell(hands, accent));
  } else if (w('medicine ball') || w('med-ball') || w('wall ball') || w('wall-ball')) {
    front.push(ball([hands[0] + 2, hands[1] - 3], accent, 6));
  } else if (w('sandbag')) {
    front.push(rect(hands[0] - 7, hands[1] - 5, 14, 8, accent, 3.5));
  }
  if (w('cable') || (w('machine') && !w('rowing'))) {
    behind.push(rect(84, 8, 8, FLOOR - 8, '#c3cbd3', 1), line([88, 14], [88, FLOOR - 6], EQUIPMENT, 0.8));
    const anchor: Point = hand[1] < pose.neck[1] ? [84, 12] : [84, hand[1]];
    front.push(line(anchor, hand, accent, 0.9), circle(anchor, 1.6, EQUIPMENT));
  }
  if (w('rowing machine') || w('rower')) {
    behind.push(rect(20, 79, 70, 2.4, EQUIPMENT), circle([84, 70], 8, '#c3cbd3'), circle([84, 70], 3, EQUIPMENT), rect(pose.hip[0] - 6, 77, 12, 2.5, accent));
    front.push(line(hands, [78, 68], EQUIPMENT, 0.8), line(mid(...pose.hand), [hands[0] + 2, hands[1]], accent, 2));
  }
  if (w('ski erg') || w('skierg')) {
    behind.push(rect(78, 4, 9, FLOOR - 4, '#c3cbd3', 1.5), rect(74, FLOOR - 3, 18, 3, EQUIPMENT));
    front.push(line([80, 8], hands, EQUIPMENT, 0.8), rect(hands[0] - 1, hands[1] - 3, 2.4, 6, accent, 1));
  }
  if (w('bike') || position === 'cycling') {
    const crank: Point = [52, 78];
    behind.push(circle([24, 76], 11, 'none', ` stroke="${EQUIPMENT}" stroke-width="1.8"`), circle([80, 76], 11, 'none', ` stroke="${EQUIPMENT}" stroke-width="1.8"`));
    behind.push(path(`M24 76 L${n(pose.hip[0])} ${n(pose.hip[1] + 2)} L${n(crank[0])} ${n(crank[1])} L24 76 M${n(crank[0])} ${n(crank[1])} L72 48 L80 76 M${n(pose.hip[0])} ${n(pose.hip[1] + 2)} L72 48`, accent, 2));
    behind.push(rect(pose.hip[0] - 5, pose.hip[1] + 1, 10, 2.4, EQUIPMENT), line([72, 48], [74, 44], EQUIPMENT, 2));
    front.push(circle(crank, 2.2, EQUIPMENT));
  }
  if (w('treadmill')) behind.push(rect(14, FLOOR - 3, 76, 4, EQUIPMENT, 2), line([78, FLOOR - 2], [86, 46], EQUIPMENT, 2), line([82, 46], [90, 46], EQUIPMENT, 2.4));
  if (w('sled')) behind.push(rect(hands[0] + 4, FLOOR - 12, 16, 10, accent, 1), line([hands[0] + 2, FLOOR - 1], [hands[0] + 24, FLOOR - 1], EQUIPMENT, 1.8), line(hand, [hands[0] + 6, FLOOR - 10], EQUIPMENT, 1.6));
  if (w('jump rope') || w('jump-rope')) behind.push(path(`M${n(pose.hand[1][0])} ${n(pose.hand[1][1])} Q50 ${FLOOR + 8} ${n(hand[0])} ${n(hand[1])}`, accent, 1.2));
  if (w('battle rope') || w('battle-rope')) front.push(path(`M${n(hand[0])} ${n(hand[1])} q5 -5 10 0 t10 0 t10 0 t10 0`, accent, 2));
  if (w('climbing rope') || w('climbing-rope')) behind.push(line([hands[0], 0], [hands[0], FLOOR], accent, 2.4));
  if (w('ab wheel') || w('ab-wheel')) front.push(circle(hand, 4.5, accent), circle(hand, 1.5, '#f1f3f5'));
  if (w('foam roller') || w('foam-roller')) behind.push(rect(pose.hip[0] - 6, pose.hip[1] + 2, 12, 8, accent, 4));
  if (w('ghd')) behind.push(rect(pose.hip[0] - 6, pose.hip[1] + 3, 12, 4, accent, 2), line([pose.hip[0], pose.hip[1] + 6], [pose.hip[0], FLOOR], EQUIPMENT, 2.2));
  if (w('cones')) for (const x of [20, 80]) behind.push(path(`M${x - 3} ${FLOOR} L${x} ${FLOOR - 8} L${x + 3} ${FLOOR} Z`, accent, 1, '', accent));
  if (w('machine') && position === 'seated') behind.push(rect(pose.hip[0] - 8, pose.hip[1] + 2, 16, 3, accent), rect(pose.hip[0] - 10, pose.neck[1] - 4, 3, pose.hip[1] - pose.neck[1] + 6, EQUIPMENT));
  return { behind: behind.join(''), front: front.join('') };
}

/** A movement cue in the accent colour: which way the body or the load travels. */
function movementCue(pattern: MovementPattern, pose: Pose, accent: string): string {
  const arrow = (from: Point, to: Point) => {
    const angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
    const head = (da: number): Point => [to[0] - 3.5 * Math.cos(angle + da), to[1] - 3.5 * Math.sin(angle + da)];
    return path(`M${n(from[0])} ${n(from[1])} L${n(to[0])} ${n(to[1])} M${n(head(0.5)[0])} ${n(head(0.5)[1])} L${n(to[0])} ${n(to[1])} L${n(head(-0.5)[0])} ${n(head(-0.5)[1])}`, accent, 1.6, ' opacity="0.75"');
  };
  const x = 12;
  switch (pattern) {
    case 'squat':
    case 'lunge':
    case 'hinge':
    case 'olympic':
    case 'jump':
      return arrow([x, 70], [x, 40]) + arrow([x + 6, 40], [x + 6, 70]);
    case 'horizontal-push':
      return arrow([pose.hand[0][0] + 4, pose.hand[0][1] - 8], [pose.hand[0][0] + 14, pose.hand[0][1] - 8]);
    case 'vertical-push':
      return arrow([pose.hand[0][0] + 8, pose.hand[0][1] + 16], [pose.hand[0][0] + 8, pose.hand[0][1] + 2]);
    case 'horizontal-pull':
      return arrow([pose.hand[0][0] + 14, pose.hand[0][1] - 8], [pose.hand[0][0] + 4, pose.hand[0][1] - 8]);
    case 'vertical-pull':
      return arrow([88, 40], [88, 20]);
    case 'cyclical':
      return path('M84 16 A7 7 0 1 1 77 9', accent, 1.6, ' opacity="0.75"') + path('M74 7 L77 9 L75 12', accent, 1.6, ' opacity="0.75"');
    case 'carry':
      return arrow([60, FLOOR + 4], [86, FLOOR + 4]);
    case 'rotation':
      return path(`M${n(pose.neck[0] - 10)} ${n(pose.neck[1] - 4)} Q${n(pose.neck[0])} ${n(pose.neck[1] - 14)} ${n(pose.neck[0] + 10)} ${n(pose.neck[1] - 4)}`, accent, 1.6, ' opacity="0.75"');
    default:
      return '';
  }
}

/** The pictogram of one exercise in a discipline's colours, as a standalone SVG document. */
export function buildPictogram(exercise: Exercise, discipline: Discipline = exercise.discipline): string {
  const pose = poseFor(exercise);
  const accent = ACCENT[discipline];
  const { behind, front } = implement(exercise, pose, accent);
  const airborne = exercise.visual.bodyPosition === 'airborne' || exercise.visual.bodyPosition === 'hanging';
  const shadow = `<ellipse cx="${n(pose.hip[0])}" cy="${FLOOR + 1}" rx="${airborne ? 12 : 22}" ry="1.6" fill="#c9d0d7"/>`;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 100 100">',
    '<defs><radialGradient id="bg" cx="50%" cy="40%" r="75%"><stop offset="0" stop-color="#f7f8fa"/><stop offset="1" stop-color="#e4e8ec"/></radialGradient></defs>',
    '<rect width="100" height="100" fill="url(#bg)"/>',
    `<rect y="${FLOOR + 1}" width="100" height="${100 - FLOOR - 1}" fill="#dde2e7"/>`,
    shadow,
    behind,
    movementCue(exercise.movementPattern, pose, accent),
    figure(pose),
    front,
    '</svg>',
  ].join('');
}
