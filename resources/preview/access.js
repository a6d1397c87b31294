// Widget runtime, accessibility: what a screen reader hears (state changes politely, errors
// assertively, through the live regions of widget.html), where keyboard focus goes when a
// re-render replaces the focused control, and Esc to cancel a call that is still ringing.
'use strict';
{
  const ns = window.callStudio;
  const root = document.getElementById('cs-widget');
  const regions = { polite: document.getElementById('cs-status'), assertive: document.getElementById('cs-alert') };
  // Enough for a heading or an error message; a longer text is cut, not read for a minute.
  const maxAnnounced = 300;
  const focusable = 'button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])';
  let announcedState = null;
  const pending = { polite: 0, assertive: 0 };

  // Emptied first and filled a moment later: the same words said twice are heard twice.
  const announce = (message, urgency = 'polite') => {
    const region = regions[urgency];
    clearTimeout(pending[urgency]);
    region.textContent = '';
    const words = String(message ?? '')
      .trim()
      .slice(0, maxAnnounced);
    if (words) {
      pending[urgency] = setTimeout(() => {
        region.textContent = words;
      }, 50);
    }
  };

  // What identifies a control across re-renders: its block and its place in the block.
  const focusKey = (node) => {
    const block = node.closest('[data-block-id]')?.getAttribute('data-block-id') ?? '';
    const part = node.getAttribute('data-field') ?? node.getAttribute('data-rating') ?? node.className;
    return `${block}|${node.tagName}|${part}`;
  };

  // Before a re-render: the focused control inside the widget, if the focus is there.
  const focusMark = () => {
    const active = document.activeElement;
    if (!active || active === document.body || !root.contains(active)) {
      return null;
    }
    return { key: active === root ? '' : focusKey(active), state: ns.call.state };
  };

  const usable = (node) => !node.disabled && node.getClientRects().length > 0;

  // After a re-render: the same control again in the same state, else the first control of
  // the new state, else the widget itself, so Tab and Esc go on from inside it.
  const restoreFocus = (mark) => {
    if (!mark) {
      return;
    }
    const controls = [...root.querySelectorAll(focusable)].filter(usable);
    const same = mark.state === ns.call.state ? controls.find((node) => focusKey(node) === mark.key) : null;
    (same ?? controls[0] ?? root).focus();
  };

  const stateSummary = () => root.querySelector('.cs-heading, .cs-paragraph, .cs-survey-question')?.textContent ?? '';

  // After every render: a new state is announced (not the first one, which the page shows on
  // load), a call error assertively.
  const afterRender = (mark) => {
    const { state, lastError } = ns.call;
    if (state !== announcedState) {
      const first = announcedState === null;
      announcedState = state;
      if (state === 'error' && lastError) {
        announce(lastError.message, 'assertive');
      } else if (!first) {
        announce(stateSummary());
      }
    }
    restoreFocus(mark);
  };

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && ns.call.state === 'connecting' && ns.call.active) {
      event.preventDefault();
      ns.call.onVisitorHangup();
    }
  });

  ns.access = { announce, focusMark, afterRender };
}
