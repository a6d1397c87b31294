// The integrator's side: places the widget iframe and logs what a parent page receives.
'use strict';
{
  const config = JSON.parse(document.getElementById('cs-host').textContent);
  const frame = document.getElementById('cs-frame');
  const log = document.getElementById('host-log');

  frame.style.width = Number(config.width) + 'px';
  frame.style.bottom = Number(config.offsetY) + 'px';
  frame.style[config.position === 'bottom-left' ? 'left' : 'right'] = Number(config.offsetX) + 'px';
  document.body.classList.toggle('host-dark', !!config.dark);
  document.body.classList.toggle('host-light', !config.dark);
  document.body.classList.toggle('host-mobile', !!config.mobile);
  document.body.classList.toggle('host-desktop', !config.mobile);
  frame.src = config.widgetUrl;

  function addLine(textValue, className) {
    const item = document.createElement('li');
    item.textContent = textValue;
    if (className) {
      item.className = className;
    }
    log.appendChild(item);
    while (log.children.length > 200) {
      log.removeChild(log.firstChild);
    }
    log.scrollTop = log.scrollHeight;
  }

  // One line counts the messages from other frames: a flood of them costs a counter each.
  let strayCount = 0;
  let strayLine = null;
  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow) {
      strayCount += 1;
      if (!strayLine || !strayLine.isConnected) {
        addLine('', 'host-dropped');
        strayLine = log.lastChild;
      }
      strayLine.textContent = 'dropped: ' + strayCount + ' message(s) from frames that are not the widget';
      return;
    }
    const data = event.data;
    if (data && data.__callstudio === 'diag' && data.kind === 'size' && Number.isFinite(data.height)) {
      frame.style.setProperty('--cs-card-height', Math.max(0, Math.round(data.height)) + 'px');
      return;
    }
    if (
      data &&
      typeof data === 'object' &&
      typeof data.name === 'string' &&
      data.data &&
      typeof data.timestamp === 'string'
    ) {
      addLine(data.name + ' ' + JSON.stringify(data.data));
    }
  });
}
