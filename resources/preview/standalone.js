// Shareable preview: the reviewer's page. It plays the integrator's page (it receives the
// widget's events by postMessage and logs each envelope) and the agent's side of the call.
// It is one host of the runtime protocol (protocol.json, in the boot data): one handler per
// runtime -> host message, checked against the table at start.
// "#autoplay" in the address plays a scripted call: simulated microphone, tap call once the
// custom code has connected, the agent answers, the agent hangs up ("#autoplay=real-mic"
// taps call with the real microphone and stops; "&now=ISO-TIME" evaluates business hours
// at that instant).
'use strict';
{
  const STEP_TIMEOUT_MS = 10000;
  const data = JSON.parse(document.getElementById('cs-standalone').textContent);
  const protocol = new window.callStudio.Protocol(data.boot.protocol);
  const byId = (id) => document.getElementById(id);
  const frame = byId('sa-widget');
  const eventLog = byId('event-log');
  const consoleLog = byId('console-log');
  const micBox = byId('sa-simulate-mic');
  const micStatus = byId('sa-mic-status');
  const stateLabel = byId('sa-widget-state');
  const localeSelect = byId('sa-locale');
  const stateSelect = byId('sa-state');
  const page = {
    state: 'loading',
    micRequested: false,
    micRefusal: '', // what the browser said when it refused the real microphone (denied, unavailable)
    sandboxReady: false, // the custom code's bridge is connected
    nextCommandId: 1,
    waiters: [],
  };

  const fragmentParameters = () => {
    const result = {};
    for (const pair of location.hash.replace(/^#/, '').split('&')) {
      if (!pair) {
        continue;
      }
      const at = pair.indexOf('=');
      const key = decodeURIComponent(at < 0 ? pair : pair.slice(0, at));
      result[key] = at < 0 ? '' : decodeURIComponent(pair.slice(at + 1));
    }
    return result;
  };
  const params = fragmentParameters();

  const option = (select, value, label) => {
    const node = document.createElement('option');
    node.value = value;
    node.textContent = label;
    select.appendChild(node);
  };

  const addConsoleLine = (text, className) => {
    const item = document.createElement('li');
    item.textContent = text;
    if (className) {
      item.className = className;
    }
    consoleLog.appendChild(item);
    while (consoleLog.children.length > 300) {
      consoleLog.removeChild(consoleLog.firstChild);
    }
  };

  const setMicStatus = (text, problem) => {
    micStatus.textContent = text;
    micStatus.classList.toggle('sa-problem', !!problem);
  };

  const setWidgetState = (state) => {
    page.state = state;
    stateLabel.textContent = state;
  };

  // ---- the widget frame ----
  const command = (type, fields = {}) => {
    const message = { ...fields, __callstudio: 'command', type, id: page.nextCommandId++ };
    const problem = protocol.problem('host→runtime', type, message);
    if (problem) {
      addConsoleLine(`not sent: ${problem}`, 'sa-error');
      return;
    }
    frame.contentWindow?.postMessage(message, '*');
  };

  const sendSimulatedMic = () => command('simulate_mic', { enabled: micBox.checked });

  const loadWidget = () => {
    const boot = structuredClone(data.boot);
    boot.locale = localeSelect.value || boot.locale;
    if (params.now) {
      boot.now = params.now;
    }
    page.micRefusal = '';
    setWidgetState('loading');
    // The boot data sits in a JSON <script> of the widget document: no "<" may end it.
    frame.srcdoc = data.widget.before + JSON.stringify(boot).replace(/</g, '\\u003c') + data.widget.after;
  };

  const isEnvelope = (message) =>
    typeof message.name === 'string' &&
    window.callStudio.isPlainObject(message.data) &&
    typeof message.timestamp === 'string';

  const explainRefusal = (code, refusal) => {
    const why =
      refusal === 'denied'
        ? 'the browser blocked the microphone for this page.'
        : 'the browser gives this page no microphone (a file:// page or a computer without one often cannot have it).';
    setMicStatus(
      `${code}: ${why} Turn on "Simulate microphone" and tap the call button again` +
        ' ("Start over" if the widget shows none) to walk through the call.',
      true,
    );
  };

  // What the website receives: every envelope, one JSON line.
  const onEnvelope = (envelope) => {
    eventLog.appendChild(document.createTextNode(`${JSON.stringify(envelope)}\n`));
    eventLog.scrollTop = eventLog.scrollHeight;
    const code = envelope.data.code;
    // A call error right after the browser refused the microphone is that refusal.
    if (page.micRefusal && !micBox.checked && typeof code === 'string') {
      explainRefusal(code, page.micRefusal);
      page.micRefusal = '';
    }
  };

  const consoleClass = (level) => ({ error: 'sa-error', warn: 'sa-warn' })[level] ?? '';

  // One handler per runtime -> host message the table gives the shareable page.
  const handlers = {
    ready: () => sendSimulatedMic(),
    state: (message) => setWidgetState(message.state),
    event: () => {
      // Sandbox and integrations deliveries: the page shows what the website receives only.
    },
    console: (message) => {
      const where = message.area + (message.line > 0 ? `:${message.line}` : '');
      addConsoleLine(`${message.level} [${where}] ${message.text}`, consoleClass(message.level));
    },
    dropped: (message) => addConsoleLine(`dropped (${message.from}): ${message.reason}`, 'sa-warn'),
    sandbox_ready: () => {
      page.sandboxReady = true;
    },
    mic_requested: () => {
      page.micRequested = true;
      if (!micBox.checked) {
        setMicStatus(
          'Waiting for the browser to let this page use the microphone. If it does not ask, or refuses ' +
            '(a file:// page often may not have one), turn on "Simulate microphone" and tap the call button again' +
            ' ("Start over" if the widget shows none).',
          false,
        );
      }
    },
    call_requested: () => addConsoleLine('The call rings on the agent side: answer it with the buttons.', ''),
    mic_unavailable: (message) => addConsoleLine(`No microphone for the widget (${message.detail}).`, 'sa-warn'),
    form_invalid: (message) => {
      const what = message.problem === 'email' ? 'an email address is not valid' : 'a required field is empty';
      addConsoleLine(`The call was held: the pre-call form is not complete (${what}).`, 'sa-warn');
    },
    ack: (message) => {
      if (!message.ok) {
        addConsoleLine(`The widget could not do "${message.type}" in the state ${page.state}.`, 'sa-warn');
      }
    },
    size: (message) => {
      frame.style.setProperty('--cs-card-height', Math.max(0, Math.round(message.height)) + 'px');
    },
    mic: (message) => {
      const detail = message.detail ? ` (${message.detail})` : '';
      if (message.result === 'granted') {
        setMicStatus('The real microphone is in use; nothing is recorded or sent.', false);
      } else if (message.result === 'simulated') {
        setMicStatus(`Simulated microphone: the call goes ahead without capturing sound.${detail}`, false);
      } else {
        page.micRefusal = message.result;
        addConsoleLine(`microphone ${message.result}${detail}`, 'sa-warn');
      }
    },
  };

  const onRuntimeMessage = (message) => {
    const problem = protocol.problem('runtime→host', message.kind, message);
    const handler = problem ? null : handlers[message.kind];
    if (!handler) {
      addConsoleLine(`dropped (widget): ${problem || `the page has no handler for "${message.kind}"`}`, 'sa-error');
      return;
    }
    handler(message);
  };

  // Only the widget frame is listened to; anything else posting here is ignored.
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (event.source !== frame.contentWindow || !window.callStudio.isPlainObject(message)) {
      return;
    }
    if (message.__callstudio === 'diag' && typeof message.kind === 'string') {
      onRuntimeMessage(message);
    } else if (isEnvelope(message)) {
      onEnvelope(message);
    }
    page.waiters.slice().forEach((waiter) => waiter.test() && waiter.done());
  });

  // ---- autoplay ----
  const waitUntil = (description, test) =>
    new Promise((resolve, reject) => {
      if (test()) {
        resolve();
        return;
      }
      const waiter = { test };
      const timer = setTimeout(() => {
        page.waiters.splice(page.waiters.indexOf(waiter), 1);
        reject(new Error(`timed out waiting for ${description} (state ${page.state})`));
      }, STEP_TIMEOUT_MS);
      waiter.done = () => {
        clearTimeout(timer);
        page.waiters.splice(page.waiters.indexOf(waiter), 1);
        resolve();
      };
      page.waiters.push(waiter);
    });

  const inState = (name) => waitUntil(`the ${name} state`, () => page.state === name);

  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  // A visitor calls once the page has loaded, custom code included, so its handlers
  // hear call_started; custom code that never connects delays the call, no more.
  const tapCallWhenLoaded = async () => {
    await waitUntil('the widget', () => page.state !== 'loading');
    try {
      await waitUntil('the custom code', () => page.sandboxReady);
    } catch {
      addConsoleLine('The custom code did not connect; calling without it.', 'sa-warn');
    }
    sendSimulatedMic();
    if (Object.keys(data.formValues).length > 0) {
      command('visitor', { action: 'fill_form', values: data.formValues });
    }
    command('visitor', { action: 'tap_call' });
  };

  const playCall = async (realMicrophone) => {
    await tapCallWhenLoaded();
    if (realMicrophone) {
      // The browser may answer, refuse, or leave its prompt open: give it three seconds.
      await waitUntil('the microphone request', () => page.micRequested);
      await pause(3000);
      return;
    }
    await inState('connecting');
    command('agent', { action: 'answer' });
    await inState('in_call');
    await pause(2000);
    command('agent', { action: 'hangup' });
    await inState('ended');
  };

  const autoplay = (realMicrophone) => {
    const root = document.documentElement;
    root.setAttribute('data-autoplay', 'running');
    micBox.checked = !realMicrophone;
    playCall(realMicrophone).then(
      () => {
        root.setAttribute('data-autoplay', 'done');
        addConsoleLine('Autoplay finished.', '');
      },
      (error) => {
        root.setAttribute('data-autoplay', 'failed');
        addConsoleLine(`Autoplay stopped: ${error.message}`, 'sa-error');
      },
    );
  };

  // ---- the page ----
  const setUpControls = () => {
    document.title = `${data.name} — call widget preview`;
    byId('sa-design-name').textContent = data.name;
    frame.style.width = `${Number(data.width)}px`;
    data.locales.forEach((locale) => option(localeSelect, locale, locale));
    localeSelect.value = data.boot.locale;
    option(stateSelect, '', 'as the call goes');
    data.boot.contract.states.forEach((name) => option(stateSelect, name, name));
    micBox.addEventListener('change', sendSimulatedMic);
    localeSelect.addEventListener('change', () => command('locale', { locale: localeSelect.value }));
    stateSelect.addEventListener('change', () =>
      stateSelect.value ? command('force_state', { state: stateSelect.value }) : loadWidget(),
    );
    byId('sa-restart').addEventListener('click', () => {
      stateSelect.value = '';
      addConsoleLine('— started over —', '');
      loadWidget();
    });
    document.querySelectorAll('[data-agent]').forEach((button) => {
      button.addEventListener('click', () => command('agent', { action: button.getAttribute('data-agent') }));
    });
    for (const { code } of data.boot.contract.callErrors) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = code;
      button.addEventListener('click', () => command('agent', { action: 'fail', code }));
      byId('sa-failures').appendChild(button);
    }
  };

  const coverage = protocol.coverageProblem('runtime→host', 'standalone', handlers);
  if (coverage) {
    addConsoleLine(coverage, 'sa-error');
  }
  setUpControls();
  loadWidget();
  if (Object.hasOwn(params, 'autoplay')) {
    autoplay(params.autoplay === 'real-mic');
  }
}
