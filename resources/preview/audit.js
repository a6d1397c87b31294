// Accessibility audit harness: Call Studio injects it, after axe-core (npm), into the
// widget frame of an audit's own preview only (preview/WidgetAudit); it is never served with
// the runtime, shared or exported. It takes the protocol's `audit` command before the runtime
// sees it and answers `audit_result`: axe's WCAG 2.2 A/AA violations over the widget as it
// shows now (each node tied to its block by data-block-id), and the facts a keyboard or
// screen-reader visitor meets (focus, live regions, targets, form fields).
'use strict';
// Only the widget frame: the script runs in every frame of the preview page.
if (location.origin === 'callstudio://widget') {
  const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const maxNodes = 20; // per violation
  const maxText = 300;
  const cut = (value) => String(value ?? '').slice(0, maxText);
  const focusable = 'button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

  const blockOf = (node) => node?.closest?.('[data-block-id]')?.getAttribute('data-block-id') ?? '';

  const nodeOf = (target) => {
    try {
      return document.querySelector(String(target[0]));
    } catch {
      return null;
    }
  };

  const violationOf = (violation) => ({
    id: violation.id,
    impact: violation.impact ?? '',
    help: cut(violation.help),
    helpUrl: cut(violation.helpUrl),
    nodes: violation.nodes.slice(0, maxNodes).map((node) => ({
      target: cut(node.target.join(' ')),
      html: cut(node.html),
      blockId: blockOf(nodeOf(node.target)),
      summary: cut(node.failureSummary),
    })),
  });

  const describe = (node) => {
    const box = node.getBoundingClientRect();
    return {
      tag: node.tagName.toLowerCase(),
      kind: node.getAttribute('data-kind') ?? '',
      blockId: blockOf(node),
      field: node.getAttribute('data-field') ?? '',
      rating: node.getAttribute('data-rating') ?? '',
      role: node.getAttribute('role') ?? '',
      pressed: node.getAttribute('aria-pressed') ?? '',
      disabled: !!node.disabled,
      width: box.width,
      height: box.height,
    };
  };

  const fieldOf = (input) => {
    const described = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    return {
      ...describe(input),
      label: cut(input.labels?.[0]?.textContent),
      invalid: input.getAttribute('aria-invalid') ?? '',
      description: cut(described?.textContent),
    };
  };

  // Every transition or animation of the widget's style sheet, and whether it sits inside
  // a prefers-reduced-motion: no-preference rule.
  const motions = () => {
    const found = [];
    const walk = (rules, guarded) => {
      for (const rule of rules) {
        if (rule.cssRules) {
          walk(rule.cssRules, guarded || /prefers-reduced-motion:\s*no-preference/.test(rule.conditionText ?? ''));
        } else if (rule.style && (rule.style.transitionProperty || rule.style.animationName)) {
          found.push({ selector: cut(rule.selectorText), guarded });
        }
      }
    };
    for (const sheet of document.styleSheets) {
      walk(sheet.cssRules, false);
    }
    return found;
  };

  const facts = () => {
    const active = document.activeElement;
    const root = document.getElementById('cs-widget');
    const inWidget = active && active !== document.body;
    return {
      state: root?.getAttribute('data-state') ?? '',
      focused: inWidget ? { ...describe(active), focusVisible: active.matches(':focus-visible') } : null,
      focusOutline: inWidget ? getComputedStyle(active).outlineStyle : '',
      status: cut(document.getElementById('cs-status')?.textContent),
      alert: cut(document.getElementById('cs-alert')?.textContent),
      controls: [...(root?.querySelectorAll(focusable) ?? [])].map(describe),
      fields: [...(root?.querySelectorAll('input, select, textarea') ?? [])].map(fieldOf),
      timers: root?.querySelectorAll('[role="timer"]').length ?? 0,
      motions: motions(),
    };
  };

  const report = (fields) =>
    window.parent.postMessage({ ...fields, __callstudio: 'diag', kind: 'audit_result' }, 'callstudio://site');

  const audit = (message) => {
    if (!message.axe) {
      report({ id: message.id, facts: facts() });
      return;
    }
    if (!window.axe) {
      report({ id: message.id, facts: facts(), error: 'axe-core is not loaded' });
      return;
    }
    const options = { runOnly: { type: 'tag', values: wcagTags }, iframes: false, resultTypes: ['violations'] };
    window.axe.run({ include: [['body']], exclude: [['.cs-sandbox']] }, options).then(
      (results) => report({ id: message.id, facts: facts(), violations: results.violations.map(violationOf) }),
      (error) => report({ id: message.id, facts: facts(), error: cut(error) }),
    );
  };

  // Registered before the runtime's listener: the runtime never sees this command.
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (event.source !== window.parent || message?.__callstudio !== 'command' || message.type !== 'audit') {
      return;
    }
    event.stopImmediatePropagation();
    audit(message);
  });
}
