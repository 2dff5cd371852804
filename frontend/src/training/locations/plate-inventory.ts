import type { PlateInventory } from '../../../../shared/domain/training/location';

/** "25×2 20×1 2,5×2" (weight × pairs, any separator; a decimal comma or point) → plates; null when a part is unreadable. */
export function parsePlates(text: string): PlateInventory['plates'] | null {
  const plates: PlateInventory['plates'] = [];
  const rest = text.replace(/(\d+(?:[.,]\d+)?)\s*[x×*]\s*(\d+)/gi, (_, weight: string, pairs: string) => {
    plates.push({ weight: Number(weight.replace(',', '.')), pairs: Number(pairs) });
    return ' ';
  });
  return /^[\s,;]*$/.test(rest) ? plates : null;
}

/** The plates as the form shows them: "25×2 20×1 2.5×2". */
export const platesText = (plates: PlateInventory['plates'] | undefined): string => (plates ?? []).map((plate) => `${plate.weight}×${plate.pairs}`).join(' ');
