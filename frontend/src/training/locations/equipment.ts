import { equipment } from '../../../../shared/domain/catalog/equipment';
import type { Equipment } from '../../api/types';

/** The catalog's equipment values in the catalog's order (the API's own list: a plain constant, no zod). */
export const equipmentValues: readonly Equipment[] = equipment;

/** Ticking `none` (bodyweight only) clears the rest, ticking anything else clears `none`, as the API requires. */
export function toggleEquipment(list: readonly Equipment[], value: Equipment, checked: boolean): Equipment[] {
  if (!checked) return list.filter((item) => item !== value);
  if (value === 'none') return ['none'];
  return equipmentValues.filter((item) => item !== 'none' && (item === value || list.includes(item)));
}
