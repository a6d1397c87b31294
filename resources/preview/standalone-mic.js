// Shareable preview only, first script of the widget frame: lets the reviewer walk through
// a call without a microphone ("Simulate microphone") and reports what the browser said
// about the real one, so a refusal on a file:// page is explained instead of silent.
'use strict';
{
  const parentWindow = window.parent;
  let simulate = false;
  const media = navigator.mediaDevices;
  const realGetUserMedia = media && typeof media.getUserMedia === 'function' ? media.getUserMedia.bind(media) : null;

  function reportMic(result, detail) {
    parentWindow.postMessage({ __callstudio: 'diag', kind: 'mic', result, detail: detail || '' }, '*');
  }

  // A silent live audio track where the browser can make one; an empty stream otherwise.
  function simulatedStream() {
    const AudioContextType = window.AudioContext || window.webkitAudioContext;
    if (AudioContextType) {
      try {
        return new AudioContextType().createMediaStreamDestination().stream;
      } catch (e) {
        reportMic('simulated', 'no audio track: ' + String(e && e.message));
      }
    }
    return typeof MediaStream === 'function'
      ? new MediaStream()
      : {
          getTracks: function () {
            return [];
          },
          getAudioTracks: function () {
            return [];
          },
        };
  }

  function getUserMedia(constraints) {
    if (simulate) {
      reportMic('simulated', '');
      return Promise.resolve(simulatedStream());
    }
    if (!realGetUserMedia) {
      reportMic('unavailable', 'this page has no getUserMedia (not a secure context?)');
      return Promise.reject(new DOMException('getUserMedia is not available on this page', 'NotFoundError'));
    }
    return realGetUserMedia(constraints).then(
      function (stream) {
        reportMic('granted', '');
        return stream;
      },
      function (error) {
        const name = error && error.name ? String(error.name) : 'Error';
        reportMic(
          name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'unavailable',
          name + ': ' + String(error && error.message),
        );
        throw error;
      },
    );
  }

  // Insecure pages have no navigator.mediaDevices at all; the stand-in keeps the simulation possible.
  if (media) {
    media.getUserMedia = getUserMedia;
  } else {
    Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia: getUserMedia }, configurable: true });
  }

  // Registered before the widget's own listener, so the widget never sees this command.
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (event.source !== parentWindow || message?.__callstudio !== 'command' || message.type !== 'simulate_mic') {
      return;
    }
    event.stopImmediatePropagation();
    simulate = message.enabled === true;
  });
}
