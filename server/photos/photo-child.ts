import { constants, setPriority } from 'node:os';
import { imageLibrary, processPhoto } from './photo-pipeline.ts';
import type { ChildReady, EncodeReply, EncodeRequest } from './photo-encoder.ts';

// The child-process side of photo-encoder.ts: re-encodes one photo at a time with sharp
// (photo-pipeline.ts) and answers over the IPC channel. It holds no database, no sockets and
// no secrets; a crash here (a libvips fault on a crafted file) ends only this process.

/** Collects garbage now (the parent starts this process with --expose-gc; else a no-op). */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

process.on('message', (msg: EncodeRequest) => {
  processPhoto(Buffer.from(msg.bytes.buffer, msg.bytes.byteOffset, msg.bytes.byteLength)).then(
    (out) => process.send?.({ id: msg.id, out } satisfies EncodeReply),
    (err: unknown) => process.send?.({ id: msg.id, out: 'PHOTO_INVALID', crashed: String((err as Error)?.message ?? err).slice(0, 200) } satisfies EncodeReply),
  ).finally(() => {
    // The IPC copies of the upload (a few MB outside the small JS heap) would otherwise wait
    // for a distant GC: measured, the child's peak grew by about 20 MB over 12 photos.
    collect();
  });
});
// The parent lowered this process's priority right after starting it. On Linux a priority is
// per thread (new threads inherit it from the one that starts them): lowering this thread's
// again before sharp starts any thread makes sure libvips's workers run below the server too.
try {
  setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
} catch {
  // Not permitted: the parent's setting stands.
}
// Ready once sharp is loaded (the parent times a photo from then on); without sharp, exit.
imageLibrary().then(
  () => process.send?.({ ready: true } satisfies ChildReady),
  (err: unknown) => {
    console.error(`[photos] sharp not loaded: ${(err as Error).message}`);
    process.exit(1);
  },
);
// The parent gone (server ended or killed): leave too.
process.on('disconnect', () => process.exit(0));
