/** A horizontal bar for a value on a scale (readiness parts, goal progress), read out as its text. */
export function Bar({ label, value, max = 100, valueText, tone }: { label: string; value: number; max?: number; valueText: string; tone?: string }) {
  const percent = max > 0 ? Math.min(100, Math.max(0, (value / max) * 100)) : 0;
  return (
    <div className="bar" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={max} aria-valuenow={value} aria-valuetext={valueText}>
      <span className={tone ? `bar-fill tone-${tone}` : 'bar-fill'} style={{ width: `${percent}%` }} />
    </div>
  );
}
