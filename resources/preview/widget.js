// Widget runtime of the Call Studio preview: renders a design's states and blocks, runs the
// visitor's side of a call, emits the product's events to the parent page, the custom-code
// sandbox and (as a log) the integrations, and hosts the sandbox.
(function () {
  'use strict';

  var STATES = ['idle', 'connecting', 'in_call', 'ended', 'error', 'closed'];
  var ERROR_CODES = ['mic_denied', 'mic_unavailable', 'media_failure', 'network', 'session_rejected', 'no_provider'];
  var DEFAULT_ERROR_MESSAGES = {
    mic_denied: 'Microphone access was blocked.',
    mic_unavailable: 'No microphone was found on this device.',
    media_failure: 'The audio connection failed.',
    network: 'The connection dropped.',
    session_rejected: 'The call could not be accepted.',
    no_provider: 'Calling is not available right now.'
  };
  var WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  var MAX_EMIT_BYTES = 16 * 1024;
  var MAX_EMITS_PER_SECOND = 20;
  var MAX_CONSOLE_TEXT = 2000;

  var boot = JSON.parse(document.getElementById('cs-boot').textContent);
  var design = boot.design;
  var locale = boot.locale || design.locales['default'];
  var parentWindow = window.parent;
  var parentOrigin = boot.parentOrigin;

  var call = null; // {startedAt, accepted, stream, muted, timer, formValues}
  var state = 'idle';
  // Held in a state by the designer: a patch must not re-evaluate business hours over it.
  var stateHeld = false;
  var lastError = null; // {code, message}
  var surveySent = false;
  var loadedEmitted = false;
  var root = document.getElementById('cs-widget');

  var sandbox = null; // {frame, port, headLines, prefixLines, handedOver}
  var emitWindowStart = 0;
  var emitsInWindow = 0;

  // ---- reporting to the preview (the host page forwards these to Call Studio) ----
  function diag(kind, fields) {
    var message = { __callstudio: 'diag', kind: kind };
    Object.keys(fields || {}).forEach(function (key) { message[key] = fields[key]; });
    parentWindow.postMessage(message, parentOrigin);
  }

  function runtimeConsole(level, text) {
    diag('console', { level: level, area: 'runtime', line: 0, text: text, uncaught: false });
  }

  // ---- events ----
  function contextCopy() {
    var copy = {};
    Object.keys(design.urlContext || {}).forEach(function (key) { copy[key] = String(design.urlContext[key]); });
    return copy;
  }

  function envelope(name, fields) {
    var data = {};
    Object.keys(fields).forEach(function (key) { data[key] = fields[key]; });
    data.context = contextCopy();
    return { name: name, data: data, timestamp: new Date().toISOString() };
  }

  function deliver(env, toSandbox) {
    parentWindow.postMessage(env, parentOrigin);
    if (toSandbox && sandbox) {
      sandbox.port.postMessage({ type: 'event', name: env.name, data: JSON.parse(JSON.stringify(env.data)) });
      diag('event', { place: 'sandbox', envelope: env });
    }
    diag('event', { place: 'integrations', envelope: env });
  }

  function emit(name, fields) {
    deliver(envelope(name, fields), true);
  }

  // ---- texts ----
  function text(localized) {
    if (!localized || typeof localized !== 'object') { return ''; }
    if (typeof localized[locale] === 'string' && localized[locale] !== '') { return localized[locale]; }
    var fallback = localized[design.locales['default']];
    return typeof fallback === 'string' ? fallback : '';
  }

  function errorMessage(code) {
    var message = text((design.errorMessages || {})[code]);
    return message || DEFAULT_ERROR_MESSAGES[code];
  }

  function safeUrl(url, allowed) {
    if (typeof url !== 'string') { return null; }
    try {
      var parsed = new URL(url);
      return allowed.indexOf(parsed.protocol) >= 0 ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (content !== undefined) { node.textContent = content; }
    return node;
  }

  // ---- theme ----
  function applyTheme() {
    var theme = design.theme;
    var style = document.documentElement.style;
    Object.keys(theme.colors).forEach(function (key) {
      var value = String(theme.colors[key]);
      if (/^#[0-9a-fA-F]{3,8}$/.test(value)) {
        style.setProperty('--cs-' + key.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); }), value);
      }
    });
    style.setProperty('--cs-font', String(theme.fontFamily).replace(/[;{}<>]/g, ''));
    style.setProperty('--cs-radius', Number(theme.cornerRadius) + 'px');
    style.setProperty('--cs-width', Number(theme.width) + 'px');
    document.documentElement.lang = locale;
  }

  // ---- business hours ----
  function minutesOf(hhmm) {
    var match = /^(\d{2}):(\d{2})$/.exec(hhmm || '');
    return match ? Number(match[1]) * 60 + Number(match[2]) : -1;
  }

  function zonedNow() {
    var now = boot.now ? new Date(boot.now) : new Date();
    var parts = {};
    try {
      new Intl.DateTimeFormat('en-GB', {
        timeZone: design.businessHours.timezone, year: 'numeric', month: '2-digit', day: '2-digit',
        weekday: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
      }).formatToParts(now).forEach(function (part) { parts[part.type] = part.value; });
    } catch (e) {
      runtimeConsole('warn', 'Unknown business-hours timezone "' + design.businessHours.timezone + '"; using UTC');
      return zonedNowIn('UTC', now);
    }
    return {
      date: parts.year + '-' + parts.month + '-' + parts.day,
      weekday: parts.weekday.toLowerCase(),
      minutes: Number(parts.hour) * 60 + Number(parts.minute)
    };
  }

  function zonedNowIn(zone, now) {
    var parts = {};
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'long',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
    }).formatToParts(now).forEach(function (part) { parts[part.type] = part.value; });
    return { date: parts.year + '-' + parts.month + '-' + parts.day, weekday: parts.weekday.toLowerCase(),
             minutes: Number(parts.hour) * 60 + Number(parts.minute) };
  }

  function isOpenNow() {
    var hours = design.businessHours;
    if (!hours || hours.alwaysOpen) { return true; }
    var now = zonedNow();
    var windows = (hours.weekly || {})[now.weekday] || [];
    (hours.exceptions || []).forEach(function (exception) {
      if (exception.date === now.date) { windows = exception.closed ? [] : (exception.windows || []); }
    });
    return windows.some(function (w) {
      var open = minutesOf(w.open);
      var close = minutesOf(w.close);
      return open >= 0 && close > open && now.minutes >= open && now.minutes < close;
    });
  }

  // ---- rendering ----
  function render() {
    applyTheme();
    root.textContent = '';
    root.setAttribute('data-state', state);
    if (state === 'error' && lastError) {
      var banner = el('p', 'cs-error-message', lastError.message);
      banner.setAttribute('role', 'alert');
      root.appendChild(banner);
    }
    var layout = (design.states || {})[state] || { blocks: [] };
    layout.blocks.forEach(function (block) {
      var node = renderBlock(block);
      if (node) {
        node.setAttribute('data-block-id', block.id);
        node.classList.add('cs-block', 'cs-align-' + (block.align || 'start'));
        root.appendChild(node);
      }
    });
    if (!loadedEmitted) {
      loadedEmitted = true;
      emit('widget_loaded', { isPreview: true });
      diag('ready', { state: state });
    }
    diag('state', { state: state });
  }

  function renderBlock(block) {
    switch (block.kind) {
    case 'heading':
      return el('h' + Math.min(3, Math.max(1, Number(block.level) || 2)), 'cs-heading', text(block.text));
    case 'paragraph':
      return el('p', 'cs-paragraph', text(block.text));
    case 'disclosure':
      return renderDisclosure(block);
    case 'call_button':
      return button(block, text(block.text), onCallTapped, state === 'closed');
    case 'hangup_button':
      return button(block, text(block.text), onVisitorHangup, !call);
    case 'mute_button':
      return button(block, call && call.muted ? (text(block.activeText) || text(block.text)) : text(block.text), onMute, !call);
    case 'call_timer':
      return renderTimer(block);
    case 'image':
      return renderImage(block);
    case 'link':
      return renderLink(text(block.text), block.url, 'cs-link');
    case 'spacer':
      var spacer = el('div', 'cs-spacer');
      spacer.style.height = Math.max(0, Number(block.size) || 0) + 'px';
      return spacer;
    case 'pre_call_form':
      return renderForm(block);
    case 'survey':
      return renderSurvey(block);
    default:
      runtimeConsole('warn', 'Unknown block kind "' + block.kind + '" skipped');
      return null;
    }
  }

  function button(block, label, handler, disabled) {
    var node = el('button', 'cs-button cs-' + (block.variant || 'primary'), label);
    node.type = 'button';
    node.disabled = !!disabled;
    node.setAttribute('data-kind', block.kind);
    node.addEventListener('click', handler);
    return node;
  }

  function renderLink(label, url, className) {
    var target = safeUrl(url, ['https:', 'mailto:', 'tel:']);
    if (!target) {
      if (url) { runtimeConsole('warn', 'Link "' + label + '" dropped: only https, mailto and tel addresses are allowed'); }
      return el('span', className + ' cs-link-disabled', label);
    }
    var link = el('a', className, label);
    link.href = target;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    return link;
  }

  function renderDisclosure(block) {
    var box = el('div', 'cs-disclosure');
    box.appendChild(el('p', 'cs-disclosure-text', text(block.text)));
    if (block.url) { box.appendChild(renderLink(text(block.linkLabel) || block.url, block.url, 'cs-disclosure-link')); }
    return box;
  }

  function renderImage(block) {
    var source = safeUrl(block.url, ['https:']);
    if (!source) {
      if (block.url) { runtimeConsole('warn', 'Image dropped: only https images are allowed'); }
      return el('span', 'cs-image-alt', text(block.alt));
    }
    var image = el('img', 'cs-image');
    image.src = source;
    image.alt = text(block.alt);
    if (Number(block.size) > 0) { image.style.width = Number(block.size) + 'px'; }
    return image;
  }

  function formatDuration(seconds) {
    var m = Math.floor(seconds / 60);
    var s = seconds % 60;
    return (m < 10 ? '0' : '') + m + ':' + (s < 10 ? '0' : '') + s;
  }

  function renderTimer(block) {
    var node = el('div', 'cs-timer');
    node.appendChild(el('span', 'cs-timer-label', text(block.text)));
    var clock = el('span', 'cs-timer-clock', formatDuration(call ? elapsedSeconds() : 0));
    node.appendChild(clock);
    return node;
  }

  function renderForm(block) {
    var form = el('form', 'cs-form');
    form.noValidate = true;
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    var previous = (call && call.formValues) || pendingFormValues;
    (block.form.fields || []).forEach(function (field) {
      var id = 'cs-field-' + block.id + '-' + field.key;
      var row = el('div', 'cs-field');
      var input;
      if (field.type === 'select') {
        input = el('select', 'cs-input');
        var empty = el('option', '', text(field.placeholder) || '—');
        empty.value = '';
        input.appendChild(empty);
        (field.options || []).forEach(function (option) {
          var node = el('option', '', text(option.label));
          node.value = option.value;
          input.appendChild(node);
        });
      } else if (field.type === 'checkbox') {
        input = el('input', 'cs-checkbox');
        input.type = 'checkbox';
      } else {
        input = el('input', 'cs-input');
        input.type = field.type === 'email' ? 'email' : field.type === 'tel' ? 'tel' : 'text';
        input.placeholder = text(field.placeholder);
      }
      input.id = id;
      input.name = field.key;
      input.required = !!field.required;
      input.setAttribute('data-field', field.key);
      if (previous && previous[field.key] !== undefined) {
        if (field.type === 'checkbox') { input.checked = previous[field.key] === true; } else { input.value = previous[field.key]; }
      }
      input.addEventListener('input', rememberFormValues);
      input.addEventListener('change', rememberFormValues);
      var label = el('label', 'cs-label', text(field.label) + (field.required ? ' *' : ''));
      label.htmlFor = id;
      if (field.type === 'checkbox') { row.appendChild(input); row.appendChild(label); } else { row.appendChild(label); row.appendChild(input); }
      form.appendChild(row);
    });
    if (block.form.consent) {
      var consentRow = el('div', 'cs-field cs-consent');
      var box = el('input', 'cs-checkbox');
      box.type = 'checkbox';
      box.id = 'cs-consent-' + block.id;
      box.required = !!block.form.consent.required;
      box.setAttribute('data-field', '__consent');
      box.checked = !!(previous && previous.__consent);
      box.addEventListener('change', rememberFormValues);
      var consentLabel = el('label', 'cs-label', text(block.form.consent.label));
      consentLabel.htmlFor = box.id;
      consentRow.appendChild(box);
      consentRow.appendChild(consentLabel);
      form.appendChild(consentRow);
    }
    form.appendChild(el('p', 'cs-form-problem'));
    return form;
  }

  var pendingFormValues = null;
  function readFormValues() {
    var values = {};
    root.querySelectorAll('[data-field]').forEach(function (input) {
      values[input.getAttribute('data-field')] = input.type === 'checkbox' ? input.checked : input.value;
    });
    return values;
  }
  function rememberFormValues() { pendingFormValues = readFormValues(); }

  function renderSurvey(block) {
    var spec = block.survey;
    var box = el('div', 'cs-survey');
    if (surveySent) {
      box.appendChild(el('p', 'cs-survey-thanks', text(spec.thanks)));
      return box;
    }
    box.appendChild(el('p', 'cs-survey-question', text(spec.question)));
    var scale = el('div', 'cs-rating');
    var chosen = { rating: null };
    var min = Number(spec.scale.min);
    var max = Number(spec.scale.max);
    for (var value = min; value <= max; ++value) {
      (function (rating) {
        var option = el('button', 'cs-rating-option', spec.scale.style === 'stars' ? '★' : String(rating));
        option.type = 'button';
        option.setAttribute('data-rating', String(rating));
        option.setAttribute('aria-label', String(rating));
        option.addEventListener('click', function () {
          chosen.rating = rating;
          scale.querySelectorAll('.cs-rating-option').forEach(function (other) {
            var otherRating = Number(other.getAttribute('data-rating'));
            var on = spec.scale.style === 'stars' ? otherRating <= rating : otherRating === rating;
            other.classList.toggle('cs-selected', on);
          });
          submit.disabled = false;
        });
        scale.appendChild(option);
      })(value);
    }
    box.appendChild(scale);
    var comment = null;
    if (spec.comment && spec.comment.enabled) {
      var commentLabel = el('label', 'cs-label', text(spec.comment.label));
      comment = el('textarea', 'cs-input cs-comment');
      comment.id = 'cs-comment-' + block.id;
      comment.placeholder = text(spec.comment.placeholder);
      commentLabel.htmlFor = comment.id;
      box.appendChild(commentLabel);
      box.appendChild(comment);
    }
    var submit = el('button', 'cs-button cs-primary cs-survey-submit', text(spec.submitLabel) || 'Send');
    submit.type = 'button';
    submit.disabled = true;
    submit.addEventListener('click', function () {
      if (chosen.rating === null) { return; }
      var fields = { rating: chosen.rating };
      if (comment && comment.value.trim() !== '') { fields.comment = comment.value; }
      surveySent = true;
      emit('survey_submitted', fields);
      render();
    });
    box.appendChild(submit);
    return box;
  }

  // ---- the visitor's side of a call ----
  function setState(next) {
    state = next;
    render();
    updateLoopback();
  }

  // Preview only: plays the visitor's microphone back so the operator hears the call path.
  var loopbackAudio = null;
  function updateLoopback() {
    var playing = boot.micLoopback && call && call.stream && state === 'in_call';
    if (playing && !loopbackAudio) {
      loopbackAudio = document.createElement('audio');
      loopbackAudio.autoplay = true;
      document.body.appendChild(loopbackAudio);
    }
    if (loopbackAudio) { loopbackAudio.srcObject = playing ? call.stream : null; }
  }

  function elapsedSeconds() {
    return call ? Math.round((Date.now() - call.startedAt) / 1000) : 0;
  }

  function formProblem(values) {
    var problem = '';
    root.querySelectorAll('[data-field]').forEach(function (input) {
      var value = values[input.getAttribute('data-field')];
      var missing = input.required && (value === false || value === '');
      var badEmail = input.type === 'email' && value !== '' && !/^[^@\s]+@[^@\s]+$/.test(value);
      input.classList.toggle('cs-invalid', missing || badEmail);
      if ((missing || badEmail) && !problem) { problem = missing ? 'missing' : 'email'; }
    });
    return problem;
  }

  function onCallTapped() {
    // A call button placed in `error` lets the visitor try again.
    if (call || (state !== 'idle' && state !== 'error')) { return; }
    var values = root.querySelector('[data-field]') ? readFormValues() : (pendingFormValues || {});
    var problem = formProblem(values);
    if (problem) {
      var note = root.querySelector('.cs-form-problem');
      if (note) { note.textContent = problem === 'missing' ? 'Please fill in the required fields.' : 'Please check the email address.'; }
      diag('form_invalid', { problem: problem });
      return;
    }
    var hasFormValues = Object.keys(values).some(function (key) {
      return key !== '__consent' && values[key] !== '' && values[key] !== false;
    });
    call = { startedAt: Date.now(), accepted: false, stream: null, muted: false, timer: null,
             formValues: values, hasFormValues: hasFormValues, asking: true };
    diag('mic_requested', {});
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      failCall('mic_unavailable', 'getUserMedia is not available');
      return;
    }
    var thisCall = call;
    navigator.mediaDevices.getUserMedia({ audio: true, video: false }).then(function (stream) {
      if (call !== thisCall) { stream.getTracks().forEach(function (t) { t.stop(); }); return; }
      call.stream = stream;
      call.asking = false;
      setState('connecting');
      diag('call_requested', { hasFormValues: hasFormValues });
    }, function (error) {
      if (call !== thisCall) { return; }
      var name = error && error.name;
      var denied = name === 'NotAllowedError' || name === 'SecurityError';
      failCall(denied ? 'mic_denied' : 'mic_unavailable', String(name) + ': ' + String(error && error.message));
    });
  }

  function stopCall() {
    if (!call) { return; }
    if (call.stream) { call.stream.getTracks().forEach(function (track) { track.stop(); }); }
    if (call.timer) { clearInterval(call.timer); }
    call = null;
  }

  function failCall(code, detail) {
    var message = errorMessage(code);
    stopCall();
    lastError = { code: code, message: message };
    emit('call_error', { code: code, message: message });
    if (code === 'mic_unavailable') { diag('mic_unavailable', { detail: detail || '' }); }
    setState('error');
  }

  function acceptCall() {
    if (!call || call.accepted || !call.stream) { return false; }
    call.accepted = true;
    var routing = design.routing || {};
    emit('call_started', {
      destinationId: routing.destinationId === undefined ? null : routing.destinationId,
      routingKey: routing.routingKey === undefined ? null : routing.routingKey,
      hasFormValues: call.hasFormValues
    });
    return true;
  }

  function answerCall() {
    if (!call || !call.stream || state === 'in_call') { return; }
    acceptCall();
    setState('in_call');
    call.timer = setInterval(function () {
      var clock = root.querySelector('.cs-timer-clock');
      if (clock) { clock.textContent = formatDuration(elapsedSeconds()); }
    }, 1000);
  }

  function endCall(reason) {
    if (!call) { return; }
    if (!call.accepted) {
      stopCall();
      setState('idle');
      return;
    }
    var duration = elapsedSeconds();
    stopCall();
    surveySent = false;
    emit('call_ended', { duration: duration, reason: reason });
    setState('ended');
  }

  function onVisitorHangup() { endCall('user_hangup'); }

  function onMute() {
    if (!call || !call.stream) { return; }
    call.muted = !call.muted;
    call.stream.getAudioTracks().forEach(function (track) { track.enabled = !call.muted; });
    render();
  }

  function initialState() {
    return isOpenNow() ? 'idle' : 'closed';
  }

  // ---- the custom-code sandbox ----
  function countLines(textValue) { return textValue.split('\n').length; }

  function destroySandbox() {
    if (!sandbox) { return; }
    sandbox.port.onmessage = null;
    sandbox.port.close();
    sandbox.frame.remove();
    sandbox = null;
  }

  function createSandbox() {
    destroySandbox();
    var code = design.customCode || { headHtml: '', bodyEndHtml: '' };
    if (!boot.customCodeEnabled) {
      runtimeConsole('info', 'Custom code is disabled for this preview run');
      return;
    }
    var head = String(code.headHtml || '');
    var body = String(code.bodyEndHtml || '');
    var opening = '<!doctype html><html><head><meta charset="utf-8"><script>\n';
    var prefixLines = countLines(opening + boot.shim + '\n</script>') ;
    var shim = boot.shim.replace('__SHIM_LAST_LINE__', String(prefixLines));
    var doc = opening + shim + '\n</script>\n' + head + '\n</head><body>\n' + body + '\n</body></html>\n';
    var channel = new MessageChannel();
    var frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.setAttribute('title', 'custom code');
    frame.className = 'cs-sandbox';
    // Context and app id travel as data in the frame's name; never spliced into markup.
    frame.name = JSON.stringify({ appId: String(design.appId || ''), context: contextCopy() });
    var current = { frame: frame, port: channel.port1, prefixLines: prefixLines,
                    headLines: countLines(head), handedOver: false };
    sandbox = current;
    channel.port1.onmessage = function (event) { onSandboxMessage(current, event.data); };
    frame.addEventListener('load', function () {
      if (current.handedOver) {
        diag('dropped', { from: 'sandbox', reason: 'the sandbox navigated away; its bridge is not handed over again' });
        return;
      }
      current.handedOver = true;
      frame.contentWindow.postMessage({ type: 'c2c:port' }, '*', [channel.port2]);
    });
    frame.srcdoc = doc;
    document.body.appendChild(frame);
  }

  // Document line -> where the operator wrote it.
  function locate(current, documentLine) {
    var line = Number(documentLine) || 0;
    var headStart = current.prefixLines + 1;
    var bodyStart = headStart + current.headLines + 1;
    if (line >= bodyStart) { return { area: 'body_end', line: line - bodyStart + 1 }; }
    if (line >= headStart) { return { area: 'head', line: line - headStart + 1 }; }
    return { area: line > 0 ? 'shim' : 'unknown', line: line };
  }

  function isPlainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  }

  function onSandboxMessage(current, message) {
    if (current !== sandbox) { return; }
    if (!isPlainObject(message) || typeof message.type !== 'string') {
      diag('dropped', { from: 'sandbox', reason: 'message without a type' });
      return;
    }
    if (message.type === 'ready') {
      diag('sandbox_ready', {});
    } else if (message.type === 'console' && typeof message.text === 'string'
               && ['log', 'info', 'warn', 'error', 'debug'].indexOf(message.level) >= 0) {
      var where = locate(current, message.line);
      diag('console', { level: message.level, area: where.area, line: where.line,
                        text: message.text.slice(0, MAX_CONSOLE_TEXT), uncaught: message.uncaught === true,
                        errorKind: typeof message.kind === 'string' ? message.kind : '' });
    } else if (message.type === 'emit' && typeof message.name === 'string') {
      if (benchRun && message.name === benchRun.replyName && isPlainObject(message.payload)) {
        benchRun.onReply(message.payload);
        return;
      }
      onCustomEmit(message.name, message.payload);
    } else {
      diag('dropped', { from: 'sandbox', reason: 'unexpected message of type "' + String(message.type).slice(0, 40) + '"' });
    }
  }

  // ---- bridge benchmark (B3, Call Studio's benchmark only) ----
  // Events go to the sandbox on its port exactly as widget events do; the custom code's
  // replies (c2c.emit) are taken before the emit rate limit, which exists for production
  // traffic and would otherwise be what is measured.
  var benchRun = null;

  function runBridgeBench(mode, count) {
    if (!sandbox) { return false; }
    var started = performance.now();
    var finish = function (result) {
      benchRun = null;
      result.mode = mode;
      diag('probe', { bench: result });
    };
    if (mode === 'latency') {
      var latencies = [];
      var sentAt = 0;
      var ping = function (i) {
        sentAt = performance.now();
        sandbox.port.postMessage({ type: 'event', name: 'bench_ping', data: { i: i, context: contextCopy() } });
      };
      benchRun = { replyName: 'bench_pong', onReply: function (payload) {
        latencies.push(performance.now() - sentAt);
        if (latencies.length >= count) { finish({ latencies: latencies, totalMs: performance.now() - started }); } else { ping(latencies.length); }
      } };
      ping(0);
    } else {
      benchRun = { replyName: 'bench_burst_done', onReply: function (payload) {
        finish({ count: count, received: payload.received, inOrder: payload.inOrder === true,
                 elapsedMs: performance.now() - started });
      } };
      for (var i = 0; i < count; i += 1) {
        sandbox.port.postMessage({ type: 'event', name: 'bench_burst',
                                   data: { i: i, last: i === count - 1, context: {} } });
      }
    }
    return true;
  }

  function onCustomEmit(name, payload) {
    var now = Date.now();
    if (now - emitWindowStart >= 1000) { emitWindowStart = now; emitsInWindow = 0; }
    if (++emitsInWindow > MAX_EMITS_PER_SECOND) {
      if (emitsInWindow === MAX_EMITS_PER_SECOND + 1) {
        diag('console', { level: 'error', area: 'runtime', line: 0, uncaught: false,
                          text: 'c2c.emit rate limit: more than ' + MAX_EMITS_PER_SECOND + ' custom events in a second; the rest of this second is dropped' });
      }
      return;
    }
    if (!/^[A-Za-z0-9_.-]{1,64}$/.test(name)) {
      diag('console', { level: 'error', area: 'runtime', line: 0, uncaught: false,
                        text: 'c2c.emit: custom event name must be 1-64 letters, digits, "_", "-" or "."; dropped' });
      return;
    }
    var serialized = JSON.stringify(payload === undefined ? {} : payload);
    if (serialized.length > MAX_EMIT_BYTES) {
      diag('console', { level: 'error', area: 'runtime', line: 0, uncaught: false,
                        text: 'c2c.emit("' + name + '"): payload of ' + serialized.length + ' bytes exceeds the ' + MAX_EMIT_BYTES + '-byte limit; dropped' });
      return;
    }
    var fields = isPlainObject(payload) ? JSON.parse(serialized) : { value: JSON.parse(serialized) };
    deliver(envelope('custom:' + name, fields), false);
  }

  // ---- commands from Call Studio (through the host page) ----
  var commands = {
    patch: function (message) {
      if (!isPlainObject(message.design)) { return false; }
      design = message.design;
      if (typeof message.locale === 'string') { locale = message.locale; }
      if (!stateHeld && (state === 'idle' || state === 'closed')) { state = initialState(); }
      render();
      // Lay out now: the acknowledgement then means "ready to paint at the next frame".
      root.getBoundingClientRect();
      if (message.frameAck === true) {
        requestAnimationFrame(function () {
          diag('ack', { type: 'patch_frame', id: message.id === undefined ? null : message.id, ok: true });
        });
      }
      return true;
    },
    locale: function (message) {
      if (typeof message.locale !== 'string') { return false; }
      locale = message.locale;
      render();
      return true;
    },
    custom_code: function (message) {
      if (!isPlainObject(message.customCode)) { return false; }
      design.customCode = message.customCode;
      if (typeof message.enabled === 'boolean') { boot.customCodeEnabled = message.enabled; }
      createSandbox();
      return true;
    },
    force_state: function (message) {
      if (STATES.indexOf(message.state) < 0) { return false; }
      if (message.state !== 'in_call' && message.state !== 'connecting') { stopCall(); }
      if (message.state === 'error' && !lastError) { lastError = { code: 'no_provider', message: errorMessage('no_provider') }; }
      if (message.state === 'ended') { surveySent = false; }
      stateHeld = true;
      setState(message.state);
      return true;
    },
    agent: function (message) {
      if (message.action === 'accept') { acceptCall(); } else if (message.action === 'answer') { answerCall(); } else if (message.action === 'hangup') { endCall('remote_hangup'); } else if (message.action === 'fail' && ERROR_CODES.indexOf(message.code) >= 0) {
        if (!call && state !== 'idle' && state !== 'connecting' && state !== 'in_call') { return false; }
        failCall(message.code, 'simulated by the operator');
      } else { return false; }
      return true;
    },
    visitor: function (message) {
      var target = null;
      if (message.action === 'tap_call') { target = root.querySelector('[data-kind="call_button"]'); } else if (message.action === 'hang_up') { target = root.querySelector('[data-kind="hangup_button"]'); } else if (message.action === 'mute') { target = root.querySelector('[data-kind="mute_button"]'); } else if (message.action === 'fill_form' && isPlainObject(message.values)) {
        Object.keys(message.values).forEach(function (key) {
          var input = root.querySelector('[data-field="' + CSS.escape(key) + '"]');
          if (input && input.type === 'checkbox') { input.checked = message.values[key] === true; } else if (input) { input.value = String(message.values[key]); }
        });
        rememberFormValues();
        return true;
      } else if (message.action === 'submit_survey' && typeof message.rating === 'number') {
        var option = root.querySelector('[data-rating="' + message.rating + '"]');
        if (!option) { return false; }
        option.click();
        var comment = root.querySelector('.cs-comment');
        if (comment && typeof message.comment === 'string') { comment.value = message.comment; }
        target = root.querySelector('.cs-survey-submit');
      }
      if (!target || target.disabled) { return false; }
      target.click();
      return true;
    },
    inject: function (message) {
      if (typeof message.name !== 'string' || !isPlainObject(message.data)) { return false; }
      if (!sandbox) { return false; }
      var data = JSON.parse(JSON.stringify(message.data));
      if (!isPlainObject(data.context)) { data.context = contextCopy(); }
      var env = { name: message.name, data: data, timestamp: new Date().toISOString() };
      sandbox.port.postMessage({ type: 'event', name: env.name, data: env.data });
      diag('event', { place: 'sandbox', envelope: env, injected: true });
      return true;
    },
    loopback: function (message) {
      if (typeof message.enabled !== 'boolean') { return false; }
      boot.micLoopback = message.enabled;
      updateLoopback();
      return true;
    },
    ping: function (message) {
      diag('pong', { id: message.id });
      return true;
    },
    probe: function () {
      diag('probe', { state: state, marker: window.__previewMarker === undefined ? null : window.__previewMarker,
                      html: root.textContent, sandbox: !!sandbox,
                      loopbackPlaying: !!(loopbackAudio && loopbackAudio.srcObject) });
      return true;
    },
    bench_bridge: function (message) {
      if ((message.mode !== 'latency' && message.mode !== 'burst') || typeof message.count !== 'number') { return false; }
      return runBridgeBench(message.mode, message.count);
    },
    mark: function (message) {
      window.__previewMarker = message.value;
      return true;
    }
  };

  window.addEventListener('message', function (event) {
    if (event.source !== parentWindow) {
      var fromSandbox = sandbox && event.source === sandbox.frame.contentWindow;
      diag('dropped', { from: fromSandbox ? 'sandbox' : 'unknown',
                        reason: 'message posted to the widget window outside the bridge' });
      return;
    }
    var message = event.data;
    if (!isPlainObject(message) || message.__callstudio !== 'command' || !commands.hasOwnProperty(message.type)) {
      diag('dropped', { from: 'parent', reason: 'message that is not a preview command' });
      return;
    }
    var done = commands[message.type](message);
    // A ping is answered by its pong; every other command is acknowledged.
    if (message.type !== 'ping') {
      diag('ack', { type: message.type, id: message.id === undefined ? null : message.id, ok: done !== false });
    }
  });

  stateHeld = Boolean(boot.forcedState && STATES.indexOf(boot.forcedState) >= 0);
  state = stateHeld ? boot.forcedState : initialState();
  createSandbox();
  render();
})();
