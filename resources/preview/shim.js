// c2c shim: the first script of the custom-code sandbox. Defines window.c2c before any
// operator script runs, talks to the widget only through the MessagePort the widget hands
// over once, and forwards console output and uncaught errors with where they were raised.
// It holds every built-in it uses from before operator code runs, and drops floods here.
'use strict';
{
  // The engine's own built-ins, taken now: operator scripts may replace globals and
  // prototype methods later, but nothing below looks them up again.
  const apply = Reflect.apply;
  const freeze = Object.freeze;
  const isFrozen = Object.isFrozen;
  const ownKeys = Object.keys;
  const describeProperty = Object.getOwnPropertyDescriptor;
  const createObject = Object.create;
  const parseJson = JSON.parse;
  const toJson = JSON.stringify;
  const toNumber = Number;
  const toText = String;
  const clock = Date.now;
  const NativeError = Error;
  const NativeTypeError = TypeError;
  const NativeEvent = Event;
  const execPattern = RegExp.prototype.exec;
  const sliceText = String.prototype.slice;
  const lowerCase = String.prototype.toLowerCase;
  const formatNumber = Number.prototype.toLocaleString;
  const startTimer = window.setTimeout;
  const dispatch = EventTarget.prototype.dispatchEvent;
  const stopImmediately = Event.prototype.stopImmediatePropagation;
  const portPost = MessagePort.prototype.postMessage;
  const setPortListener = describeProperty(MessagePort.prototype, 'onmessage').set;
  const getterOf = (prototype, name) => describeProperty(prototype, name).get;
  const messageData = getterOf(MessageEvent.prototype, 'data');
  const messageSource = getterOf(MessageEvent.prototype, 'source');
  const messagePorts = getterOf(MessageEvent.prototype, 'ports');
  const eventTarget = getterOf(Event.prototype, 'target');
  const errorOf = getterOf(ErrorEvent.prototype, 'error');
  const errorText = getterOf(ErrorEvent.prototype, 'message');
  const errorLine = getterOf(ErrorEvent.prototype, 'lineno');
  const errorFile = getterOf(ErrorEvent.prototype, 'filename');
  const errorColumn = getterOf(ErrorEvent.prototype, 'colno');
  const rejectionReason = getterOf(PromiseRejectionEvent.prototype, 'reason');
  const read = (getter, object) => apply(getter, object, []);
  const nativeConsoleObject = console;

  const parentWindow = window.parent;
  let port = null;
  // Lists are null-prototype objects: no Array.prototype method or index setter is ever involved.
  const newList = () => ({ __proto__: null, length: 0 });
  const append = (list, item) => {
    list[list.length] = item;
    list.length += 1;
  };
  let outbox = newList();
  const handlers = createObject(null);
  let appId = '';
  let context = freeze({});
  let limits = freeze({});
  const nativeConsole = createObject(null);

  function send(message) {
    if (port) {
      apply(portPost, port, [message]);
    } else {
      append(outbox, message);
    }
  }

  // Per-second allowance for one kind of traffic. Over it, a call costs a counter; one
  // line a second says how many went ("12,345 emits dropped: over 20 a second").
  function newGate(what, limitName) {
    return { __proto__: null, what, limitName, windowStart: 0, passed: 0, dropped: 0, summaryAt: 0 };
  }
  const emitGate = newGate('emits', 'emitsPerSecond');
  const consoleGate = newGate('console lines', 'consoleLinesPerSecond');
  const errorGate = newGate('uncaught errors', 'consoleLinesPerSecond');

  function summarize(gate) {
    if (gate.dropped === 0) {
      return;
    }
    const count = apply(formatNumber, gate.dropped, ['en-US']);
    gate.dropped = 0;
    gate.summaryAt = 0;
    send({
      type: 'console',
      level: 'warn',
      uncaught: false,
      kind: 'limit',
      text: count + ' ' + gate.what + ' dropped: over ' + limits[gate.limitName] + ' a second',
      line: 0,
    });
  }

  function admit(gate) {
    const now = clock();
    if (gate.summaryAt !== 0 && now >= gate.summaryAt) {
      summarize(gate);
    }
    if (now - gate.windowStart >= 1000) {
      gate.windowStart = now;
      gate.passed = 0;
    }
    if (gate.passed < toNumber(limits[gate.limitName])) {
      gate.passed += 1;
      return true;
    }
    gate.dropped += 1;
    if (gate.summaryAt === 0) {
      gate.summaryAt = gate.windowStart + 1000;
      apply(startTimer, window, [() => summarize(gate), gate.summaryAt - now]);
    }
    return false;
  }

  function describe(value) {
    try {
      if (typeof value === 'string') {
        return value;
      }
      if (value instanceof NativeError) {
        return toText(value.name) + ': ' + toText(value.message);
      }
      const text = toJson(value);
      return text === undefined ? toText(value) : text;
    } catch (e) {
      try {
        return toText(value);
      } catch (again) {
        return '[value that cannot be shown]';
      }
    }
  }

  // Replaced by Call Studio (sandboxPrefix()) with the last document line before the operator's code.
  const SHIM_LAST_LINE = Number('__SHIM_LAST_LINE__');
  const framePattern = /((?:https?:\/\/|about:srcdoc)[^\s()]*?):(\d+):(\d+)/g;

  // Where the first stack frame that is not this shim runs: a document line of the custom
  // code ({line}), or an external script's own URL, line and column.
  function callerPlace(stack) {
    let text = '';
    try {
      text = toText(stack || '');
    } catch (e) {
      return { line: 0 };
    }
    framePattern.lastIndex = 0;
    for (
      let match = apply(execPattern, framePattern, [text]);
      match;
      match = apply(execPattern, framePattern, [text])
    ) {
      const inDocument = match[1] === 'about:srcdoc';
      if (inDocument && toNumber(match[2]) <= SHIM_LAST_LINE) {
        continue;
      }
      const place = { line: toNumber(match[2]) };
      if (!inDocument) {
        place.url = match[1];
        place.column = toNumber(match[3]);
      }
      return place;
    }
    return { line: 0 };
  }

  function stackHere() {
    try {
      return new NativeError().stack;
    } catch (e) {
      return '';
    }
  }

  function deepFreeze(value) {
    if (value && typeof value === 'object' && !isFrozen(value)) {
      freeze(value);
      const names = ownKeys(value);
      for (let i = 0; i < names.length; ++i) {
        deepFreeze(value[names[i]]);
      }
    }
    return value;
  }

  // Every handler gets the same deeply frozen data, in the order they subscribed; the list
  // is copied first, so a handler that subscribes or unsubscribes changes the next event only.
  function deliver(name, data) {
    const list = handlers[name];
    if (!list) {
      return;
    }
    const frozen = deepFreeze(data);
    const snapshot = newList();
    for (let i = 0; i < list.length; ++i) {
      append(snapshot, list[i]);
    }
    for (let i = 0; i < snapshot.length; ++i) {
      const handler = snapshot[i];
      try {
        handler(frozen);
      } catch (error) {
        reportError(error, 'handler');
      }
    }
  }

  function onPortMessage(event) {
    const message = read(messageData, event);
    if (!message || typeof message !== 'object' || typeof message.type !== 'string') {
      return;
    }
    if (
      message.type === 'event' &&
      typeof message.name === 'string' &&
      message.data &&
      typeof message.data === 'object'
    ) {
      deliver(message.name, message.data);
    }
  }

  // A console message placed where it was raised; the place's fields are copied by hand,
  // never with Object.assign, which operator code may have replaced.
  function placed(message, place) {
    message.line = place.line;
    if (place.url !== undefined) {
      message.url = place.url;
      message.column = place.column;
    }
    return message;
  }

  function reportError(error, kind, prefix = '') {
    if (!admit(errorGate)) {
      return;
    }
    let stack = '';
    try {
      stack = error && error.stack ? error.stack : '';
    } catch (e) {
      stack = '';
    }
    send(
      placed(
        { type: 'console', level: 'error', uncaught: true, kind: kind, text: prefix + describe(error) },
        callerPlace(stack),
      ),
    );
  }

  function removeHandler(list, handler) {
    for (let i = 0; i < list.length; ++i) {
      if (list[i] === handler) {
        for (let j = i + 1; j < list.length; ++j) {
          list[j - 1] = list[j];
        }
        list.length -= 1;
        delete list[list.length];
        return;
      }
    }
  }

  const c2c = {
    on: function (name, handler) {
      if (typeof name !== 'string' || typeof handler !== 'function') {
        throw new NativeTypeError('c2c.on(name, handler) needs an event name and a function');
      }
      append(handlers[name] || (handlers[name] = newList()), handler);
      return function unsubscribe() {
        c2c.off(name, handler);
      };
    },
    off: function (name, handler) {
      const list = typeof name === 'string' ? handlers[name] : undefined;
      if (list) {
        removeHandler(list, handler);
      }
    },
    emit: function (name, payload) {
      if (typeof name !== 'string' || name.length === 0) {
        throw new NativeTypeError('c2c.emit(name, payload) needs an event name');
      }
      if (!admit(emitGate)) {
        return;
      }
      let data;
      try {
        data = payload === undefined ? {} : parseJson(toJson(payload));
      } catch (e) {
        throw new NativeTypeError('c2c.emit payload must be JSON-serialisable');
      }
      send({ type: 'emit', name: name, payload: data });
    },
    get context() {
      return context;
    },
    get appId() {
      return appId;
    },
  };
  Object.freeze(c2c);
  Object.defineProperty(window, 'c2c', { value: c2c, writable: false, configurable: false, enumerable: true });

  function forwardConsole(level, args) {
    if (!admit(consoleGate)) {
      return;
    }
    let text = '';
    for (let i = 0; i < args.length; ++i) {
      text += (i > 0 ? ' ' : '') + describe(args[i]);
    }
    send(
      placed(
        {
          type: 'console',
          level: level,
          uncaught: false,
          text: apply(sliceText, text, [0, toNumber(limits.consoleText)]),
        },
        callerPlace(stackHere()),
      ),
    );
    apply(nativeConsole[level], nativeConsoleObject, args);
  }

  ['log', 'info', 'warn', 'error', 'debug'].forEach(function (level) {
    nativeConsole[level] = console[level];
    console[level] = function () {
      forwardConsole(level, arguments);
    };
  });

  // An uncaught error where it was raised: the custom code's document line, an external
  // script's URL, line and column, or a cross-origin script the browser masks as "Script error.".
  function uncaughtError(event) {
    const message = { type: 'console', level: 'error', uncaught: true, kind: 'error', line: 0, text: '' };
    try {
      const error = read(errorOf, event);
      message.text = error ? describe(error) : toText(read(errorText, event));
      message.line = read(errorLine, event) || 0;
      const file = toText(read(errorFile, event) || '');
      if (!file && message.text === 'Script error.') {
        message.kind = 'masked';
        message.url = '';
        message.line = 0;
      } else if (file && file !== 'about:srcdoc') {
        message.url = file;
        message.column = read(errorColumn, event) || 0;
      }
    } catch (e) {
      message.text = 'an error event that is not an ErrorEvent';
    }
    return message;
  }

  function resourceWarning(target) {
    if (!admit(consoleGate)) {
      return;
    }
    let text = '';
    try {
      const address = target.src || target.href || '';
      text = 'Could not load ' + apply(lowerCase, toText(target.tagName), []) + ' ' + toText(address);
    } catch (e) {
      text = 'Could not load a resource';
    }
    send({
      type: 'console',
      level: 'warn',
      uncaught: false,
      kind: 'resource',
      text: text + ' (offline in the preview?)',
      line: 0,
    });
  }

  window.addEventListener(
    'error',
    function (event) {
      const target = read(eventTarget, event);
      if (target && target !== window) {
        resourceWarning(target);
        return;
      }
      if (!admit(errorGate)) {
        return;
      }
      send(uncaughtError(event));
    },
    true,
  );

  window.addEventListener('unhandledrejection', function (event) {
    try {
      reportError(read(rejectionReason, event), 'rejection', 'Unhandled promise rejection: ');
    } catch (e) {
      // Not a PromiseRejectionEvent: custom code dispatched it itself.
    }
  });

  // The widget hands over its port once; anything else reaching this window is ignored.
  // Listening in the capture phase, first of all: no operator listener ever sees the port.
  window.addEventListener(
    'message',
    function handOver(event) {
      if (port || read(messageSource, event) !== parentWindow) {
        return;
      }
      const message = read(messageData, event);
      const ports = read(messagePorts, event);
      if (!message || message.type !== 'c2c:port' || !ports || ports.length !== 1) {
        return;
      }
      apply(stopImmediately, event, []);
      port = ports[0];
      apply(setPortListener, port, [onPortMessage]);
      const queued = outbox;
      outbox = newList();
      for (let i = 0; i < queued.length; ++i) {
        apply(portPost, port, [queued[i]]);
      }
      send({ type: 'ready' });
      apply(dispatch, window, [new NativeEvent('c2c:ready')]);
    },
    true,
  );

  // Context, app id and limits arrive as data in the document's name, never as markup.
  try {
    const boot = JSON.parse(window.name || '{}');
    appId = typeof boot.appId === 'string' ? boot.appId : '';
    context = deepFreeze(boot.context && typeof boot.context === 'object' ? boot.context : {});
    limits = freeze(boot.limits && typeof boot.limits === 'object' ? boot.limits : {});
  } catch (e) {
    context = Object.freeze({});
  }
  window.name = '';
}
