import { imageLibrary, processPhoto } from './photo-pipeline.ts';
import type { ChildReady, EncodeReply, EncodeRequest } from './photo-encoder.ts';

// The child-process side of photo-encoder.ts: re-encodes one photo at a time with sharp
// (photo-pipeline.ts) and answers over the IPC channel. It holds no database, no sockets and
// no secrets; a crash here (a libvips fault on a crafted file) ends only this process.

process.on('message', (msg: EncodeRequest) => {
  processPhoto(Buffer.from(msg.bytes.buffer, msg.bytes.byteOffset, msg.bytes.byteLength)).then(
    (out) => process.send?.({ id: msg.id, out } satisfies EncodeReply),
    (err: unknown) => process.send?.({ id: msg.id, out: 'PHOTO_INVALID', crashed: String((err as Error)?.message ?? err).slice(0, 200) } satisfies EncodeReply),
  );
});
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
