// Widget runtime, entry: the commands the host sends (one handler per host -> runtime
// message of protocol.json, checked against it at start), then the first render.
'use strict';
{
  const ns = window.callStudio;
  const { boot, current, protocol, report, runtimeConsole, reportGate, parentWindow } = ns.runtime;
  const { render, root, applyTheme, patchBlock } = ns.render;
  const call = ns.call;
  // Changes only when the widget document reloads: tells a patch from a reload.
  const instance = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

  const clickable = (selector) => {
    const target = root.querySelector(selector);
    if (!target || target.disabled) {
      return false;
    }
    target.click();
    return true;
  };

  const submitSurvey = (message) => {
    if (typeof message.rating !== 'number' || !clickable(`[data-rating="${message.rating}"]`)) {
      return false;
    }
    const comment = root.querySelector('.cs-comment');
    if (comment && typeof message.comment === 'string') {
      comment.value = message.comment;
    }
    return clickable('.cs-survey-submit');
  };

  const visitorActions = {
    tap_call: () => clickable('[data-kind="call_button"]'),
    hang_up: () => clickable('[data-kind="hangup_button"]'),
    mute: () => clickable('[data-kind="mute_button"]'),
    fill_form: (message) => {
      if (!ns.isPlainObject(message.values)) {
        return false;
      }
      ns.form.fill(message.values);
      return true;
    },
    submit_survey: submitSurvey,
  };

  const commands = {
    patch: (message) => {
      if (message.contract) {
        current.contract = message.contract;
      }
      if (typeof message.locale === 'string') {
        current.locale = message.locale;
      }
      if (message.design) {
        current.design = message.design;
        call.settle();
        render();
      } else if (message.block) {
        // A block the design does not hold is a structural change the host must send whole.
        if (!patchBlock(message.block)) {
          return false;
        }
      } else if (message.theme) {
        current.design.theme = message.theme;
        applyTheme();
      } else {
        return false;
      }
      // Lay out now: the acknowledgement then means "ready to paint at the next frame".
      root.getBoundingClientRect();
      if (message.frameAck === true) {
        requestAnimationFrame(() => report('ack', { type: 'patch_frame', id: message.id ?? null, ok: true }));
      }
      return true;
    },
    locale: (message) => {
      current.locale = message.locale;
      render();
      return true;
    },
    custom_code: (message) => {
      current.design.customCode = message.customCode;
      if (typeof message.enabled === 'boolean') {
        boot.customCodeEnabled = message.enabled;
      }
      ns.sandboxHost.create();
      return true;
    },
    force_state: (message) => call.force(message.state),
    agent: (message) => call.agent(message),
    visitor: (message) => Object.hasOwn(visitorActions, message.action) && visitorActions[message.action](message),
    inject: (message) => ns.sandboxHost.inject(message.name, message.data),
    leave: () => {
      ns.sandboxHost.leave();
      return true;
    },
    loopback: (message) => {
      boot.micLoopback = message.enabled;
      call.updateLoopback();
      return true;
    },
    ping: (message) => {
      report('pong', { id: message.id });
      return true;
    },
    probe: () => {
      report('probe', {
        state: call.state,
        instance,
        html: root.textContent,
        sandbox: ns.sandboxHost.exists(),
        loopbackPlaying: call.loopbackPlaying(),
      });
      return true;
    },
  };

  const onCommand = (message) => {
    const problem = protocol.problem('host→runtime', message.type, message);
    const handler = problem ? null : commands[message.type];
    if (!handler) {
      report('dropped', { from: 'parent', reason: problem || `no handler here for "${message.type}"` });
      report('ack', { type: String(message.type).slice(0, 40), id: message.id ?? null, ok: false });
      return;
    }
    const done = handler(message);
    // A ping is answered by its pong; every other command is acknowledged.
    if (message.type !== 'ping') {
      report('ack', { type: message.type, id: message.id ?? null, ok: done !== false });
    }
  };

  // A flood of stray messages costs a counter each, not a report each.
  const strayMessage = reportGate('messages posted to the widget window outside the bridge');
  window.addEventListener('message', (event) => {
    if (event.source !== parentWindow) {
      strayMessage(() => {
        const from = ns.sandboxHost.isSandboxWindow(event.source) ? 'sandbox' : 'unknown';
        report('dropped', { from, reason: 'message posted to the widget window outside the bridge' });
      });
      return;
    }
    const message = event.data;
    if (!ns.isPlainObject(message) || message.__callstudio !== 'command' || typeof message.type !== 'string') {
      report('dropped', { from: 'parent', reason: 'message that is not a preview command' });
      return;
    }
    onCommand(message);
  });

  const coverage = protocol.coverageProblem('host→runtime', 'runtime', commands);
  if (coverage) {
    runtimeConsole('error', coverage);
  }
  // The card's height follows its content: the page around the widget sizes the frame.
  const card = document.getElementById('cs-widget');
  let reportedHeight = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(card.getBoundingClientRect().height);
    if (height !== reportedHeight) {
      reportedHeight = height;
      report('size', { height });
    }
  }).observe(card);

  call.start();
  ns.sandboxHost.create();
  render();
}
