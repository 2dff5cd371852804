import { useId, type ReactNode } from 'react';
import type { LoggedSet, PrescribedExercise, TrainingSession } from '../../api/types';
import type { PrescribedBlock } from '../../../../shared/domain/coaches/prescription';
import { useCapabilities } from '../../api/capabilities';
import { CoachAnalysisPanel } from '../enrichment/CoachAnalysisPanel';
import { EnrichmentStatus } from '../enrichment/EnrichmentStatus';
import { ExerciseDetails } from '../enrichment/ExerciseDetails';
import { exerciseEnrichment, useEnrichment, type EnrichmentProgress } from '../enrichment/useEnrichment';
import { ExerciseIllustration } from '../illustrations/ExerciseIllustration';
import { knownIllustrations } from '../illustrations/useIllustration';
import { SwapExercise } from '../live/SwapDialog';
import { CoachPanel } from './CoachPanel';
import { blockFormatText, blockStarts, describeGroup, describeLogged, exerciseLayout, groupSets, roundLine, showsSetTypes, type PlanFormat } from './format';
import { en as planEn, fr as planFr } from './messages';
import { usePlanContext, type PlanContext } from './usePlanContext';
import './plan.css';

/**
 * The session's plan as the coach wrote it: summary and facts, coach notes, each block with its
 * kind and format, each exercise with its targets and what was logged against them, the coach's own
 * panel, and the enrichment (status line, coaching details per exercise, coach analysis).
 */
export function SessionPlan({ session }: { session: TrainingSession }) {
  const plan = usePlanContext(session);
  const { can } = useCapabilities();
  const canEnrich = can('GET /training/sessions/{id}/enrichment');
  const enrichment = useEnrichment(session.id, { enabled: canEnrich });
  const { f } = plan;
  const prescription = session.prescription;
  const live = session.status === 'active';
  // Logged sets point at exercises by their position with the blocks flattened in order.
  const starts = blockStarts(prescription.blocks);
  const analysis = enrichment.data?.content?.coachAnalysis;

  return (
    <>
      <section className={`plan-view${live ? ' plan-live' : ''}`} aria-labelledby="plan-title">
        <h2 id="plan-title">{f.t('plan.title')}</h2>
        <p className="plan-summary prose">{prescription.summary}</p>
        <dl className="facts">
          <div>
            <dt>{f.t('plan.intensity')}</dt>
            <dd>{f.t(`plan.intensity.${prescription.intensity}`)}</dd>
          </div>
          <div>
            <dt>{f.t('plan.duration')}</dt>
            <dd>{f.t('plan.durationValue', { min: prescription.estimatedDurationMin })}</dd>
          </div>
          <div>
            <dt>{f.t('plan.blocks')}</dt>
            <dd>{prescription.blocks.length}</dd>
          </div>
        </dl>
        {canEnrich && <EnrichmentStatus query={enrichment} />}
        {prescription.coachNotes.length > 0 && (
          <section className="coach-notes" aria-labelledby="coach-notes-title">
            <h3 id="coach-notes-title">{f.t('plan.coachNotes')}</h3>
            <ul>
              {prescription.coachNotes.map((note, i) => (
                <li key={i}>{note}</li>
              ))}
            </ul>
          </section>
        )}
        <ol className="plan">
          {prescription.blocks.map((block, i) => (
            <PlanBlock key={i} block={block} start={starts[i]!} session={session} plan={plan} enrichment={enrichment.data} />
          ))}
        </ol>
      </section>
      <CoachPanel session={session} plan={plan} />
      {analysis && <CoachAnalysisPanel analysis={analysis} />}
    </>
  );
}

function roundIntro(block: PrescribedBlock, f: PlanFormat): string | null {
  if (block.format === 'emom') return f.t('plan.format.perMinute');
  if (block.format === 'amrap') return f.t('plan.format.amrapRound');
  if ((block.format === 'for_time' && (block.rounds ?? 1) > 1) || block.format === 'superset' || block.format === 'circuit') return f.t('plan.format.perRound');
  return null;
}

function PlanBlock(props: { block: PrescribedBlock; start: number; session: TrainingSession; plan: PlanContext; enrichment: EnrichmentProgress | undefined }) {
  const { block, start, session, plan, enrichment } = props;
  const { f } = plan;
  const titleId = useId();
  const kind = f.t(`plan.kind.${block.kind}`);
  const format = blockFormatText(block, f);
  const layouts = block.exercises.map((exercise) => exerciseLayout(block, exercise));
  const intro = layouts.some((layout) => layout !== 'grouped') ? roundIntro(block, f) : null;
  // A block named after its kind ("Warm-up", in either language) is headed by the kind alone.
  const kindKey = `plan.kind.${block.kind}` as const;
  const sameName = [kind, planEn[kindKey], planFr[kindKey]].some((label) => label.toLowerCase() === block.name.trim().toLowerCase());
  return (
    <li className={`card plan-block plan-block-${block.kind}`}>
      <section aria-labelledby={titleId}>
        <header className="plan-block-head">
          <h3 id={titleId}>
            <span className={`block-kind block-kind-${block.kind}`}>{kind}</span>
            {!sameName && <span className="block-name">{block.name}</span>}
          </h3>
          {format && <p className="block-format">{format}</p>}
        </header>
        {intro && <p className="block-intro muted">{intro}</p>}
        <ol className="plan-exercises">
          {block.exercises.map((exercise, i) => (
            <PlanExercise
              key={i}
              exercise={exercise}
              layout={layouts[i]!}
              index={start + i}
              plan={plan}
              logged={session.loggedSets.filter((set) => set.exerciseIndex === start + i)}
              detail={exerciseEnrichment(enrichment, start + i)}
              // Drafts only: an active session swaps from its live view, above.
              tools={session.status === 'draft' ? <SwapExercise session={session} exerciseIndex={start + i} exercise={exercise} /> : null}
              illustration={<ExerciseIllustration exerciseId={exercise.exerciseId} discipline={session.discipline} name={plan.name(exercise)} known={knownIllustrations(session)[exercise.exerciseId]} size="small" />}
            />
          ))}
        </ol>
      </section>
    </li>
  );
}

function PlanExercise(props: {
  exercise: PrescribedExercise;
  layout: ReturnType<typeof exerciseLayout>;
  index: number;
  plan: PlanContext;
  logged: LoggedSet[];
  detail: ReturnType<typeof exerciseEnrichment>;
  illustration: ReactNode;
  tools: ReactNode;
}) {
  const { exercise, layout, plan, logged, detail } = props;
  const { f } = plan;
  const name = plan.name(exercise);
  const ctx = plan.setContext(exercise);
  const showType = showsSetTypes(exercise.sets);
  const first = exercise.sets[0]!;
  return (
    <li className={`plan-exercise${logged.length > 0 ? ' plan-exercise-started' : ''}`}>
      {props.illustration}
      {layout === 'round-line' ? (
        <h4 className="round-line">{roundLine(first, name, ctx)}</h4>
      ) : (
        <>
          <div className="exercise-tools">
            <h4>{name}</h4>
            {props.tools}
          </div>
          {layout === 'per-round' ? (
            <p className="plan-sets">
              <SetText text={describeGroup({ set: first, count: 1 }, ctx, showType).text} />
            </p>
          ) : (
            <ul className="plan-sets">
              {groupSets(exercise.sets).map((group) => {
                const { type, text } = describeGroup(group, ctx, showType);
                return (
                  <li key={group.from}>
                    {type && <span className={`set-type set-type-${group.set.type}`}>{type}</span>} <SetText text={text} />
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
      {exercise.notes && <p className="plan-note">{exercise.notes}</p>}
      {exercise.scaling && <p className="plan-scaling">{f.t('plan.scaling', { text: exercise.scaling })}</p>}
      {logged.length > 0 && <LoggedSets exercise={exercise} name={name} logged={logged} plan={plan} />}
      {detail && <ExerciseDetails detail={detail} name={name} />}
    </li>
  );
}

/** A target line whose short parts ("Z2 114–133 bpm", "rest 1:30") never break inside on a narrow screen. */
function SetText({ text }: { text: string }) {
  const parts = text.split(' · ');
  return parts.map((part, i) => (
    <span key={i}>
      <span className={part.length <= 24 ? 'nowrap' : undefined}>{part}</span>
      {i < parts.length - 1 && ' · '}
    </span>
  ));
}

/** The sets logged for an exercise, each against its target (✓ with what was done). */
function LoggedSets({ exercise, name, logged, plan }: { exercise: PrescribedExercise; name: string; logged: LoggedSet[]; plan: PlanContext }) {
  const { f } = plan;
  const ctx = plan.setContext(exercise);
  const showType = showsSetTypes(exercise.sets);
  // Warm-up ramp sets (logged outside the plan) first, then the sets in plan order.
  const sorted = [...logged].sort((a, b) => Number(b.type === 'warmup') - Number(a.type === 'warmup') || a.setIndex - b.setIndex);
  const planned = logged.filter((set) => set.type !== 'warmup' || exercise.sets[set.setIndex] !== undefined).length;
  return (
    <div className="logged">
      <p className="logged-count">{f.t('plan.loggedCount', { done: Math.min(planned, exercise.sets.length), total: exercise.sets.length })}</p>
      <table className="data-table logged-table">
        <caption className="visually-hidden">{f.t('plan.logged', { name })}</caption>
        <thead>
          <tr>
            <th scope="col">{f.t('plan.col.set')}</th>
            <th scope="col">{f.t('plan.col.target')}</th>
            <th scope="col">{f.t('plan.col.done')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((set) => {
            const target = exercise.sets[set.setIndex];
            const ramp = set.type === 'warmup' && !target;
            const described = target ? describeGroup({ set: target, count: 1 }, ctx, showType) : null;
            return (
              <tr key={set.id} className="set-done">
                <td>{ramp ? '–' : set.setIndex + 1}</td>
                <td>{described ? [described.type, described.text].filter(Boolean).join(' · ') : ramp ? f.t('plan.setType.warmup') : f.t('plan.extraSet')}</td>
                <td>
                  <span aria-hidden="true">✓ </span>
                  {describeLogged(set, f)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
