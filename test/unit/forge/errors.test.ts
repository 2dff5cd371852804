import { describe, expect, it } from 'vitest';
import { InvalidActivityChangeError, ReadOnlyActivityError } from '../../../shared/domain/forge/activity';
import { problemForDomainError } from '../../../shared/http/domain-errors';
import { toProblemDocument } from '../../../shared/http/problem';

describe('Forge errors as problems', () => {
  it('a synced activity is read-only: 409 telling to edit the session in Training', () => {
    const problem = problemForDomainError(new ReadOnlyActivityError('ts_S1', 'training_session'))!;
    const document = toProblemDocument(problem);
    expect(document).toMatchObject({ status: 409, activityId: 'ts_S1', source: 'training_session' });
    expect(document.detail).toMatch(/edit or delete the session in Training/);
    expect(toProblemDocument(problemForDomainError(new ReadOnlyActivityError('wb_x', 'wearable'))!).detail).toMatch(/wearable/);
  });

  it('an edit that clashes with the stored fields: 400 naming the field', () => {
    const document = toProblemDocument(problemForDomainError(new InvalidActivityChangeError('avgHr', 'must not be above maxHr (150)'))!);
    expect(document).toMatchObject({ status: 400, errors: [{ path: 'body.avgHr', message: 'must not be above maxHr (150)' }] });
  });

  it('leaves unrelated errors alone', () => {
    const lookalike = new Error('x');
    expect(problemForDomainError(lookalike)).toBeNull();
  });
});
