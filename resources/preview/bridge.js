// Call Studio's end of the preview, injected into the host page in an isolated world so
// neither the page nor the widget nor custom code can reach it. Forwards what the widget
// frame reports to C++ and C++ commands to the widget frame.
'use strict';
{
  let bridge = null;
  // One channel per document: a second QWebChannel on the same transport takes its
  // replies, and the first one's answers then find no callback (execCallbacks errors).
  let connecting = false;
  const pending = [];
  let frame = null;

  function toStudio(message) {
    const textValue = JSON.stringify(message);
    if (bridge) {
      bridge.fromPage(textValue);
    } else {
      pending.push(textValue);
    }
  }

  // The page's transport outlives its documents: a reply to a call the previous document
  // made (its channel set-up, a report in flight during a reload) arrives here. Such
  // replies have no callback in this document's channel and are left out.
  function ignoreStrayReplies(transport, channel) {
    const handle = transport.onmessage;
    transport.onmessage = function (message) {
      const data = typeof message.data === 'string' ? JSON.parse(message.data) : message.data;
      if (data && data.type === QWebChannelMessageTypes.response && !(data.id in channel.execCallbacks)) {
        return;
      }
      handle.call(this, message);
    };
  }

  function connect() {
    if (connecting || typeof qt === 'undefined' || !qt.webChannelTransport) {
      return;
    }
    connecting = true;
    const channel = new QWebChannel(qt.webChannelTransport, function (ready) {
      bridge = ready.objects.previewBridge;
      while (pending.length) {
        bridge.fromPage(pending.shift());
      }
    });
    ignoreStrayReplies(qt.webChannelTransport, channel);
  }

  function widgetFrame() {
    frame = frame || document.getElementById('cs-frame');
    return frame;
  }

  function isEnvelope(data) {
    return (
      data !== null &&
      typeof data === 'object' &&
      typeof data.name === 'string' &&
      data.data !== null &&
      typeof data.data === 'object' &&
      typeof data.timestamp === 'string'
    );
  }

  // Messages from frames that are not the widget: the first of each second is reported;
  // past it a message costs a counter and one line a second says how many more came.
  let strayWindowStart = 0;
  let strayReported = false;
  let strayUnreported = 0;
  let strayTimer = 0;

  function summarizeStray() {
    strayTimer = 0;
    toStudio({
      kind: 'dropped',
      from: 'page',
      reason:
        strayUnreported.toLocaleString('en-US') +
        ' more messages from frames that are not the widget dropped: over 1 a second',
    });
    strayUnreported = 0;
  }

  function onStrayMessage(event) {
    const now = Date.now();
    if (now - strayWindowStart >= 1000) {
      strayWindowStart = now;
      strayReported = false;
    }
    if (strayReported) {
      strayUnreported += 1;
      strayTimer = strayTimer || setTimeout(summarizeStray, strayWindowStart + 1000 - now);
      return;
    }
    strayReported = true;
    const data = event.data;
    const kind = isEnvelope(data) ? 'an event envelope' : 'a message';
    toStudio({
      kind: 'dropped',
      from: 'page',
      reason: 'the parent page got ' + kind + ' from a frame that is not the widget; dropped',
      name: isEnvelope(data) ? String(data.name).slice(0, 80) : '',
    });
  }

  window.addEventListener('message', function (event) {
    const widget = widgetFrame();
    // The data of a stray message is read only when it is reported.
    if (!widget || event.source !== widget.contentWindow) {
      onStrayMessage(event);
      return;
    }
    const data = event.data;
    if (data !== null && typeof data === 'object' && data.__callstudio === 'diag' && typeof data.kind === 'string') {
      toStudio(data);
    } else if (isEnvelope(data)) {
      toStudio({ kind: 'event', place: 'parent_page', envelope: data });
    } else {
      toStudio({ kind: 'dropped', from: 'widget', reason: 'unexpected message shape from the widget frame' });
    }
  });

  window.__callstudioBridge = {
    toWidget: function (command) {
      const widget = widgetFrame();
      if (!widget || !widget.contentWindow) {
        return false;
      }
      command.__callstudio = 'command';
      widget.contentWindow.postMessage(command, 'callstudio://widget');
      return true;
    },
    setHostLook: function (dark, mobile) {
      document.body.classList.toggle('host-dark', dark);
      document.body.classList.toggle('host-light', !dark);
      document.body.classList.toggle('host-mobile', mobile);
      document.body.classList.toggle('host-desktop', !mobile);
      return true;
    },
  };

  connect();
  document.addEventListener('DOMContentLoaded', connect);
}
