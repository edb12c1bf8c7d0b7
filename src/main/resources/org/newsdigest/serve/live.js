// news-digest preview: reloads the page after every rebuild and shows the last build's problems over the page.
// The report's first line says what the page underneath is: the new build (problems it published despite) or the
// last good site (the build failed). Served by `serve` only; never part of a built site.
(function () {
  'use strict';
  var control = '/__news-digest/';

  function show(report) {
    var box = document.getElementById('news-digest-problems');
    if (!report.trim()) {
      if (box) { box.remove(); }
      return;
    }
    if (!box) {
      box = document.createElement('section');
      box.id = 'news-digest-problems';
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;'
        + 'margin:0;padding:1rem 1.25rem;background:#7f1d1d;color:#fff;font:14px/1.45 ui-monospace,monospace;'
        + 'white-space:pre-wrap;box-shadow:0 -4px 16px rgba(0,0,0,.35)';
      document.body.appendChild(box);
    }
    var lines = report.replace(/\n+$/, '').split('\n');
    var headline = document.createElement('strong');
    headline.textContent = 'news-digest: ' + lines.shift();
    box.replaceChildren(headline, document.createTextNode('\n\n' + lines.join('\n')));
  }

  fetch(control + 'problems', { cache: 'no-store' }).then(function (r) { return r.text(); }).then(show);
  var events = new EventSource(control + 'events');
  events.addEventListener('reload', function () { window.location.reload(); });
  // A 503 (too many tabs listening) closes the stream for good: this tab then simply does not reload by itself.
  events.addEventListener('error', function () {
    if (events.readyState === EventSource.CLOSED) { console.info('news-digest: live reload is off in this tab'); }
  });
})();
