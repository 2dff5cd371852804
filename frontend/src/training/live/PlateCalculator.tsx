import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useProfile } from '../../profile/useProfile';
import type { PlateInventory } from '../../../../shared/domain/training/location';
import { kgToLb, lbToKg, plateLoading, STANDARD_BARS, STANDARD_PLATES, type WeightUnit } from '../../../../shared/domain/training/plates';
import { parseDecimal } from './format';
import './gym-floor.css';

/** Plate weights need two decimals (1.25 kg); the app's number format keeps one. */
function useWeightFormat() {
  const { locale } = useI18n();
  return useMemo(() => {
    const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    return (value: number, unit: WeightUnit) => `${format.format(value)} ${unit}`;
  }, [locale]);
}

/** A barbell set's load as a button: tapping it opens the plate calculator for that load. */
export function PlatesButton({ loadKg, label, inventory }: { loadKg: number | null; label: string; inventory: PlateInventory | null }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (open) dialog.current?.showModal();
    else dialog.current?.close();
  }, [open]);
  return (
    <>
      <button type="button" className="plates-btn" onClick={() => setOpen(true)} aria-label={label} title={label}>
        <svg aria-hidden="true" width="22" height="16" viewBox="0 0 22 16" focusable="false">
          <rect x="0" y="7" width="22" height="2" fill="currentColor" />
          <rect x="4" y="1" width="3" height="14" rx="1" fill="currentColor" />
          <rect x="15" y="1" width="3" height="14" rx="1" fill="currentColor" />
        </svg>
      </button>
      <dialog ref={dialog} className="gym-dialog plates-dialog" onClose={() => setOpen(false)}>
        {open && <PlateCalculator loadKg={loadKg} inventory={inventory} onClose={() => setOpen(false)} />}
      </dialog>
    </>
  );
}

/**
 * Which plates go on each side: the load in the unit of the location's plates, else the profile's
 * (kg or lb, switchable), its bar or one to choose, the location's plates in their unit (else the
 * standard ones); says when the load cannot be made exactly.
 */
export function PlateCalculator({ loadKg, inventory, onClose }: { loadKg: number | null; inventory: PlateInventory | null; onClose: () => void }) {
  const { t } = useI18n();
  const profile = useProfile();
  const weight = useWeightFormat();
  const ids = useId();
  const [unit, setUnit] = useState<WeightUnit>(inventory?.unit ?? (profile.data?.units === 'imperial' ? 'lb' : 'kg'));
  const own = inventory?.unit === unit ? inventory : null;
  const bars = own && !STANDARD_BARS[unit].includes(own.bar) ? [own.bar, ...STANDARD_BARS[unit]] : STANDARD_BARS[unit];
  const [bar, setBar] = useState<number>(inventory?.bar ?? STANDARD_BARS[unit][0]!);
  const toUnit = (kg: number, to: WeightUnit) => (to === 'kg' ? kg : Math.round(kgToLb(kg) * 2) / 2);
  const [text, setText] = useState(loadKg != null ? String(toUnit(loadKg, unit)) : '');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const target = parseDecimal(text);
  const valid = target !== null && !Number.isNaN(target) && target > 0;
  const loading = valid ? plateLoading({ target, bar, unit, stock: own?.plates.map((plate) => ({ weight: plate.weight, pairs: plate.pairs })) }) : null;

  const changeUnit = (next: WeightUnit) => {
    if (next === unit) return;
    if (valid) setText(String(next === 'kg' ? Math.round(lbToKg(target) * 4) / 4 : toUnit(target, 'lb')));
    setUnit(next);
    setBar(inventory?.unit === next ? inventory.bar : STANDARD_BARS[next][0]!);
  };

  return (
    <div className="plate-calculator">
      <h2 tabIndex={-1} ref={heading}>
        {t('plates.title', { load: valid ? weight(target, unit) : '…' })}
      </h2>
      <div className="plate-fields">
        <label htmlFor={`${ids}-load`}>
          {t('plates.load')}
          <input id={`${ids}-load`} inputMode="decimal" autoComplete="off" value={text} onChange={(event) => setText(event.target.value)} aria-invalid={!valid || undefined} />
        </label>
        <fieldset>
          <legend>{t('plates.unit')}</legend>
          {(['kg', 'lb'] as const).map((option) => (
            <label key={option} className="inline-choice">
              <input type="radio" name={`${ids}-unit`} checked={unit === option} onChange={() => changeUnit(option)} /> {option}
            </label>
          ))}
        </fieldset>
        <label htmlFor={`${ids}-bar`}>
          {t('plates.bar')}
          <select id={`${ids}-bar`} value={bar} onChange={(event) => setBar(Number(event.target.value))}>
            {bars.map((option) => (
              <option key={option} value={option}>
                {weight(option, unit)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!valid && <p className="alert alert-error">{t('plates.invalid')}</p>}
      {loading && (
        <div className="plate-result" role="status">
          {loading.belowBar ? (
            <p>{t('plates.belowBar', { target: weight(loading.target, unit), bar: weight(bar, unit) })}</p>
          ) : (
            !loading.exact && <p className="alert alert-info">{t('plates.notExact', { target: weight(loading.target, unit), loaded: weight(loading.loaded, unit) })}</p>
          )}
          {!loading.exact && !loading.belowBar && loading.nearestBelow !== null && (
            <p className="muted small">
              {loading.nearestAbove !== null
                ? t('plates.nearest', { below: weight(loading.nearestBelow, unit), above: weight(loading.nearestAbove, unit) })
                : t('plates.nearestBelowOnly', { below: weight(loading.nearestBelow, unit) })}
            </p>
          )}
          {loading.perSide.length === 0 ? (
            <p>{t('plates.emptyBar')}</p>
          ) : (
            <>
              <h3>{t('plates.perSide')}</h3>
              <ul className="plate-list">
                {loading.perSide.map((plate) => (
                  <li key={plate.weight}>{t('plates.plate', { count: plate.count, weight: weight(plate.weight, unit) })}</li>
                ))}
              </ul>
              <div className="plate-picture" aria-hidden="true">
                <span className="plate-sleeve" />
                {loading.perSide.flatMap((plate) =>
                  Array.from({ length: plate.count }, (_, i) => <span key={`${plate.weight}-${i}`} className="plate" style={{ height: `${28 + (plate.weight / STANDARD_PLATES[unit][0]!) * 60}px` }} />),
                )}
              </div>
            </>
          )}
          <p className="muted small">
            {own
              ? t('plates.stock', { plates: own.plates.map((plate) => t('plates.plate', { count: plate.pairs * 2, weight: weight(plate.weight, unit) })).join(', ') })
              : t('plates.stockStandard', { plates: STANDARD_PLATES[unit].map((w) => weight(w, unit)).join(', ') })}
          </p>
        </div>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('plates.close')}
        </button>
      </div>
    </div>
  );
}
