import type { Delivery, HeldOp, OutboxData, OutboxOp, SetOp } from './outbox-types';

/** Where the outbox survives a reload (IndexedDB in the app, memory in tests). */
export interface OutboxStorage {
  load(): Promise<OutboxData | undefined>;
  save(data: OutboxData): Promise<void>;
}

/** What waiting for one write came to: sent (with the API's answer), or still queued (offline, superseded). */
export type Outcome = { sent: true; value: unknown } | { sent: false };

export interface OutboxState {
  queue: readonly OutboxOp[];
  held: readonly HeldOp[];
  /**
   * The sets this tab delivered, in memory until their session's completion is: the session the
   * view reads may not have them yet (the query cache takes the API's answer a moment after the
   * queue lets go of the set, and a read that left before the set arrived can answer after it),
   * and a set the athlete logged must never look undone.
   */
  delivered: readonly SetOp[];
  /** The last attempt found no network (or the browser says it is offline). */
  offline: boolean;
  /** Loaded from storage: before that the queue is not known yet. */
  loaded: boolean;
}

export interface OutboxOptions {
  storage: OutboxStorage;
  /** Sends one write; never throws (every failure is a Delivery). */
  send: (op: OutboxOp) => Promise<Delivery>;
  /** After each write the API took: update the caches. */
  onSent?: (op: OutboxOp, value: unknown) => void;
  /** The browser's own guess (navigator.onLine); a failed send counts too. */
  online?: () => boolean;
  /** Delay before the n-th retry in a row (ms). */
  retryDelayMs?: (attempt: number) => number;
}

type NewOp = OutboxOp extends infer T ? (T extends OutboxOp ? Omit<T, 'id' | 'queuedAt'> : never) : never;

interface Waiter {
  resolve: (outcome: Outcome) => void;
  reject: (error: unknown) => void;
  /** Hand a refusal to the caller (who can fix and resend) instead of holding the write. */
  takesRefusal: boolean;
}

const defaultDelay = (attempt: number) => Math.min(30_000, 1000 * 2 ** Math.min(attempt, 5));

/**
 * The live session's writes (sets, recovery points, completion), written to storage first and
 * sent one at a time in the order they were made. A write that finds no network stays first in
 * line and is sent again on `online`, after a growing delay, or on `drain()`; since each one
 * carries its client id, sending it twice never doubles it. Only the newest recovery point of a
 * session is kept, and none after its completion.
 */
export class Outbox {
  private state: OutboxState = { queue: [], held: [], delivered: [], offline: false, loaded: false };
  private readonly listeners = new Set<() => void>();
  private readonly waiters = new Map<string, Waiter>();
  private writes: Promise<void> = Promise.resolve();
  private draining: Promise<void> | null = null;
  private again = false;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Sessions whose completion this tab delivered: a recovery point made after it is refused anyway. */
  private readonly completed = new Set<string>();
  /**
   * The recovery-point version each session's last delivered save got: a newer save queued while
   * an older one was on its way carries the version it saw then, and would conflict with its own
   * predecessor; this device's saves are in order, so the newest one is sent on the latest version.
   */
  private readonly snapshotVersions = new Map<string, number>();
  private stopped = true;
  /** The write being sent (never replaced or dropped meanwhile). */
  private sending: string | null = null;
  readonly ready: Promise<void>;

  constructor(private readonly options: OutboxOptions) {
    this.ready = options.storage.load().then(
      (data) => this.set({ queue: [...(data?.queue ?? []), ...this.state.queue], held: [...(data?.held ?? []), ...this.state.held], loaded: true }),
      () => this.set({ loaded: true }),
    );
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** An immutable value, replaced on every change (for useSyncExternalStore). */
  readonly current = (): OutboxState => this.state;

  /**
   * Queues a write: `persisted` settles once it is in storage (it then survives a reload),
   * `outcome` once it is sent, or the queue stops before it (no network).
   */
  enqueue(input: NewOp, options: { takesRefusal?: boolean } = {}): { op: OutboxOp; persisted: Promise<void>; outcome: Promise<Outcome> } {
    const op = { ...input, id: crypto.randomUUID(), queuedAt: new Date().toISOString() } as OutboxOp;
    const outcome = new Promise<Outcome>((resolve, reject) => this.waiters.set(op.id, { resolve, reject, takesRefusal: !!options.takesRefusal }));
    let queue = this.state.queue;
    if (op.kind === 'snapshot') {
      // A recovery point after the completion is refused anyway; an older one is replaced.
      if (this.completed.has(op.sessionId) || queue.some((queued) => queued.kind === 'complete' && queued.sessionId === op.sessionId)) return { op, persisted: Promise.resolve(), outcome: this.settle(op.id, { sent: false }) };
      for (const old of queue.filter((queued) => queued.kind === 'snapshot' && queued.sessionId === op.sessionId && !this.isSending(queued))) this.settle(old.id, { sent: false });
      queue = queue.filter((queued) => !(queued.kind === 'snapshot' && queued.sessionId === op.sessionId && !this.isSending(queued)));
    }
    if (op.kind === 'complete') queue = queue.filter((queued) => !(queued.kind === 'snapshot' && queued.sessionId === op.sessionId && !this.isSending(queued)));
    this.set({ queue: [...queue, op] });
    const persisted = this.persist();
    // Sent even when storage failed: it then lives in memory only, until the tab closes.
    const send = () => void this.drain();
    persisted.then(send, send);
    return { op, persisted, outcome };
  }

  /** Forgets a held write (the athlete has seen it). */
  dismiss(opId: string): Promise<void> {
    this.set({ held: this.state.held.filter((held) => held.op.id !== opId) });
    return this.persist();
  }

  /** Sends what waits, in order, until the queue is empty or a write finds no network. */
  drain(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.clearTimer();
    this.draining = this.run().finally(() => {
      this.draining = null;
      // Asked again meanwhile (a new write, the network back): one more pass.
      if (this.again) {
        this.again = false;
        void this.drain();
      }
    });
    return this.draining;
  }

  /** The network is back (or gone): try now (or say so). */
  setOnline(online: boolean): void {
    if (!online) return this.set({ offline: true });
    this.attempt = 0;
    void this.drain();
  }

  /** Starts sending (what waits first); `stop()` pauses it (timers cleared, queue kept). */
  start(): void {
    this.stopped = false;
    void this.drain();
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  private isSending = (op: OutboxOp) => op.id === this.sending;

  private async run(): Promise<void> {
    await this.ready;
    for (;;) {
      const op = this.state.queue[0];
      if (!op || this.stopped) return;
      if (this.options.online && !this.options.online()) {
        this.set({ offline: true });
        this.settleWaiting();
        return;
      }
      this.sending = op.id;
      const delivery = await this.options.send(this.onLatestVersion(op));
      this.sending = null;
      if (delivery.kind === 'retry') {
        this.set({ offline: delivery.offline });
        this.settleWaiting();
        this.retryLater();
        return;
      }
      this.attempt = 0;
      const rest = this.state.queue.filter((queued) => queued.id !== op.id);
      if (delivery.kind === 'sent') {
        if (op.kind === 'complete') this.completed.add(op.sessionId);
        if (op.kind === 'snapshot') {
          const version = (delivery.value as { version?: unknown } | undefined)?.version;
          if (typeof version === 'number') this.snapshotVersions.set(op.sessionId, version);
        }
        this.set({ queue: rest, delivered: this.deliveredWith(op), offline: false });
        this.options.onSent?.(op, delivery.value);
        this.settle(op.id, { sent: true, value: delivery.value });
      } else if (delivery.kind === 'dropped') {
        this.set({ queue: rest, offline: false });
        this.settle(op.id, { sent: false });
      } else {
        const waiter = this.waiters.get(op.id);
        if (waiter?.takesRefusal) {
          this.set({ queue: rest, offline: false });
          this.waiters.delete(op.id);
          waiter.reject(delivery.error);
        } else {
          this.set({ queue: rest, held: [...this.state.held, { op, ...delivery.held }], offline: false });
          this.settle(op.id, { sent: false });
        }
      }
      await this.persist();
    }
  }

  /** The delivered sets once `op` is: one more set, or none of a session whose completion it is. */
  private deliveredWith(op: OutboxOp): readonly SetOp[] {
    if (op.kind === 'set') return [...this.state.delivered, op];
    if (op.kind === 'complete') return this.state.delivered.filter((set) => set.sessionId !== op.sessionId);
    return this.state.delivered;
  }

  private onLatestVersion(op: OutboxOp): OutboxOp {
    if (op.kind !== 'snapshot') return op;
    const known = this.snapshotVersions.get(op.sessionId);
    return known !== undefined && (op.version ?? 0) < known ? { ...op, version: known } : op;
  }

  private retryLater(): void {
    this.clearTimer();
    const delay = (this.options.retryDelayMs ?? defaultDelay)(this.attempt++);
    this.timer = setTimeout(() => void this.drain(), delay);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private settle(opId: string, outcome: Outcome): Promise<Outcome> {
    this.waiters.get(opId)?.resolve(outcome);
    this.waiters.delete(opId);
    return Promise.resolve(outcome);
  }

  /** The queue stops here for now: whoever waits learns their write is queued. */
  private settleWaiting(): void {
    for (const op of this.state.queue) this.settle(op.id, { sent: false });
  }

  /** Writes the state as it is now, after any write already under way (so storage ends with the newest). */
  private persist(): Promise<void> {
    const write = this.writes.then(async () => {
      await this.ready;
      await this.options.storage.save({ queue: this.state.queue, held: this.state.held });
    });
    this.writes = write.catch(() => undefined);
    return write;
  }

  private set(change: Partial<OutboxState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }
}
