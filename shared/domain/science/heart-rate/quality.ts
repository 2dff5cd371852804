export type DataQuality = 'excellent' | 'good' | 'fair' | 'poor';

/**
 * The seed's badge: excellent > 95 % complete and < 5 % anomalies; good ≥ 80 % and < 10 %;
 * fair ≥ 60 % and < 20 %; poor otherwise. Both inputs are fractions 0–1.
 */
export function dataQuality(completeness: number, anomalyRate: number): DataQuality {
  if (completeness > 0.95 && anomalyRate < 0.05) return 'excellent';
  if (completeness >= 0.8 && anomalyRate < 0.1) return 'good';
  if (completeness >= 0.6 && anomalyRate < 0.2) return 'fair';
  return 'poor';
}
