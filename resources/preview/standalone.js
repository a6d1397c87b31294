// Shareable preview: the reviewer's page. It plays the integrator's page (it receives the
// widget's events by postMessage and logs each envelope) and the agent's side of the call.
// "#autoplay" in the address plays a scripted call: simulated microphone, tap call once the
// custom code has connected, the agent answers, the agent hangs up ("#autoplay=real-mic"
// taps call with the real microphone and stops; "&now=ISO-TIME" evaluates business hours
// at that instant).
(function () {
  'use strict';
  var STATES = ['idle', 'connecting', 'in_call', 'ended', 'error', 'closed'];
  var STEP_TIMEOUT_MS = 10000;
  var data = JSON.parse(document.getElementById('cs-standalone').textContent);
  var frame = document.getElementById('sa-widget');
  var eventLog = document.getElementById('event-log');
  var consoleLog = document.getElementById('console-log');
  var micBox = document.getElementById('sa-simulate-mic');
  var micStatus = document.getElementById('sa-mic-status');
  var stateLabel = document.getElementById('sa-widget-state');
  var localeSelect = document.getElementById('sa-locale');
  var stateSelect = document.getElementById('sa-state');
  var params = fragmentParameters();
  var widgetState = 'loading';
  var micRequested = false;
  var sandboxReady = false; // the custom code's bridge is connected
  var nextCommandId = 1;
  var waiters = [];

  function fragmentParameters() {
    var result = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
      if (!pair) { return; }
      var at = pair.indexOf('=');
      var key = decodeURIComponent(at < 0 ? pair : pair.slice(0, at));
      result[key] = at < 0 ? '' : decodeURIComponent(pair.slice(at + 1));
    });
    return result;
  }

  function option(select, value, label) {
    var node = document.createElement('option');
    node.value = value;
    node.textContent = label;
    select.appendChild(node);
  }

  function addConsoleLine(textValue, className) {
    var item = document.createElement('li');
    item.textContent = textValue;
    if (className) { item.className = className; }
    consoleLog.appendChild(item);
    while (consoleLog.children.length > 300) { consoleLog.removeChild(consoleLog.firstChild); }
  }

  function setMicStatus(textValue, problem) {
    micStatus.textContent = textValue;
    micStatus.classList.toggle('sa-problem', !!problem);
  }

  // ---- the widget frame ----
  function sendToWidget(message) {
    if (frame.contentWindow) { frame.contentWindow.postMessage(message, '*'); }
  }

  function command(type, fields) {
    var message = { __callstudio: 'command', type: type, id: nextCommandId++ };
    Object.keys(fields || {}).forEach(function (key) { message[key] = fields[key]; });
    sendToWidget(message);
    return message.id;
  }

  function sendSimulatedMic() {
    sendToWidget({ __callstudio: 'standalone', type: 'simulate_mic', enabled: micBox.checked });
  }

  function loadWidget() {
    var boot = JSON.parse(JSON.stringify(data.boot));
    boot.locale = localeSelect.value || boot.locale;
    if (params.now) { boot.now = params.now; }
    widgetState = 'loading';
    stateLabel.textContent = widgetState;
    // The boot data sits in a JSON <script> of the widget document: no "<" may end it.
    frame.srcdoc = data.widget.before + JSON.stringify(boot).replace(/</g, '\\u003c') + data.widget.after;
  }

  function isEnvelope(message) {
    return typeof message.name === 'string' && message.data !== null && typeof message.data === 'object'
      && typeof message.timestamp === 'string';
  }

  function onEnvelope(envelope) {
    eventLog.appendChild(document.createTextNode(JSON.stringify(envelope) + '\n'));
    eventLog.scrollTop = eventLog.scrollHeight;
    var code = envelope.data.code;
    if (envelope.name === 'call_error' && (code === 'mic_denied' || code === 'mic_unavailable') && !micBox.checked) {
      setMicStatus(code + ': ' + (code === 'mic_denied'
        ? 'the browser blocked the microphone for this page.'
        : 'the browser gives this page no microphone (a file:// page or a computer without one often cannot have it).')
        + ' Turn on "Simulate microphone" and tap the call button again ("Start over" if the widget shows none)'
        + ' to walk through the call.', true);
    }
  }

  function onMicReport(message) {
    var detail = typeof message.detail === 'string' && message.detail ? ' (' + message.detail + ')' : '';
    if (message.result === 'granted') {
      setMicStatus('The real microphone is in use; nothing is recorded or sent.', false);
    } else if (message.result === 'simulated') {
      setMicStatus('Simulated microphone: the call goes ahead without capturing sound.' + detail, false);
    } else {
      addConsoleLine('microphone ' + String(message.result) + detail, 'sa-warn');
    }
  }

  function onDiagnostic(message) {
    if (message.kind === 'state' && STATES.indexOf(message.state) >= 0) {
      widgetState = message.state;
      stateLabel.textContent = widgetState;
    } else if (message.kind === 'ready') {
      sendSimulatedMic();
    } else if (message.kind === 'sandbox_ready') {
      sandboxReady = true;
    } else if (message.kind === 'mic_requested') {
      micRequested = true;
      if (!micBox.checked) {
        setMicStatus('Waiting for the browser to let this page use the microphone. If it does not ask, or refuses '
                     + '(a file:// page often may not have one), turn on "Simulate microphone" and tap the call button again'
                     + ' ("Start over" if the widget shows none).', false);
      }
    } else if (message.kind === 'console' && typeof message.text === 'string') {
      var where = String(message.area || '') + (Number(message.line) > 0 ? ':' + Number(message.line) : '');
      addConsoleLine(String(message.level) + ' [' + where + '] ' + message.text,
                     message.level === 'error' ? 'sa-error' : message.level === 'warn' ? 'sa-warn' : '');
    } else if (message.kind === 'dropped') {
      addConsoleLine('dropped (' + String(message.from) + '): ' + String(message.reason), 'sa-warn');
    } else if (message.kind === 'form_invalid') {
      addConsoleLine('The pre-call form is not complete (' + String(message.problem) + ').', 'sa-warn');
    } else if (message.kind === 'ack' && message.ok === false) {
      addConsoleLine('The widget could not do "' + String(message.type) + '" in the state ' + widgetState + '.', 'sa-warn');
    }
  }

  // Only the widget frame is listened to; anything else posting here is ignored.
  window.addEventListener('message', function (event) {
    var message = event.data;
    if (event.source !== frame.contentWindow || !message || typeof message !== 'object') { return; }
    if (message.__callstudio === 'standalone' && message.kind === 'mic') {
      onMicReport(message);
    } else if (message.__callstudio === 'diag' && typeof message.kind === 'string') {
      onDiagnostic(message);
    } else if (isEnvelope(message)) {
      onEnvelope(message);
    }
    waiters.slice().forEach(function (waiter) {
      if (waiter.test()) { waiter.done(); }
    });
  });

  // ---- autoplay ----
  function waitUntil(description, test) {
    return new Promise(function (resolve, reject) {
      if (test()) { resolve(); return; }
      var waiter = { test: test };
      var timer = setTimeout(function () {
        waiters.splice(waiters.indexOf(waiter), 1);
        reject(new Error('timed out waiting for ' + description + ' (state ' + widgetState + ')'));
      }, STEP_TIMEOUT_MS);
      waiter.done = function () {
        clearTimeout(timer);
        waiters.splice(waiters.indexOf(waiter), 1);
        resolve();
      };
      waiters.push(waiter);
    });
  }

  function inState(name) {
    return waitUntil('the ' + name + ' state', function () { return widgetState === name; });
  }

  function pause(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  function autoplay(realMicrophone) {
    var root = document.documentElement;
    root.setAttribute('data-autoplay', 'running');
    micBox.checked = !realMicrophone;
    // A visitor calls once the page has loaded, custom code included, so its handlers
    // hear call_started; custom code that never connects delays the call, no more.
    var steps = waitUntil('the widget', function () { return widgetState !== 'loading'; }).then(function () {
      return waitUntil('the custom code', function () { return sandboxReady; }).catch(function () {
        addConsoleLine('The custom code did not connect; calling without it.', 'sa-warn');
      });
    }).then(function () {
      sendSimulatedMic();
      if (Object.keys(data.formValues).length > 0) { command('visitor', { action: 'fill_form', values: data.formValues }); }
      command('visitor', { action: 'tap_call' });
    });
    if (realMicrophone) {
      // The browser may answer, refuse, or leave its prompt open: give it three seconds.
      steps = steps.then(function () { return waitUntil('the microphone request', function () { return micRequested; }); })
        .then(function () { return pause(3000); });
    } else {
      steps = steps.then(function () { return inState('connecting'); })
        .then(function () { command('agent', { action: 'answer' }); return inState('in_call'); })
        .then(function () { return pause(2000); })
        .then(function () { command('agent', { action: 'hangup' }); return inState('ended'); });
    }
    steps.then(function () {
      root.setAttribute('data-autoplay', 'done');
      addConsoleLine('Autoplay finished.', '');
    }, function (error) {
      root.setAttribute('data-autoplay', 'failed');
      addConsoleLine('Autoplay stopped: ' + error.message, 'sa-error');
    });
  }

  // ---- the page ----
  document.title = data.name + ' — call widget preview';
  document.getElementById('sa-design-name').textContent = data.name;
  frame.style.width = Number(data.width) + 'px';
  data.locales.forEach(function (locale) { option(localeSelect, locale, locale); });
  localeSelect.value = data.boot.locale;
  option(stateSelect, '', 'as the call goes');
  STATES.forEach(function (name) { option(stateSelect, name, name); });

  micBox.addEventListener('change', sendSimulatedMic);
  localeSelect.addEventListener('change', function () { command('locale', { locale: localeSelect.value }); });
  stateSelect.addEventListener('change', function () {
    if (stateSelect.value) { command('force_state', { state: stateSelect.value }); } else { loadWidget(); }
  });
  document.getElementById('sa-restart').addEventListener('click', function () {
    stateSelect.value = '';
    addConsoleLine('— started over —', '');
    loadWidget();
  });
  document.querySelectorAll('[data-agent]').forEach(function (button) {
    button.addEventListener('click', function () { command('agent', { action: button.getAttribute('data-agent') }); });
  });
  document.querySelectorAll('[data-fail]').forEach(function (button) {
    button.addEventListener('click', function () { command('agent', { action: 'fail', code: button.getAttribute('data-fail') }); });
  });

  loadWidget();
  if (params.hasOwnProperty('autoplay')) { autoplay(params.autoplay === 'real-mic'); }
})();
