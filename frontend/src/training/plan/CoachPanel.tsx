import type { TrainingSession } from '../../api/types';
import type {
  CalisthenicsFields,
  CompetitionsFields,
  EnduranceFields,
  ForceFields,
  FunctionalFields,
} from '../../../../shared/domain/coaches/prescription';
import { formatDistance, formatDuration, formatPace, paceSport, zoneText, type PlanFormat } from './format';
import type { PlanContext } from './usePlanContext';

/** Each coach's own fields, in a panel titled as the coach would ("Zones", "Scaling", "Race plan"…). */
export function CoachPanel({ session, plan }: { session: TrainingSession; plan: PlanContext }) {
  const fields = session.prescription.coachFields;
  switch (fields.coach) {
    case 'force':
      return <ForcePanel fields={fields} plan={plan} />;
    case 'endurance':
      return <EndurancePanel fields={fields} plan={plan} discipline={session.discipline} />;
    case 'functional':
      return <FunctionalPanel fields={fields} plan={plan} />;
    case 'calisthenics':
      return <CalisthenicsPanel fields={fields} plan={plan} />;
    case 'competitions':
      return <CompetitionsPanel fields={fields} plan={plan} />;
  }
}

function Panel({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="card coach-panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

const signed = (value: number, f: PlanFormat) => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${f.n(Math.abs(value), 2)}`;
const nameOf = (plan: PlanContext, exerciseId: string) => plan.nameOf(exerciseId);

function ForcePanel({ fields, plan }: { fields: ForceFields; plan: PlanContext }) {
  const { f } = plan;
  return (
    <Panel id="coach-panel-title" title={f.t('plan.force.title')}>
      {fields.workingMaxes.length > 0 && (
        <table className="data-table">
          <caption>{f.t('plan.force.maxes')}</caption>
          <thead>
            <tr>
              <th scope="col">{f.t('plan.col.exercise')}</th>
              <th scope="col">{f.t('plan.force.oneRepMax')}</th>
              <th scope="col">{f.t('plan.force.basis')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.workingMaxes.map((max) => (
              <tr key={max.exerciseId}>
                <th scope="row">{nameOf(plan, max.exerciseId)}</th>
                <td>{max.estimatedOneRepMaxKg != null ? `${f.n(max.estimatedOneRepMaxKg)} kg` : f.t('plan.force.unknown')}</td>
                <td>{f.t(`plan.force.basis.${max.basis}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{f.t('plan.force.progression')}</h3>
      {fields.progressionApplied.length === 0 ? (
        <p className="muted">{f.t('plan.force.none')}</p>
      ) : (
        <ul className="plain-list progression-list">
          {fields.progressionApplied.map((step, i) => {
            const deltas = [
              step.loadDeltaKg != null && step.loadDeltaKg !== 0 ? `${signed(step.loadDeltaKg, f)} kg` : null,
              step.repsDelta != null && step.repsDelta !== 0 ? f.t('plan.force.repsDelta', { n: signed(step.repsDelta, f) }) : null,
            ].filter(Boolean);
            return (
              <li key={`${step.exerciseId}-${i}`}>
                <strong>{nameOf(plan, step.exerciseId)}</strong>
                {' · '}
                <span className={`change change-${step.change}`}>
                  {f.t(`plan.force.change.${step.change}`)}
                  {deltas.length > 0 && ` ${deltas.join(', ')}`}
                </span>
                {step.reason && <p className="muted small">{step.reason}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}

function EndurancePanel({ fields, plan, discipline }: { fields: EnduranceFields; plan: PlanContext; discipline: TrainingSession['discipline'] }) {
  const { f, zones, maxHr } = plan;
  const sport = paceSport(undefined, discipline);
  const minutes = new Map(fields.totalZoneMinutes.map((entry) => [entry.zone, entry.minutes]));
  const shown = [1, 2, 3, 4, 5].filter((zone) => (minutes.get(zone) ?? 0) > 0 || fields.targetZones.includes(zone) || zones.length > 0);
  return (
    <Panel id="coach-panel-title" title={f.t('plan.endurance.title')}>
      <dl className="facts">
        <div>
          <dt>{f.t('plan.endurance.sessionType')}</dt>
          <dd>{f.t(`plan.endurance.type.${fields.sessionType}`)}</dd>
        </div>
        {fields.targetZones.length > 0 && (
          <div>
            <dt>{f.t('plan.endurance.targetZones')}</dt>
            <dd>{fields.targetZones.map((zone) => zoneText(zone, zones.find((range) => range.zone === zone))).join(', ')}</dd>
          </div>
        )}
        {fields.intervalStructure && (
          <div>
            <dt>{f.t('plan.endurance.structure')}</dt>
            <dd>{fields.intervalStructure}</dd>
          </div>
        )}
        {fields.referencePaceSecPerKm != null && sport && (
          <div>
            <dt>{f.t('plan.endurance.referencePace')}</dt>
            <dd>{formatPace(fields.referencePaceSecPerKm, sport, f)}</dd>
          </div>
        )}
        {maxHr && (
          <div>
            <dt>{f.t('plan.endurance.maxHr')}</dt>
            <dd>{f.t(`plan.endurance.maxHr.${maxHr.source}`, { bpm: maxHr.bpm })}</dd>
          </div>
        )}
      </dl>
      <table className="data-table zones-table">
        <caption>{f.t('plan.endurance.zonesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{f.t('plan.endurance.zone')}</th>
            {zones.length > 0 && <th scope="col">{f.t('plan.endurance.heartRate')}</th>}
            <th scope="col">{f.t('plan.endurance.time')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((zone) => {
            const range = zones.find((entry) => entry.zone === zone);
            const min = minutes.get(zone) ?? 0;
            return (
              <tr key={zone} className={fields.targetZones.includes(zone) ? 'zone-target' : undefined}>
                <th scope="row">Z{zone}</th>
                {zones.length > 0 && <td>{range ? `${range.minBpm}–${range.maxBpm} bpm` : '–'}</td>}
                <td>{min > 0 ? f.t('plan.endurance.minutes', { n: f.n(min) }) : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted small">{zones.length > 0 ? f.t('plan.zonesExplain') : f.t('plan.endurance.bpmUnknown')}</p>
    </Panel>
  );
}

function FunctionalPanel({ fields, plan }: { fields: FunctionalFields; plan: PlanContext }) {
  const { f } = plan;
  const format = { amrap: f.t('plan.format.amrap'), emom: f.t('plan.format.emom'), for_time: f.t('plan.format.forTime') }[fields.workoutFormat];
  return (
    <Panel id="coach-panel-title" title={f.t('plan.functional.title')}>
      <dl className="facts">
        <div>
          <dt>{f.t('plan.functional.format')}</dt>
          <dd>{format}</dd>
        </div>
        {fields.stimulus && (
          <div>
            <dt>{f.t('plan.functional.stimulus')}</dt>
            <dd>{fields.stimulus}</dd>
          </div>
        )}
      </dl>
      <ul className="plain-list scaling-levels">
        {fields.scalingOptions.map((option) => (
          <li key={option.level} className={`scaling-${option.level}`}>
            <strong>{f.t(`plan.functional.level.${option.level}`)}</strong>
            <p>{option.description}</p>
          </li>
        ))}
      </ul>
    </Panel>
  );
}

function CalisthenicsPanel({ fields, plan }: { fields: CalisthenicsFields; plan: PlanContext }) {
  const { f } = plan;
  return (
    <Panel id="coach-panel-title" title={f.t('plan.calisthenics.title')}>
      <dl className="facts">
        {fields.skillFocus && (
          <div>
            <dt>{f.t('plan.calisthenics.focus')}</dt>
            <dd>{fields.skillFocus}</dd>
          </div>
        )}
        <div>
          <dt>{f.t('plan.calisthenics.push')}</dt>
          <dd>{fields.pushSets}</dd>
        </div>
        <div>
          <dt>{f.t('plan.calisthenics.pull')}</dt>
          <dd>{fields.pullSets}</dd>
        </div>
        <div>
          <dt>{f.t('plan.calisthenics.ratio')}</dt>
          <dd>{fields.pushPullRatio != null ? f.n(fields.pushPullRatio, 2) : f.t('plan.calisthenics.noPull')}</dd>
        </div>
      </dl>
      {fields.progressionLevels.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">{f.t('plan.calisthenics.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{f.t('plan.col.exercise')}</th>
              <th scope="col">{f.t('plan.calisthenics.chain')}</th>
              <th scope="col">{f.t('plan.calisthenics.level')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.progressionLevels.map((level) => (
              <tr key={level.exerciseId}>
                <th scope="row">{nameOf(plan, level.exerciseId)}</th>
                <td>{level.chain}</td>
                <td>
                  {f.t('plan.calisthenics.step', { level: level.level, of: level.of })}
                  <span className="chain-steps" aria-hidden="true">
                    {Array.from({ length: level.of }, (_, i) => (
                      <span key={i} className={i < level.level ? 'step-on' : undefined} />
                    ))}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

function CompetitionsPanel({ fields, plan }: { fields: CompetitionsFields; plan: PlanContext }) {
  const { f } = plan;
  return (
    <Panel id="coach-panel-title" title={f.t('plan.competitions.title')}>
      <dl className="facts">
        <div>
          <dt>{f.t('plan.competitions.total')}</dt>
          <dd className="big-number">{formatDuration(fields.totalTargetSec)}</dd>
        </div>
      </dl>
      {fields.stations.length > 0 && (
        <table className="data-table">
          <caption>{f.t('plan.competitions.stations')}</caption>
          <thead>
            <tr>
              <th scope="col">{f.t('plan.col.exercise')}</th>
              <th scope="col">{f.t('plan.competitions.split')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.stations.map((station, i) => (
              <tr key={`${station.exerciseId}-${i}`}>
                <th scope="row">{nameOf(plan, station.exerciseId)}</th>
                <td>{formatDuration(station.targetSplitSec)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {fields.runSplits.length > 0 && (
        <table className="data-table">
          <caption>{f.t('plan.competitions.runs')}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{f.t('plan.competitions.distance')}</th>
              <th scope="col">{f.t('plan.competitions.split')}</th>
              <th scope="col">{f.t('plan.competitions.pace')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.runSplits.map((run, i) => (
              <tr key={i}>
                <th scope="row">{f.t('plan.competitions.run', { n: i + 1 })}</th>
                <td>{formatDistance(run.distanceM, f)}</td>
                <td>{formatDuration(run.targetSec)}</td>
                <td>{formatPace((run.targetSec * 1000) / run.distanceM, 'run', f)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
