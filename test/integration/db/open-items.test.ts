import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { documentClient } from '../../../shared/db/client';
import { listOpenItems } from '../../../shared/db/entities/open-items';
import { createSession, toItem } from '../../../shared/db/entities/training-session';
import { openSessionOf } from '../../../shared/domain/training/today';
import { commandsOf, repositoryTableContext, uniqueUserId } from '../../support/db';
import { draftSession } from '../../support/sessions';

const ctx = repositoryTableContext;

describe('open items (GSI5)', () => {
  it("reads an open session's summary from the index alone", async () => {
    const session = draftSession(uniqueUserId());
    await createSession(ctx(), session);
    expect((await listOpenItems(ctx(), session.userId)).sessions).toEqual([openSessionOf(session)]);
    expect(await commandsOf(() => listOpenItems(ctx(), session.userId))).toEqual(['Query']);
  });

  it('reads whole, once, a session written before open items carried its duration', async () => {
    const session = draftSession(uniqueUserId());
    const { estimatedDurationMin: _added, ...writtenBefore } = toItem(session);
    await documentClient.send(new PutCommand({ TableName: ctx().tableName, Item: writtenBefore }));
    expect((await listOpenItems(ctx(), session.userId)).sessions).toEqual([openSessionOf(session)]);
    expect(await commandsOf(() => listOpenItems(ctx(), session.userId))).toEqual(['Query', 'GetItem']);
  });
});
