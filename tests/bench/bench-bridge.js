// Benchmark harness (B3), injected by callstudio_bench into the widget frame at document
// creation; never part of the shipped runtime. It takes the protocol's bench_bridge
// command before the runtime sees it, sends events to the sandbox on the runtime's own
// port exactly as widget events travel, and takes the custom code's replies (c2c.emit)
// as they arrive. The emit rate limit exists for production traffic and would otherwise be
// what is measured: the shim enforces it with the limits the sandbox's frame name carries,
// so the harness lifts that one limit there. Results go to Call Studio as bench_result.
'use strict';
// Only the widget frame: the script runs in every frame of the preview page.
if (location.origin === 'callstudio://widget') {
  const NativeChannel = window.MessageChannel;
  const portSetter = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage').set;
  let port = null; // the runtime's end of the newest sandbox bridge
  let run = null; // {replyName, onReply}

  const nameProperty = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'name');
  Object.defineProperty(HTMLIFrameElement.prototype, 'name', {
    ...nameProperty,
    set(value) {
      const data = JSON.parse(value);
      data.limits = { ...data.limits, emitsPerSecond: Number.MAX_SAFE_INTEGER };
      nameProperty.set.call(this, JSON.stringify(data));
    },
  });

  // Every channel the runtime makes: its port1's handler sees the bench replies last.
  window.MessageChannel = class extends NativeChannel {
    constructor() {
      super();
      const runtimePort = this.port1;
      port = runtimePort;
      Object.defineProperty(runtimePort, 'onmessage', {
        set(handler) {
          const take = (event) => {
            const message = event.data;
            if (run && message?.type === 'emit' && message.name === run.replyName) {
              run.onReply(message.payload ?? {});
              return;
            }
            handler?.(event);
          };
          portSetter.call(runtimePort, handler ? take : null);
        },
      });
    }
  };

  const report = (bench) => {
    run = null;
    window.parent.postMessage({ __callstudio: 'diag', kind: 'bench_result', bench }, 'callstudio://site');
  };

  const latency = (count) => {
    const started = performance.now();
    const latencies = [];
    let sentAt = 0;
    const ping = (i) => {
      sentAt = performance.now();
      port.postMessage({ type: 'event', name: 'bench_ping', data: { i, context: {} } });
    };
    run = {
      replyName: 'bench_pong',
      onReply: () => {
        latencies.push(performance.now() - sentAt);
        if (latencies.length >= count) {
          report({ mode: 'latency', latencies, totalMs: performance.now() - started });
        } else {
          ping(latencies.length);
        }
      },
    };
    ping(0);
  };

  const burst = (count) => {
    const started = performance.now();
    run = {
      replyName: 'bench_burst_done',
      onReply: (payload) =>
        report({
          mode: 'burst',
          count,
          received: payload.received,
          inOrder: payload.inOrder === true,
          elapsedMs: performance.now() - started,
        }),
    };
    for (let i = 0; i < count; i += 1) {
      port.postMessage({ type: 'event', name: 'bench_burst', data: { i, last: i === count - 1, context: {} } });
    }
  };

  // Registered before the runtime's listener: the runtime never sees this command.
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (event.source !== window.parent || message?.__callstudio !== 'command' || message.type !== 'bench_bridge') {
      return;
    }
    event.stopImmediatePropagation();
    if (port && typeof message.count === 'number') {
      (message.mode === 'latency' ? latency : burst)(message.count);
    }
  });
}
