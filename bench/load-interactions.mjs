// The load generator for POST /interactions, run as its own process so it never shares the store's
// event loop: `node bench/load-interactions.mjs '{"base":…,"token":…,"contacts":[…],"seconds":10,"rate":0}'`.
// Every request is a new source and a new Idempotency-Key, so each one writes a logged item and an entry.
//
// rate 0, the peak: `connections` keep-alive connections, each sending its next request as soon as the
// last is answered (closed loop).
// rate > 0, a steady load: one request comes due every 1/rate s and goes out on the next free connection
// (open loop). Its latency runs from when it was due, so time spent waiting for a free connection counts.
// (autocannon's rate option does not give this: it is a per-second quota per connection, so each second
// starts with every connection firing back to back until the quota is spent, then idles — a burst at the
// peak.) Both modes share one lean HTTP/1.1 client: on two cores the generator's own CPU is taken from the
// store, so the steady run must cost no more per request than the peak run it is a fraction of.
import { randomUUID } from "node:crypto";
import { Buffer } from "node:buffer";
import { connect } from "node:net";

const { base, token, contacts, seconds, connections = 16, rate = 0 } = JSON.parse(process.argv[2]);
const url = new URL(`${base}/api/v1/interactions`);
const head =
  `POST ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nConnection: keep-alive\r\n` +
  `Content-Type: application/json\r\nAuthorization: Bearer ${token}\r\n`;
let n = 0;

function nextRequest() {
  n += 1;
  const body = JSON.stringify({
    source: {
      kind: "email",
      key: `msgid:bench-${process.pid}-${n}@bench.example`,
      subject: `Bench message ${n}`,
      occurredAt: new Date().toISOString(),
    },
    templateCode: "EMAIL",
    contacts: [contacts[n % contacts.length]],
  });
  return `${head}Idempotency-Key: ${randomUUID()}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

const HEADER_END = Buffer.from("\r\n\r\n");

/**
 * One keep-alive connection with at most one request in flight; `onAnswer(status)` per response.
 * `onIdleClose`, when given, is called instead of failing when the store closes it with no request in
 * flight (its keep-alive timeout: an open-loop run leaves some connections idle for seconds).
 */
function openConnection(onAnswer, onIdleClose) {
  const socket = connect({ host: url.hostname, port: Number(url.port), noDelay: true });
  let pending = Buffer.alloc(0);
  let bodyLeft = -1;
  let status = 0;
  socket.on("data", (chunk) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    for (;;) {
      if (bodyLeft < 0) {
        const end = pending.indexOf(HEADER_END);
        if (end < 0) return;
        const header = pending.toString("latin1", 0, end);
        status = Number(header.slice(9, 12));
        const length = /\r\ncontent-length:\s*(\d+)/i.exec(header);
        if (length === null) return fail(`an answer without Content-Length: ${header}`);
        bodyLeft = Number(length[1]);
        pending = pending.subarray(end + HEADER_END.length);
      }
      if (pending.length < bodyLeft) return;
      pending = pending.subarray(bodyLeft);
      bodyLeft = -1;
      socket.busy = false;
      onAnswer(status);
    }
  });
  socket.on("error", (error) => fail(error.message));
  // The store never closes a keep-alive connection with a request in flight; if it does, the run failed.
  socket.on("close", () => {
    if (socket.retired) return;
    if (!socket.busy && onIdleClose !== undefined) return onIdleClose();
    fail("the store closed a connection");
  });
  sockets.push(socket);
  return socket;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const sockets = [];
const latencies = [];
/** Latencies of the answers that accepted their log (2xx): under overload, what a shed request costs is apart. */
const accepted = [];
const byStatus = {};
let non2xx = 0;
let errors = 0;
let answered = 0;
let finished = false;
const started = performance.now();

function finish() {
  if (finished) return;
  finished = true;
  for (const socket of sockets) {
    socket.retired = true;
    socket.destroy();
  }
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  accepted.sort((a, b) => a - b);
  const cpu = process.cpuUsage();
  process.stdout.write(
    JSON.stringify({
      requestsPerSecond: answered / elapsed,
      total: answered,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: latencies.at(-1),
      non2xx,
      byStatus,
      acceptedPerSecond: accepted.length / elapsed,
      acceptedP50: percentile(accepted, 50),
      acceptedP99: percentile(accepted, 99),
      errors,
      generatorCpuMsPerRequest: (cpu.user + cpu.system) / 1000 / Math.max(1, answered),
    }) + "\n",
  );
}

function fail(reason) {
  if (finished) return;
  errors += 1;
  console.error(`load generator: ${reason}`);
  finish();
}

function record(status, since) {
  const latency = performance.now() - since;
  latencies.push(latency);
  answered += 1;
  byStatus[status] = (byStatus[status] ?? 0) + 1;
  if (status < 200 || status > 299) non2xx += 1;
  else accepted.push(latency);
}

if (rate === 0) {
  const endAt = started + seconds * 1000;
  let open = connections;
  for (let i = 0; i < connections; i += 1) {
    let sentAt = 0;
    const send = () => {
      sentAt = performance.now();
      socket.busy = true;
      socket.write(nextRequest());
    };
    const socket = openConnection((status) => {
      record(status, sentAt);
      if (performance.now() < endAt) return send();
      socket.retired = true;
      socket.destroy();
      if ((open -= 1) === 0) finish();
    });
    send();
  }
} else {
  const interval = 1000 / rate;
  const total = Math.round(rate * seconds);
  const dueAt = (i) => started + i * interval;
  let sent = 0;
  const idle = [];
  const send = (connection) => {
    connection.due = dueAt(sent);
    sent += 1;
    connection.socket.busy = true;
    connection.socket.write(nextRequest());
  };
  const connect = (connection) => {
    connection.socket = openConnection(
      (status) => {
        record(status, connection.due);
        if (answered === total) finish();
        else if (sent < total && dueAt(sent) <= performance.now()) send(connection);
        else idle.push(connection);
      },
      // Closed while idle (keep-alive timeout): the same slot connects again.
      () => connect(connection),
    );
  };
  for (let i = 0; i < connections; i += 1) {
    const connection = { due: 0, socket: undefined };
    connect(connection);
    idle.push(connection);
  }
  // Timers fire late by up to a few ms: each tick sends every request that has come due since.
  const tick = () => {
    const now = performance.now();
    while (sent < total && dueAt(sent) <= now && idle.length > 0) send(idle.pop());
    if (sent < total && !finished) setTimeout(tick, Math.max(0, dueAt(sent) - performance.now()));
  };
  tick();
}
