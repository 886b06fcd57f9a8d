// Worker-thread entry of the PDF pool (pdf-pool.ts): renders one supplement per message.
// Message in: { id: number, doc: RecordBookDoc }; out: { id, pdf: Uint8Array } or { id, error: string }.
/* oxlint-disable unicorn/require-post-message-target-origin -- a worker thread's port, not a window */
import { parentPort } from 'node:worker_threads';
import type { RecordBookDoc } from '../../shared/record-book/model.ts';
import { renderRecordBook } from './pdf-render.ts';

parentPort?.on('message', (msg: { id: number; doc: RecordBookDoc }) => {
  renderRecordBook(msg.doc).then(
    (pdf) => {
      const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice();
      parentPort!.postMessage({ id: msg.id, pdf: bytes }, [bytes.buffer]);
    },
    (err: unknown) => parentPort!.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) }),
  );
});
