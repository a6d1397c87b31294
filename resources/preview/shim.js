// c2c shim: the first script of the custom-code sandbox. Defines window.c2c before any
// operator script runs, talks to the widget only through the MessagePort the widget hands
// over once, and forwards console output and uncaught errors with where they were raised.
'use strict';
{
  const parentWindow = window.parent;
  let port = null;
  const outbox = [];
  const handlers = Object.create(null);
  let appId = '';
  let context = Object.freeze({});
  const nativeConsole = {};

  function send(message) {
    if (port) {
      port.postMessage(message);
    } else {
      outbox.push(message);
    }
  }

  function describe(value) {
    if (typeof value === 'string') {
      return value;
    }
    if (value instanceof Error) {
      return String(value.name) + ': ' + String(value.message);
    }
    try {
      const text = JSON.stringify(value);
      return text === undefined ? String(value) : text;
    } catch (e) {
      return String(value);
    }
  }

  // Where the first stack frame that is not this shim runs: a document line of the custom
  // code ({line}), or an external script's own URL, line and column.
  function callerPlace(stack) {
    const lines = String(stack || '').split('\n');
    for (let i = 0; i < lines.length; ++i) {
      const match = /((?:https?:\/\/|about:srcdoc)[^\s()]*?):(\d+):(\d+)/.exec(lines[i]);
      if (!match || (match[1] === 'about:srcdoc' && Number(match[2]) <= SHIM_LAST_LINE)) {
        continue;
      }
      const place = { line: Number(match[2]) };
      if (match[1] !== 'about:srcdoc') {
        place.url = match[1];
        place.column = Number(match[3]);
      }
      return place;
    }
    return { line: 0 };
  }
  // Replaced by Call Studio (sandboxPrefix()) with the last document line before the operator's code.
  const SHIM_LAST_LINE = Number('__SHIM_LAST_LINE__');

  function deepFreeze(value) {
    if (value && typeof value === 'object' && !Object.isFrozen(value)) {
      Object.freeze(value);
      Object.keys(value).forEach(function (key) {
        deepFreeze(value[key]);
      });
    }
    return value;
  }

  function onPortMessage(event) {
    const message = event.data;
    if (!message || typeof message !== 'object' || typeof message.type !== 'string') {
      return;
    }
    if (
      message.type === 'event' &&
      typeof message.name === 'string' &&
      message.data &&
      typeof message.data === 'object'
    ) {
      const list = (handlers[message.name] || []).slice();
      list.forEach(function (handler) {
        try {
          handler(deepFreeze(message.data));
        } catch (error) {
          reportError(error, 'handler');
        }
      });
    }
  }

  function reportError(error, kind) {
    const stack = error && error.stack ? error.stack : '';
    send(
      Object.assign(
        { type: 'console', level: 'error', uncaught: true, kind: kind, text: describe(error) },
        callerPlace(stack),
      ),
    );
  }

  const c2c = {
    on: function (name, handler) {
      if (typeof name !== 'string' || typeof handler !== 'function') {
        throw new TypeError('c2c.on(name, handler) needs an event name and a function');
      }
      (handlers[name] = handlers[name] || []).push(handler);
      return function unsubscribe() {
        c2c.off(name, handler);
      };
    },
    off: function (name, handler) {
      const list = handlers[name];
      if (!list) {
        return;
      }
      const index = list.indexOf(handler);
      if (index >= 0) {
        list.splice(index, 1);
      }
    },
    emit: function (name, payload) {
      if (typeof name !== 'string' || name.length === 0) {
        throw new TypeError('c2c.emit(name, payload) needs an event name');
      }
      let data;
      try {
        data = payload === undefined ? {} : JSON.parse(JSON.stringify(payload));
      } catch (e) {
        throw new TypeError('c2c.emit payload must be JSON-serialisable');
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

  ['log', 'info', 'warn', 'error', 'debug'].forEach(function (level) {
    nativeConsole[level] = console[level];
    console[level] = function () {
      const parts = Array.prototype.map.call(arguments, describe);
      send(
        Object.assign(
          { type: 'console', level: level, uncaught: false, text: parts.join(' ') },
          callerPlace(new Error().stack),
        ),
      );
      return nativeConsole[level].apply(console, arguments);
    };
  });

  // An uncaught error where it was raised: the custom code's document line, an external
  // script's URL, line and column, or a cross-origin script the browser masks as "Script error.".
  function uncaughtError(event) {
    const message = { type: 'console', level: 'error', uncaught: true, kind: 'error', line: event.lineno || 0 };
    message.text = event.error ? describe(event.error) : String(event.message);
    if (!event.filename && message.text === 'Script error.') {
      message.kind = 'masked';
      message.url = '';
      message.line = 0;
    } else if (event.filename && event.filename !== 'about:srcdoc') {
      message.url = String(event.filename);
      message.column = event.colno || 0;
    }
    return message;
  }

  window.addEventListener(
    'error',
    function (event) {
      const target = event.target;
      if (target && target !== window && target.tagName) {
        const address = target.src || target.href || '';
        send({
          type: 'console',
          level: 'warn',
          uncaught: false,
          kind: 'resource',
          text: 'Could not load ' + target.tagName.toLowerCase() + ' ' + address + ' (offline in the preview?)',
          line: 0,
        });
        return;
      }
      send(uncaughtError(event));
    },
    true,
  );

  window.addEventListener('unhandledrejection', function (event) {
    const reason = event.reason;
    send(
      Object.assign(
        {
          type: 'console',
          level: 'error',
          uncaught: true,
          kind: 'rejection',
          text: 'Unhandled promise rejection: ' + describe(reason),
        },
        callerPlace(reason && reason.stack),
      ),
    );
  });

  // The widget hands over its port once; anything else reaching this window is ignored.
  window.addEventListener('message', function handOver(event) {
    if (port || event.source !== parentWindow) {
      return;
    }
    const message = event.data;
    if (!message || message.type !== 'c2c:port' || !event.ports || event.ports.length !== 1) {
      return;
    }
    port = event.ports[0];
    port.onmessage = onPortMessage;
    while (outbox.length) {
      port.postMessage(outbox.shift());
    }
    send({ type: 'ready' });
    window.dispatchEvent(new Event('c2c:ready'));
  });

  // Context and app id arrive as data in the document's name, never as markup.
  try {
    const boot = JSON.parse(window.name || '{}');
    appId = typeof boot.appId === 'string' ? boot.appId : '';
    context = deepFreeze(boot.context && typeof boot.context === 'object' ? boot.context : {});
  } catch (e) {
    context = Object.freeze({});
  }
  window.name = '';
}
