// Widget runtime, the call state machine: the visitor's side of a call (microphone, ringing,
// in call, ended, error), the agent side as the host plays it, and the preview's loopback.
'use strict';
{
  const ns = window.callStudio;
  const { boot, current, report, errorMessage, isCallError, isOpenNow, runtimeConsole, endReason } = ns.runtime;
  const emit = (occasion, fields) => ns.sandboxHost.emit(occasion, fields);
  let loopbackAudio = null;

  const call = {
    state: 'idle',
    // Held in a state by the designer: a patch must not re-evaluate open hours over it.
    held: false,
    active: null, // {startedAt, accepted, stream, muted, timer, formValues, hasFormValues}
    lastError: null, // {code, message}
    surveySent: false,
  };

  const isState = (name) => current.contract.states.includes(name);

  const openState = () => (isOpenNow() ? 'idle' : 'closed');

  // Preview only: plays the visitor's microphone back so the operator hears the call path.
  const updateLoopback = () => {
    const active = call.active;
    const playing = boot.micLoopback && active?.stream && call.state === 'in_call';
    if (playing && !loopbackAudio) {
      loopbackAudio = document.createElement('audio');
      loopbackAudio.autoplay = true;
      document.body.appendChild(loopbackAudio);
    }
    if (loopbackAudio) {
      loopbackAudio.srcObject = playing ? active.stream : null;
    }
  };

  const setState = (next) => {
    call.state = next;
    ns.render.render();
    updateLoopback();
  };

  const elapsedSeconds = () => (call.active ? Math.round((Date.now() - call.active.startedAt) / 1000) : 0);

  const stop = () => {
    const active = call.active;
    if (!active) {
      return;
    }
    active.stream?.getTracks().forEach((track) => track.stop());
    clearInterval(active.timer);
    call.active = null;
  };

  const fail = (code, detail) => {
    if (!isCallError(code)) {
      runtimeConsole('error', `"${code}" is not a call-error code of the product`);
      return;
    }
    const message = errorMessage(code);
    stop();
    call.lastError = { code, message };
    emit('failed', { code, message });
    if (code === 'mic_unavailable') {
      report('mic_unavailable', { detail: detail || '' });
    }
    setState('error');
  };

  const onMicrophone = (thisCall, stream) => {
    if (call.active !== thisCall) {
      stream.getTracks().forEach((track) => track.stop());
      return;
    }
    thisCall.stream = stream;
    setState('connecting');
    report('call_requested', { hasFormValues: thisCall.hasFormValues });
  };

  const onMicrophoneRefused = (thisCall, error) => {
    if (call.active !== thisCall) {
      return;
    }
    const name = error?.name;
    const denied = name === 'NotAllowedError' || name === 'SecurityError';
    fail(denied ? 'mic_denied' : 'mic_unavailable', `${String(name)}: ${String(error?.message)}`);
  };

  const onCallTapped = () => {
    // A call button placed in `error` lets the visitor try again.
    if (call.active || (call.state !== 'idle' && call.state !== 'error')) {
      return;
    }
    const values = ns.form.currentValues();
    const problem = ns.form.problemOf(values);
    if (problem) {
      ns.form.showProblem(problem);
      report('form_invalid', { problem });
      return;
    }
    const hasFormValues = Object.entries(values).some(
      ([key, value]) => key !== '__consent' && value !== '' && value !== false,
    );
    const thisCall = { startedAt: Date.now(), accepted: false, stream: null, muted: false, timer: null };
    Object.assign(thisCall, { formValues: values, hasFormValues });
    call.active = thisCall;
    report('mic_requested');
    if (!navigator.mediaDevices?.getUserMedia) {
      fail('mic_unavailable', 'getUserMedia is not available');
      return;
    }
    navigator.mediaDevices.getUserMedia({ audio: true, video: false }).then(
      (stream) => onMicrophone(thisCall, stream),
      (error) => onMicrophoneRefused(thisCall, error),
    );
  };

  const accept = () => {
    const active = call.active;
    if (!active || active.accepted || !active.stream) {
      return false;
    }
    active.accepted = true;
    const routing = current.design.routing ?? {};
    emit('accepted', {
      destinationId: routing.destinationId ?? null,
      routingKey: routing.routingKey ?? null,
      hasFormValues: active.hasFormValues,
    });
    return true;
  };

  const answer = () => {
    if (!call.active?.stream || call.state === 'in_call') {
      return;
    }
    accept();
    setState('in_call');
    call.active.timer = setInterval(() => {
      const clock = ns.render.root.querySelector('.cs-timer-clock');
      if (clock) {
        clock.textContent = ns.render.formatDuration(elapsedSeconds());
      }
    }, 1000);
  };

  const end = (reason) => {
    if (!call.active) {
      return;
    }
    if (!call.active.accepted) {
      stop();
      setState('idle');
      return;
    }
    const duration = elapsedSeconds();
    stop();
    call.surveySent = false;
    emit('ended', { duration, reason });
    setState('ended');
  };

  const onVisitorHangup = () => end(endReason('visitor'));

  const onMute = () => {
    const active = call.active;
    if (!active?.stream) {
      return;
    }
    active.muted = !active.muted;
    active.stream.getAudioTracks().forEach((track) => {
      track.enabled = !active.muted;
    });
    ns.render.render();
  };

  const force = (state) => {
    if (!isState(state)) {
      return false;
    }
    if (state !== 'in_call' && state !== 'connecting') {
      stop();
    }
    if (state === 'error' && !call.lastError) {
      call.lastError = { code: 'no_provider', message: errorMessage('no_provider') };
    }
    if (state === 'ended') {
      call.surveySent = false;
    }
    call.held = true;
    setState(state);
    return true;
  };

  const agentActions = {
    accept: () => {
      accept();
      return true;
    },
    answer: () => {
      answer();
      return true;
    },
    hangup: () => {
      end(endReason('agent'));
      return true;
    },
    fail: (message) => {
      const live = call.active || ['idle', 'connecting', 'in_call'].includes(call.state);
      if (!isCallError(message.code) || !live) {
        return false;
      }
      fail(message.code, 'simulated by the operator');
      return true;
    },
  };

  const agent = (message) => Object.hasOwn(agentActions, message.action) && agentActions[message.action](message);

  // The state to show on start and after a design change (unless held).
  const settle = () => {
    if (!call.held && (call.state === 'idle' || call.state === 'closed')) {
      call.state = openState();
    }
  };

  const start = () => {
    call.held = isState(boot.forcedState);
    call.state = call.held ? boot.forcedState : openState();
  };

  Object.assign(call, {
    elapsedSeconds,
    onCallTapped,
    onVisitorHangup,
    onMute,
    force,
    agent,
    settle,
    start,
    updateLoopback,
    loopbackPlaying: () => !!loopbackAudio?.srcObject,
  });
  ns.call = call;
}
