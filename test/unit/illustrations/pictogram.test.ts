import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { bodyPositions } from '../../../shared/domain/catalog/schema';
import { catalog, getExercise } from '../../../shared/domain/catalog';
import { buildPictogram, poseFor } from '../../../shared/domain/illustrations/pictogram';
import { illustrationPrompt } from '../../../shared/domain/illustrations/prompt';

const exercise = (id: string) => getExercise(id)!;

describe('offline pictogram', () => {
  it('draws every catalog exercise as an SVG that libvips reads (1024 px), with no text', async () => {
    for (const e of catalog) {
      const svg = buildPictogram(e);
      expect(svg, e.id).not.toMatch(/<text|NaN|undefined/);
      // Parses the XML (a repeated attribute, a bad number… would throw), without rendering.
      expect(await sharp(Buffer.from(svg)).metadata(), e.id).toMatchObject({ format: 'svg', width: 1024, height: 1024 });
    }
  });

  it('puts the body in the position the catalog gives', () => {
    const hang = poseFor(exercise('pull-up'));
    expect(hang.hand[0][1]).toBeLessThan(hang.head[1]); // hands above the head on the bar
    const handstand = poseFor(exercise('wall-walk'));
    expect(handstand.foot[0][1]).toBeLessThan(handstand.head[1]); // upside down
    const plank = poseFor(exercise('burpee'));
    expect(Math.abs(plank.neck[1] - plank.hip[1])).toBeLessThan(10); // body horizontal
    const squat = poseFor(exercise('back-squat'));
    expect(squat.hip[1]).toBeGreaterThan(poseFor(exercise('overhead-press')).hip[1] + 8); // hips low
  });

  it('moves the arms with the movement: overhead for a press, racked on the back for a back squat', () => {
    const press = poseFor(exercise('overhead-press'));
    expect(press.hand[0][1]).toBeLessThan(press.head[1]);
    const squat = poseFor(exercise('back-squat'));
    expect(squat.hand[0][1]).toBeLessThan(squat.hip[1]);
    expect(squat.hand[0][0]).toBeLessThan(squat.neck[0]);
  });

  it('draws the implement: a plate for a barbell, rings with straps, water for swimming', () => {
    const plateRadius = /r="8.5"/;
    expect(buildPictogram(exercise('deadlift'))).toMatch(plateRadius);
    expect(buildPictogram(exercise('push-up'))).not.toMatch(plateRadius);
    expect(buildPictogram(exercise('ring-row'))).toMatch(/stroke-width="1.6"/);
    expect(buildPictogram(exercise('freestyle-swim'))).toContain('#dbeaf5');
  });

  it('takes the discipline accent and differs between positions', () => {
    const squat = exercise('back-squat');
    expect(buildPictogram(squat, 'strength')).toContain('#c2410c');
    expect(buildPictogram(squat, 'metcon')).toContain('#b91c1c');
    const drawings = new Set(bodyPositions.map((position) => catalog.find((e) => e.visual.bodyPosition === position)).filter(Boolean).map((e) => buildPictogram(e!)));
    expect(drawings.size).toBe(bodyPositions.filter((position) => catalog.some((e) => e.visual.bodyPosition === position)).length);
  });

  it('rasterises to a 1024 px image that is not blank', async () => {
    const { data, info } = await sharp(Buffer.from(buildPictogram(exercise('kettlebell-swing')))).greyscale().raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([1024, 1024]);
    const dark = data.filter((value) => value < 80).length / data.length;
    expect(dark).toBeGreaterThan(0.01); // the figure
    expect(dark).toBeLessThan(0.3); // on a light background
  });

  it('asks the image model for a clean instructional drawing without text', () => {
    const prompt = illustrationPrompt(exercise('back-squat'), 'strength');
    expect(prompt).toContain('Back squat');
    expect(prompt).toMatch(/no text/);
    expect(prompt).toMatch(/neutral/);
    expect(illustrationPrompt(exercise('back-squat'), 'metcon')).not.toBe(prompt);
  });
});
