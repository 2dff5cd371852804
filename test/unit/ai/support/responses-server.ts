import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer of the fake Responses API. */
export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** JSON body (default: a completed response carrying `outputText`). */
  body?: unknown;
  /** The model's text (the structured output). */
  outputText?: string;
  /** Wait before answering (to exercise timeouts). */
  delayMs?: number;
  usage?: { input_tokens: number; output_tokens: number };
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: any;
}

/** A completed Responses API object with one assistant message whose text is `text`. */
export function responseObject(text: string, usage = { input_tokens: 3000, output_tokens: 1500 }, model = 'gpt-5-mini-2025-08-07') {
  return {
    id: `resp_${Math.random().toString(36).slice(2)}`,
    object: 'response',
    created_at: Math.floor(Date.now() / 1000),
    status: 'completed',
    model,
    output: [
      { type: 'reasoning', id: 'rs_1', summary: [] },
      { type: 'message', id: 'msg_1', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text, annotations: [] }] },
    ],
    usage: { ...usage, total_tokens: usage.input_tokens + usage.output_tokens, input_tokens_details: { cached_tokens: 0 }, output_tokens_details: { reasoning_tokens: 0 } },
  };
}

/**
 * A real HTTP server on 127.0.0.1 speaking the Responses API (POST /v1/responses): each request
 * gets the next scripted reply (the last one repeats). Records every request.
 */
export async function startResponsesServer(script: ReadonlyArray<Reply | ((request: RecordedRequest, index: number) => Reply)>) {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: text ? JSON.parse(text) : null };
      const index = requests.length;
      requests.push(recorded);
      if (req.method !== 'POST' || !req.url?.endsWith('/responses')) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found', type: 'invalid_request_error' } }));
        return;
      }
      const step = script[Math.min(index, script.length - 1)]!;
      const reply = typeof step === 'function' ? step(recorded, index) : step;
      const send = () => {
        if (res.destroyed) return;
        const status = reply.status ?? 200;
        const body = reply.body ?? (status === 200 ? responseObject(reply.outputText ?? '', reply.usage) : { error: { message: `status ${status}`, type: 'server_error' } });
        res.writeHead(status, { 'content-type': 'application/json', ...reply.headers }).end(JSON.stringify(body));
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
