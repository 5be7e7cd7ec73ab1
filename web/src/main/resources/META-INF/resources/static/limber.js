/*
 * Limber's only script. It fills time-zone fields with the browser's zone, and plays a routine one step at a time:
 * a countdown for timed work and rests, "Done" for counted reps, each side in turn, then the log form. Without it
 * every page still works: the player's steps are listed in full and the log form is always there.
 */
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  var zone = '';
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { zone = ''; }
  if (zone) {
    Array.prototype.forEach.call(document.querySelectorAll('[data-time-zone]'), function (input) { input.value = zone; });
  }

  var player = document.getElementById('player');
  if (!player) { return; }
  var items = Array.prototype.slice.call(document.querySelectorAll('#steps .step'));
  var steps = items.map(function (li) {
    return {
      kind: li.getAttribute('data-kind'),
      entry: parseInt(li.getAttribute('data-entry'), 10),
      seconds: li.getAttribute('data-seconds') ? parseInt(li.getAttribute('data-seconds'), 10) : null,
      name: li.getAttribute('data-name'),
      position: li.getAttribute('data-position'),
      instruction: li.getAttribute('data-instruction'),
      how: li.querySelector('.how'),
      cues: li.querySelector('.cues'),
      skipped: false
    };
  });
  var how = {};
  steps.forEach(function (step) { if (step.how && !how[step.name]) { how[step.name] = step; } });

  var log = document.getElementById('log');
  var field = function (name) { return player.querySelector('[data-field="' + name + '"]'); };
  var button = function (name) { return player.querySelector('[data-action="' + name + '"]'); };
  var current = -1, remaining = 0, timer = null, paused = false;

  if (log) { log.hidden = true; }
  field('progress').textContent = steps.length + ' steps';

  function clock(seconds) {
    var m = Math.floor(seconds / 60), s = seconds % 60;
    return m + ':' + (s < 10 ? '0' : '') + s;
  }

  function stopTimer() {
    if (timer) { clearInterval(timer); timer = null; }
  }

  function show(index) {
    stopTimer();
    current = index;
    var step = steps[index];
    var rest = step.kind === 'rest';
    var next = steps[index + 1];
    field('name').textContent = rest ? 'Rest' : step.name;
    field('position').textContent = step.position || '';
    field('instruction').textContent = rest && next ? step.instruction + ' · next: ' + next.name : step.instruction;
    field('progress').textContent = 'Step ' + (index + 1) + ' of ' + steps.length;
    var source = how[step.name];
    var details = field('how');
    if (!rest && source) {
      field('steps').innerHTML = source.how ? source.how.innerHTML : '';
      field('cues').innerHTML = source.cues ? source.cues.innerHTML : '';
      details.hidden = false;
    } else {
      details.hidden = true;
    }
    field('announce').textContent = (rest ? 'Rest' : step.name) + (step.position ? ', ' + step.position : '') + ': ' + step.instruction;
    button('start').hidden = true;
    button('done').hidden = false;
    button('done').textContent = rest ? 'End rest' : 'Done, next';
    button('skip').hidden = rest;
    if (step.seconds) {
      remaining = step.seconds;
      paused = false;
      button('pause').hidden = false;
      button('pause').textContent = 'Pause';
      field('countdown').textContent = clock(remaining);
      timer = setInterval(tick, 1000);
    } else {
      button('pause').hidden = true;
      field('countdown').textContent = '';
    }
  }

  function tick() {
    if (paused) { return; }
    remaining -= 1;
    field('countdown').textContent = clock(Math.max(0, remaining));
    if (remaining <= 0) { advance(false); }
  }

  function advance(skipped) {
    if (current >= 0 && skipped) { steps[current].skipped = true; }
    if (current + 1 < steps.length) { show(current + 1); } else { finish(); }
  }

  function finish() {
    stopTimer();
    var worked = {};
    steps.forEach(function (step) {
      if (step.kind === 'work' && !step.skipped) { worked[step.entry] = true; }
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-entry-box]'), function (box) {
      box.checked = !!worked[box.getAttribute('data-entry-box')];
    });
    field('name').textContent = 'Routine complete';
    field('position').textContent = '';
    field('instruction').textContent = 'Well done. Log the session below.';
    field('countdown').textContent = '';
    field('progress').textContent = steps.length + ' of ' + steps.length + ' steps';
    field('how').hidden = true;
    ['pause', 'done', 'skip'].forEach(function (name) { button(name).hidden = true; });
    field('announce').textContent = 'Routine complete. Log the session below.';
    if (log) {
      log.hidden = false;
      var heading = document.getElementById('log-heading');
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
  }

  button('start').addEventListener('click', function () {
    var started = document.querySelector('[data-started-at]');
    if (started) { started.value = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'); }
    if (steps.length === 0) { finish(); } else { show(0); }
  });
  button('done').addEventListener('click', function () { advance(false); });
  button('skip').addEventListener('click', function () { advance(true); });
  button('pause').addEventListener('click', function () {
    paused = !paused;
    button('pause').textContent = paused ? 'Resume' : 'Pause';
  });

  var form = document.getElementById('log-form');
  if (form) {
    form.addEventListener('submit', function () {
      var submit = document.getElementById('log-session');
      // the Idempotency-Key makes a second submit harmless; this only spares a needless request
      setTimeout(function () { submit.disabled = true; }, 0);
    });
  }
})();
