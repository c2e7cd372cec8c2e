// The load generator for POST /interactions, run as its own process so it never shares the store's
// event loop: `node bench/load-interactions.mjs '{"base":…,"token":…,"contacts":[…],"seconds":10,"rate":0}'`.
// Every request is a new source and a new Idempotency-Key, so each one writes a logged item and an entry.
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";

const { base, token, contacts, seconds, connections = 16, rate = 0 } = JSON.parse(process.argv[2]);
let n = 0;
const instance = autocannon({
  url: `${base}/api/v1/interactions`,
  connections,
  duration: seconds,
  ...(rate > 0 ? { overallRate: rate } : {}),
  requests: [
    {
      method: "POST",
      setupRequest(request) {
        n += 1;
        const contact = contacts[n % contacts.length];
        return {
          ...request,
          headers: {
            "content-type": "application/json",
            authorization: `Bearer ${token}`,
            "idempotency-key": randomUUID(),
          },
          body: JSON.stringify({
            source: {
              kind: "email",
              key: `msgid:bench-${process.pid}-${n}@bench.example`,
              subject: `Bench message ${n}`,
              occurredAt: new Date().toISOString(),
            },
            templateCode: "EMAIL",
            contacts: [contact],
          }),
        };
      },
    },
  ],
});
instance.on("done", (result) => {
  process.stdout.write(
    JSON.stringify({
      requestsPerSecond: result.requests.average,
      total: result.requests.total,
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
    }) + "\n",
  );
});
