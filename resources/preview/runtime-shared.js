// Widget runtime, shared parts: the boot data, reporting to the host through the protocol,
// the product events, localized texts, and the product contract Call Studio boots the
// runtime with (states, events, call errors, URL schemes, limits, open hours).
'use strict';
{
  const ns = window.callStudio;
  const boot = JSON.parse(document.getElementById('cs-boot').textContent);
  const protocol = new ns.Protocol(boot.protocol);
  const parentWindow = window.parent;

  // The design, locale and contract as the host last gave them.
  const current = {
    design: boot.design,
    locale: boot.locale || boot.design.locales.default,
    contract: boot.contract,
  };

  const runtimeConsole = (level, text) => {
    report('console', { level, area: 'runtime', line: 0, text, uncaught: false });
  };

  // A runtime -> host message; one that is not in the protocol is logged, not sent.
  const report = (kind, fields = {}) => {
    const problem = protocol.problem('runtime→host', kind, fields);
    if (problem) {
      const text = `runtime sent a message outside the protocol: ${problem}`;
      parentWindow.postMessage(
        { __callstudio: 'diag', kind: 'console', level: 'error', area: 'runtime', line: 0, text, uncaught: false },
        boot.parentOrigin,
      );
      return;
    }
    parentWindow.postMessage({ ...fields, __callstudio: 'diag', kind }, boot.parentOrigin);
  };

  // Reports of one kind of refused message: the first `droppedReportsPerSecond` of each
  // second one by one; past that a message costs a counter and one line a second says how
  // many more went ("12,345 more … dropped: over 10 a second").
  const reportGate = (what) => {
    let windowStart = 0;
    let passed = 0;
    let dropped = 0;
    let timer = 0;
    const limit = () => current.contract.limits.droppedReportsPerSecond;
    const summarize = () => {
      timer = 0;
      runtimeConsole('warn', `${dropped.toLocaleString('en-US')} more ${what} dropped: over ${limit()} a second`);
      dropped = 0;
    };
    return (reportOne) => {
      const now = Date.now();
      if (now - windowStart >= 1000) {
        windowStart = now;
        passed = 0;
      }
      if (passed < limit()) {
        passed += 1;
        reportOne();
        return;
      }
      dropped += 1;
      if (!timer) {
        timer = setTimeout(summarize, windowStart + 1000 - now);
      }
    };
  };

  const contextCopy = () => {
    const copy = {};
    for (const [key, value] of Object.entries(current.design.urlContext ?? {})) {
      copy[key] = String(value);
    }
    return copy;
  };

  const envelope = (name, fields) => ({
    name,
    data: { ...fields, context: contextCopy() },
    timestamp: new Date().toISOString(),
  });

  // The contract's event for a moment of the widget ("loaded", "accepted", "ended",
  // "failed", "survey_sent"); the runtime never spells an event name itself.
  const eventFor = (occasion) => current.contract.events.find((event) => event.on === occasion)?.name;

  // The contract's `reason` of a clean end, by who hung up ("visitor" or "agent").
  const endReason = (who) => current.contract.endReasons[who];

  // A product event must be one of the contract's, with only its fields.
  const eventProblem = (name, fields) => {
    const event = current.contract.events.find((candidate) => candidate.name === name);
    if (!event) {
      return `"${name}" is not an event of the product`;
    }
    const unknown = Object.keys(fields).filter((field) => !event.fields.includes(field));
    return unknown.length ? `"${name}" has fields the product does not define: ${unknown.join(', ')}` : '';
  };

  const text = (localized) => {
    if (!ns.isPlainObject(localized)) {
      return '';
    }
    const own = localized[current.locale];
    if (typeof own === 'string' && own !== '') {
      return own;
    }
    const fallback = localized[current.design.locales.default];
    return typeof fallback === 'string' ? fallback : '';
  };

  const errorMessage = (code) => {
    const known = current.contract.callErrors.find((error) => error.code === code);
    return text(current.design.errorMessages?.[code]) || known?.defaultMessage || '';
  };

  const isCallError = (code) => current.contract.callErrors.some((error) => error.code === code);

  // The address when its scheme is one the contract allows for `use` (link, image, privacyNotice).
  const safeUrl = (url, use) => {
    if (typeof url !== 'string') {
      return null;
    }
    try {
      const parsed = new URL(url);
      return current.contract.urlSchemes[use].includes(parsed.protocol.replace(/:$/, '')) ? parsed.href : null;
    } catch {
      return null;
    }
  };

  // "https, mailto and tel"
  const schemeList = (use) => {
    const schemes = current.contract.urlSchemes[use];
    return schemes.length > 1 ? `${schemes.slice(0, -1).join(', ')} and ${schemes[schemes.length - 1]}` : schemes[0];
  };

  // Open hours: Call Studio computed the open stretches between `from` and `until`.
  const isOpenNow = () => {
    const hours = current.contract.hours;
    if (hours.alwaysOpen) {
      return true;
    }
    const now = boot.now ? new Date(boot.now) : new Date();
    if (now < new Date(hours.from) || now >= new Date(hours.until)) {
      runtimeConsole('warn', `Open hours are known from ${hours.from} to ${hours.until}; treated as open now`);
      return true;
    }
    return hours.open.some((stretch) => now >= new Date(stretch.start) && now < new Date(stretch.end));
  };

  const el = (tag, className, content) => {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (content !== undefined) {
      node.textContent = content;
    }
    return node;
  };

  ns.runtime = {
    boot,
    protocol,
    current,
    parentWindow,
    report,
    runtimeConsole,
    reportGate,
    contextCopy,
    envelope,
    eventProblem,
    eventFor,
    endReason,
    text,
    errorMessage,
    isCallError,
    safeUrl,
    schemeList,
    isOpenNow,
    el,
  };
}
