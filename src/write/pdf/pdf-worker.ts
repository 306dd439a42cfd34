// The PDF thread (see `pdf-thread.ts`): loads pdfkit and parses the fonts as soon as it starts,
// while the main thread is still reading the content, then renders each handout it is sent with
// the same function an in-process render uses, so the bytes are the same.
import { parentPort } from 'node:worker_threads';
import { renderHandoutPdf, warmUp } from './render.js';
import type { RenderReply, RenderRequest } from './pdf-thread.js';

warmUp();

parentPort?.on('message', (request: RenderRequest) => {
  void renderHandoutPdf(request.handout, request.paper).then(
    (bytes) => {
      const reply: RenderReply = { id: request.id, bytes };
      parentPort?.postMessage(reply, [bytes.buffer as ArrayBuffer]);
    },
    (error: unknown) => {
      const e = error as Error & { record?: unknown; character?: unknown; text?: unknown };
      const reply: RenderReply = {
        id: request.id,
        error: {
          name: e?.name ?? 'Error', message: e?.message ?? String(error), stack: e?.stack ?? '',
          ...(typeof e?.record === 'string' ? { record: e.record } : {}),
          ...(typeof e?.character === 'string' ? { character: e.character } : {}),
          ...(typeof e?.text === 'string' ? { text: e.text } : {}),
        },
      };
      parentPort?.postMessage(reply);
    },
  );
});
