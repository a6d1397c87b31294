// Widget runtime, the sandbox host: delivers product events to the parent page, the
// custom-code sandbox and (as a log) the integrations; creates the sandbox from the prefix
// Call Studio boots (the c2c shim); takes the sandbox's console lines and c2c.emit calls.
'use strict';
{
  const ns = window.callStudio;
  const { boot, current, report, envelope, eventProblem, eventFor, contextCopy, runtimeConsole, parentWindow } =
    ns.runtime;
  const consoleLevels = ['log', 'info', 'warn', 'error', 'debug'];
  let sandbox = null; // {frame, port, headLines, handedOver}

  const deliver = (env, toSandbox) => {
    parentWindow.postMessage(env, boot.parentOrigin);
    if (toSandbox && sandbox) {
      sandbox.port.postMessage({ type: 'event', name: env.name, data: structuredClone(env.data) });
      report('event', { place: 'sandbox', envelope: env });
    }
    report('event', { place: 'integrations', envelope: env });
  };

  // The contract's event for `occasion` (see eventFor), to every place.
  const emit = (occasion, fields) => {
    const name = eventFor(occasion);
    if (!name) {
      runtimeConsole('error', `Event not sent: the contract names no event for "${occasion}"`);
      return;
    }
    const problem = eventProblem(name, fields);
    if (problem) {
      runtimeConsole('error', `Event not sent: ${problem}`);
      return;
    }
    deliver(envelope(name, fields), true);
  };

  const destroy = () => {
    if (!sandbox) {
      return;
    }
    sandbox.port.onmessage = null;
    sandbox.port.close();
    sandbox.frame.remove();
    sandbox = null;
  };

  const countLines = (text) => text.split('\n').length;

  const handOver = (created, channel) => {
    if (created.left) {
      return;
    }
    if (created.handedOver) {
      report('dropped', { from: 'sandbox', reason: 'the sandbox navigated away; its bridge is not handed over again' });
      return;
    }
    created.handedOver = true;
    created.frame.contentWindow.postMessage({ type: 'c2c:port' }, '*', [channel.port2]);
  };

  const create = () => {
    destroy();
    if (!boot.customCodeEnabled) {
      runtimeConsole('info', 'Custom code is disabled for this preview run');
      return;
    }
    const code = current.design.customCode ?? {};
    const head = String(code.headHtml || '');
    const body = String(code.bodyEndHtml || '');
    // The prefix (doctype and the c2c shim) takes boot.sandbox.prefixLines lines.
    const doc = `${boot.sandbox.prefix}${head}\n</head><body>\n${body}\n</body></html>\n`;
    const channel = new MessageChannel();
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.setAttribute('title', 'custom code');
    frame.className = 'cs-sandbox';
    // Context, app id and the contract's limits (the shim drops floods) travel as data in
    // the frame's name; never spliced into markup.
    frame.name = JSON.stringify({
      appId: String(current.design.appId || ''),
      context: contextCopy(),
      limits: current.contract.limits,
    });
    const created = { frame, port: channel.port1, headLines: countLines(head), handedOver: false };
    sandbox = created;
    channel.port1.onmessage = (event) => onSandboxMessage(created, event.data);
    frame.addEventListener('load', () => handOver(created, channel));
    frame.srcdoc = doc;
    document.body.appendChild(frame);
  };

  // Document line -> where the operator wrote it.
  const locate = (created, documentLine) => {
    const line = Number(documentLine) || 0;
    const headStart = boot.sandbox.prefixLines + 1;
    const bodyStart = headStart + created.headLines + 1;
    if (line >= bodyStart) {
      return { area: 'body_end', line: line - bodyStart + 1 };
    }
    if (line >= headStart) {
      return { area: 'head', line: line - headStart + 1 };
    }
    return { area: line > 0 ? 'shim' : 'unknown', line };
  };

  const limitError = (text) => report('console', { level: 'error', area: 'runtime', line: 0, uncaught: false, text });

  // The rate limit is the shim's, where emits start: counted here, the shim's queue from
  // before the bridge connected would arrive as one burst.
  const onCustomEmit = (name, payload) => {
    const limits = current.contract.limits;
    if (!/^[A-Za-z0-9_.-]{1,64}$/.test(name)) {
      limitError('c2c.emit: custom event name must be 1-64 letters, digits, "_", "-" or "."; dropped');
      return;
    }
    const serialized = JSON.stringify(payload === undefined ? {} : payload);
    if (serialized.length > limits.emitBytes) {
      limitError(
        `c2c.emit("${name}"): payload of ${serialized.length} bytes exceeds the ${limits.emitBytes}-byte limit; dropped`,
      );
      return;
    }
    const fields = ns.isPlainObject(payload) ? JSON.parse(serialized) : { value: JSON.parse(serialized) };
    deliver(envelope(current.contract.customEventPrefix + name, fields), false);
  };

  // The sandbox's origin is opaque: no cookies, no storage. An SDK that touches them
  // unguarded throws a SecurityError; say why and what to change, in the operator's words
  // (the designer adds what each known SDK needs: preview/OpaqueOriginAdvice).
  const opaqueOriginAdvice = (text) =>
    /SecurityError/.test(text) && /cookie|localStorage|sessionStorage|indexedDB/i.test(text)
      ? ' — The custom code runs in a sandbox with no cookies or storage, as it will on your site.' +
        ' Set the SDK to keep its state in memory, or load it from your page instead.'
      : '';

  const onConsole = (created, message) => {
    // The shim's own "… dropped: over N a second" lines speak for the preview; an external
    // script's line carries its URL ("" when the browser masked the error).
    const limit = message.kind === 'limit';
    const external = !limit && typeof message.url === 'string';
    const where = limit
      ? { area: 'runtime', line: 0 }
      : external
        ? { area: 'external', line: Number(message.line) || 0 }
        : locate(created, message.line);
    const fields = {
      level: message.level,
      area: where.area,
      line: where.line,
      text: message.text.slice(0, current.contract.limits.consoleText) + opaqueOriginAdvice(message.text),
      uncaught: message.uncaught === true,
      errorKind: !limit && typeof message.kind === 'string' ? message.kind : '',
    };
    if (external) {
      fields.url = message.url.slice(0, 2048);
      fields.column = Number(message.column) || 0;
    }
    report('console', fields);
  };

  const onSandboxMessage = (created, message) => {
    if (created !== sandbox) {
      return;
    }
    if (!ns.isPlainObject(message) || typeof message.type !== 'string') {
      report('dropped', { from: 'sandbox', reason: 'message without a type' });
    } else if (message.type === 'ready') {
      report('sandbox_ready');
    } else if (
      message.type === 'console' &&
      typeof message.text === 'string' &&
      consoleLevels.includes(message.level)
    ) {
      onConsole(created, message);
    } else if (message.type === 'emit' && typeof message.name === 'string') {
      onCustomEmit(message.name, message.payload);
    } else {
      const reason = `unexpected message of type "${String(message.type).slice(0, 40)}"`;
      report('dropped', { from: 'sandbox', reason });
    }
  };

  // An event for the sandbox only (the designer's event injector).
  const inject = (name, data) => {
    if (!sandbox) {
      return false;
    }
    const copy = structuredClone(data);
    if (!ns.isPlainObject(copy.context)) {
      copy.context = contextCopy();
    }
    const env = { name, data: copy, timestamp: new Date().toISOString() };
    sandbox.port.postMessage({ type: 'event', name, data: env.data });
    report('event', { place: 'sandbox', envelope: env, injected: true });
    return true;
  };

  // The visitor leaves: once this document is hidden (the host hides the page first), the
  // sandbox's document is unloaded as a closing tab's are (pagehide, then unload), a task
  // later so that every frame has had its visibilitychange. Navigated away, not removed: its
  // handlers then run as the browser's own tasks, so the promises they start (an SDK's async
  // flush ending in sendBeacon) settle before the document goes. Its port stays open for the
  // console lines of its last handlers.
  const leave = () => {
    const leaving = sandbox;
    const navigateAway = () => {
      leaving.left = true;
      leaving.frame.removeAttribute('srcdoc');
      leaving.frame.src = 'about:blank';
    };
    const unload = () => setTimeout(() => leaving && navigateAway(), 0);
    if (document.visibilityState === 'hidden') {
      unload();
    } else {
      document.addEventListener('visibilitychange', unload, { once: true });
    }
  };

  const isSandboxWindow = (source) => !!sandbox && source === sandbox.frame.contentWindow;

  ns.sandboxHost = { emit, create, inject, leave, isSandboxWindow, exists: () => !!sandbox };
}
