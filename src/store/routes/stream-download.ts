import { once } from "node:events";
import { PassThrough } from "node:stream";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { FastifyReply } from "fastify";

/** Waits until the stream takes more, or is gone; answers whether writing may go on. */
async function drained(stream: PassThrough): Promise<boolean> {
  if (stream.destroyed) return false;
  await Promise.race([once(stream, "drain"), once(stream, "close")]);
  return !stream.destroyed;
}

/**
 * Streams a download that a producer writes chunk by chunk, with backpressure: the producer waits for a
 * slow reader, and stops (its `write` answers false) when the connection closes — a client gone, or a
 * shutdown that ran out of patience — so its snapshot ends with it.
 *
 * Every write gives the event loop a turn before the producer goes on. SQLite reads are synchronous, and
 * a reader fast enough never fills the socket, so a producer whose writes all went through at once ran
 * from its first page to its last in microtasks: a million-entry export held every other request (a log,
 * `/health`) for its whole 20 s. Producers write one chunk per page, so the turn costs nothing measurable.
 */
export function streamDownload(
  reply: FastifyReply,
  contentType: string,
  fileName: string,
  produce: (write: (chunk: string) => Promise<boolean>) => Promise<void>,
): FastifyReply {
  const stream = new PassThrough();
  const write = async (chunk: string) => {
    if (stream.destroyed) return false;
    const more = stream.write(chunk) || (await drained(stream));
    await nextTurn();
    return more && !stream.destroyed;
  };
  produce(write).then(
    () => stream.end(),
    (error: unknown) => {
      reply.log.error({ err: error }, "download failed");
      stream.destroy(error instanceof Error ? error : new Error(String(error)));
    },
  );
  return reply
    .type(contentType)
    .header("content-disposition", `attachment; filename="${fileName}"`)
    .send(stream);
}
