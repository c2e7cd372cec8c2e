import Fastify from "fastify";
import { streamDownload } from "../../../../src/store/routes/stream-download";

describe("streamDownload", () => {
  it("gives the event loop a turn after every chunk, so other requests are answered while a download runs", async () => {
    const app = Fastify();
    let turnsBetweenChunks = 0;
    app.get("/download", (_req, reply) =>
      streamDownload(reply, "text/plain", "d.txt", async (write) => {
        for (let i = 0; i < 20; i += 1) {
          // Small chunks the stream takes at once: without a turn, the loop would run in microtasks only.
          let turned = false;
          setImmediate(() => (turned = true));
          await write(`line ${i}\n`);
          if (turned) turnsBetweenChunks += 1;
        }
      }),
    );
    const response = await app.inject({ method: "GET", url: "/download" });
    expect(response.statusCode).toBe(200);
    expect(response.body.split("\n")).toHaveLength(21);
    expect(turnsBetweenChunks).toBe(20);
    await app.close();
  });
});
