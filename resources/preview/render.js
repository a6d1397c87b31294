// Widget runtime, rendering: the theme, and the blocks of the state the call is in. Texts
// are set with textContent only; addresses pass the contract's URL schemes.
'use strict';
{
  const ns = window.callStudio;
  const { current, el, text, safeUrl, schemeList, runtimeConsole, report } = ns.runtime;
  const root = document.getElementById('cs-widget');
  let loadedReported = false;

  const applyTheme = () => {
    const theme = current.design.theme;
    const style = document.documentElement.style;
    for (const [key, raw] of Object.entries(theme.colors)) {
      const value = String(raw);
      if (/^#[0-9a-fA-F]{3,8}$/.test(value)) {
        style.setProperty(`--cs-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, value);
      }
    }
    style.setProperty('--cs-font', String(theme.fontFamily).replace(/[;{}<>]/g, ''));
    style.setProperty('--cs-radius', `${Number(theme.cornerRadius)}px`);
    style.setProperty('--cs-width', `${Number(theme.width)}px`);
    document.documentElement.lang = current.locale;
  };

  const render = () => {
    const { state, lastError } = ns.call;
    const focus = ns.access.focusMark();
    applyTheme();
    root.textContent = '';
    root.setAttribute('data-state', state);
    if (state === 'error' && lastError) {
      // Said through the assertive live region (access.js), not a second alert here.
      root.appendChild(el('p', 'cs-error-message', lastError.message));
    }
    const layout = current.design.states?.[state] ?? { blocks: [] };
    for (const block of layout.blocks) {
      const node = blockNode(block);
      if (node) {
        root.appendChild(node);
      }
    }
    if (!loadedReported) {
      loadedReported = true;
      ns.sandboxHost.emit('loaded', { isPreview: true });
      report('ready', { state });
    }
    ns.access.afterRender(focus);
    report('state', { state });
  };

  const renderers = {
    heading: (block) => el(`h${Math.min(3, Math.max(1, Number(block.level) || 2))}`, 'cs-heading', text(block.text)),
    paragraph: (block) => el('p', 'cs-paragraph', text(block.text)),
    disclosure: (block) => renderDisclosure(block),
    call_button: (block) => button(block, text(block.text), ns.call.onCallTapped, ns.call.state === 'closed'),
    hangup_button: (block) => button(block, text(block.text), ns.call.onVisitorHangup, !ns.call.active),
    mute_button: (block) => {
      const active = ns.call.active;
      const label = active?.muted ? text(block.activeText) || text(block.text) : text(block.text);
      const node = button(block, label, ns.call.onMute, !active);
      node.setAttribute('aria-pressed', String(!!active?.muted));
      return node;
    },
    call_timer: (block) => renderTimer(block),
    image: (block) => renderImage(block),
    link: (block) => renderLink(text(block.text), block.url, 'cs-link', 'link'),
    spacer: (block) => {
      const spacer = el('div', 'cs-spacer');
      spacer.style.height = `${Math.max(0, Number(block.size) || 0)}px`;
      return spacer;
    },
    pre_call_form: (block) => ns.form.render(block),
    survey: (block) => renderSurvey(block),
  };

  // One block's node as the widget shows it, marked with its id and alignment.
  const blockNode = (block) => {
    const node = renderBlock(block);
    if (node) {
      node.setAttribute('data-block-id', block.id);
      node.classList.add('cs-block', `cs-align-${block.align || 'start'}`);
    }
    return node;
  };

  // One block of the design changed (a text edit): the design takes it and, where the
  // widget shows it, that block alone is rendered again. False when no state holds it.
  const patchBlock = (changed) => {
    for (const layout of Object.values(current.design.states ?? {})) {
      const index = layout.blocks?.findIndex((block) => block.id === changed.id) ?? -1;
      if (index >= 0) {
        layout.blocks[index] = changed;
        const shown = [...root.children].find((node) => node.getAttribute('data-block-id') === changed.id);
        const node = shown ? blockNode(changed) : null;
        if (node) {
          shown.replaceWith(node);
        }
        return true;
      }
    }
    return false;
  };

  const renderBlock = (block) => {
    const renderer = renderers[block.kind];
    if (!renderer) {
      runtimeConsole('warn', `Unknown block kind "${block.kind}" skipped`);
      return null;
    }
    return renderer(block);
  };

  const button = (block, label, handler, disabled) => {
    const node = el('button', `cs-button cs-${block.variant || 'primary'}`, label);
    node.type = 'button';
    node.disabled = !!disabled;
    node.setAttribute('data-kind', block.kind);
    node.addEventListener('click', handler);
    return node;
  };

  const renderLink = (label, url, className, use) => {
    const target = safeUrl(url, use);
    if (!target) {
      if (url) {
        runtimeConsole('warn', `Link "${label}" dropped: only ${schemeList(use)} addresses are allowed`);
      }
      return el('span', `${className} cs-link-disabled`, label);
    }
    const link = el('a', className, label);
    link.href = target;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    return link;
  };

  const renderDisclosure = (block) => {
    const box = el('div', 'cs-disclosure');
    box.appendChild(el('p', 'cs-disclosure-text', text(block.text)));
    if (block.url) {
      box.appendChild(renderLink(text(block.linkLabel) || block.url, block.url, 'cs-disclosure-link', 'privacyNotice'));
    }
    return box;
  };

  const renderImage = (block) => {
    const source = safeUrl(block.url, 'image');
    if (!source) {
      if (block.url) {
        runtimeConsole('warn', `Image dropped: only ${schemeList('image')} images are allowed`);
      }
      return el('span', 'cs-image-alt', text(block.alt));
    }
    const image = el('img', 'cs-image');
    image.src = source;
    image.alt = text(block.alt);
    if (Number(block.size) > 0) {
      image.style.width = `${Number(block.size)}px`;
    }
    return image;
  };

  const formatDuration = (seconds) => {
    const pad = (n) => String(n).padStart(2, '0');
    return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
  };

  const renderTimer = (block) => {
    const node = el('div', 'cs-timer');
    node.appendChild(el('span', 'cs-timer-label', text(block.text)));
    // A timer role is never read out by itself: a second-by-second clock would drown the call.
    const clock = el('span', 'cs-timer-clock', formatDuration(ns.call.elapsedSeconds()));
    clock.setAttribute('role', 'timer');
    node.appendChild(clock);
    return node;
  };

  const ratingOptions = (spec, questionId, onChoose) => {
    const scale = el('div', 'cs-rating');
    scale.setAttribute('role', 'group');
    scale.setAttribute('aria-labelledby', questionId);
    const stars = spec.scale.style === 'stars';
    for (let rating = Number(spec.scale.min); rating <= Number(spec.scale.max); ++rating) {
      const option = el('button', 'cs-rating-option', stars ? '★' : String(rating));
      option.type = 'button';
      option.setAttribute('data-rating', String(rating));
      option.setAttribute('aria-label', `${rating} / ${spec.scale.max}`);
      option.setAttribute('aria-pressed', 'false');
      option.addEventListener('click', () => {
        for (const other of scale.querySelectorAll('.cs-rating-option')) {
          const otherRating = Number(other.getAttribute('data-rating'));
          other.classList.toggle('cs-selected', stars ? otherRating <= rating : otherRating === rating);
          other.setAttribute('aria-pressed', String(otherRating === rating));
        }
        onChoose(rating);
      });
      scale.appendChild(option);
    }
    return scale;
  };

  const surveyComment = (block, box) => {
    const spec = block.survey;
    if (!spec.comment?.enabled) {
      return null;
    }
    const label = el('label', 'cs-label', text(spec.comment.label));
    const comment = el('textarea', 'cs-input cs-comment');
    comment.id = `cs-comment-${block.id}`;
    comment.placeholder = text(spec.comment.placeholder);
    label.htmlFor = comment.id;
    box.appendChild(label);
    box.appendChild(comment);
    return comment;
  };

  const renderSurvey = (block) => {
    const spec = block.survey;
    const box = el('div', 'cs-survey');
    if (ns.call.surveySent) {
      box.appendChild(el('p', 'cs-survey-thanks', text(spec.thanks)));
      return box;
    }
    const question = el('p', 'cs-survey-question', text(spec.question));
    question.id = `cs-question-${block.id}`;
    box.appendChild(question);
    let chosen = null;
    const submit = el('button', 'cs-button cs-primary cs-survey-submit', text(spec.submitLabel) || 'Send');
    box.appendChild(
      ratingOptions(spec, question.id, (rating) => {
        chosen = rating;
        submit.disabled = false;
      }),
    );
    const comment = surveyComment(block, box);
    submit.type = 'button';
    submit.disabled = true;
    submit.addEventListener('click', () => {
      if (chosen === null) {
        return;
      }
      const fields = { rating: chosen };
      if (comment && comment.value.trim() !== '') {
        fields.comment = comment.value;
      }
      ns.call.surveySent = true;
      ns.sandboxHost.emit('survey_sent', fields);
      render();
      ns.access.announce(text(spec.thanks));
    });
    box.appendChild(submit);
    return box;
  };

  ns.render = { root, render, applyTheme, patchBlock, formatDuration };
}
