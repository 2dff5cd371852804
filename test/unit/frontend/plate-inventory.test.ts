import { describe, expect, it } from 'vitest';
import { parsePlates, platesText } from '../../../frontend/src/training/locations/plate-inventory';
import { plateInventorySchema } from '../../../shared/domain/training/location';

describe('plate inventory of a location', () => {
  it('reads weight × pairs with any separator and a decimal comma or point', () => {
    expect(parsePlates('25×2, 20x1; 2,5 * 2\n1.25×3')).toEqual([
      { weight: 25, pairs: 2 },
      { weight: 20, pairs: 1 },
      { weight: 2.5, pairs: 2 },
      { weight: 1.25, pairs: 3 },
    ]);
    expect(parsePlates('  ')).toEqual([]);
  });

  it('refuses text that is not weight × pairs', () => {
    expect(parsePlates('25×2 twenty')).toBeNull();
    expect(parsePlates('25')).toBeNull();
  });

  it('writes back what it reads', () => {
    const plates = [{ weight: 20, pairs: 2 }, { weight: 2.5, pairs: 1 }];
    expect(parsePlates(platesText(plates))).toEqual(plates);
  });

  it('the schema refuses a repeated plate weight and an empty list', () => {
    expect(plateInventorySchema.safeParse({ unit: 'kg', bar: 20, plates: [{ weight: 20, pairs: 1 }, { weight: 20, pairs: 2 }] }).success).toBe(false);
    expect(plateInventorySchema.safeParse({ unit: 'kg', bar: 20, plates: [] }).success).toBe(false);
    expect(plateInventorySchema.safeParse({ unit: 'lb', bar: 45, plates: [{ weight: 45, pairs: 4 }] }).success).toBe(true);
  });
});
