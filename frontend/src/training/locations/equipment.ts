import type { Equipment } from '../../api/types';

/**
 * The catalog's equipment values in the catalog's order (shared/domain/catalog/schema.ts
 * `equipment`, mirrored so no backend code ships in the SPA; test/unit/frontend checks they match).
 */
export const equipmentValues: readonly Equipment[] = [
  'none',
  'barbell',
  'trap-bar',
  'ez-bar',
  'dumbbell',
  'kettlebell',
  'pull-up-bar',
  'rings',
  'parallettes',
  'dip-bars',
  'bench',
  'rack',
  'cable',
  'machine',
  'box',
  'jump-rope',
  'rower',
  'bike',
  'air-bike',
  'skierg',
  'treadmill',
  'sled',
  'wall-ball',
  'sandbag',
  'med-ball',
  'band',
  'pool',
  'ab-wheel',
  'ghd',
  'climbing-rope',
  'battle-rope',
  'foam-roller',
];

/** Ticking `none` (bodyweight only) clears the rest, ticking anything else clears `none`, as the API requires. */
export function toggleEquipment(list: readonly Equipment[], value: Equipment, checked: boolean): Equipment[] {
  if (!checked) return list.filter((item) => item !== value);
  if (value === 'none') return ['none'];
  return equipmentValues.filter((item) => item !== 'none' && (item === value || list.includes(item)));
}
