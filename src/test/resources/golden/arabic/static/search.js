// Search for the news-digest theme, as progressive enhancement: the form in the header stays hidden unless this
// script runs. It reads the site's search index (the form's data-index) once, on first use, and lists the
// articles whose title, excerpt, topics or provider have a word starting with each word typed ("rob" finds
// "Robots"; "ai" does not find "awaited"). No library, no server.
(function () {
  'use strict';
  var form = document.getElementById('search');
  var input = document.getElementById('search-input');
  var results = document.getElementById('search-results');
  if (!form || !input || !results || !window.fetch || !window.URLSearchParams) return;
  var MAX_SHOWN = 10;
  var language = document.documentElement.lang;
  var plurals = window.Intl && Intl.PluralRules ? new Intl.PluralRules(language) : null;
  var index = null;

  // lower case, accents dropped ("Café" is found by "cafe"), anything but letters and digits a space
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');
  }

  function load() {
    if (!index) {
      index = fetch(form.getAttribute('data-index'))
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.json();
        })
        .then(function (entries) {
          entries.forEach(function (entry) {
            entry.text = ' ' + fold([entry.title, entry.excerpt, entry.provider].concat(entry.topics).join(' '));
          });
          return entries;
        });
    }
    return index;
  }

  function element(name, text, attributes) {
    var node = document.createElement(name);
    if (text) node.textContent = text;
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    return node;
  }

  // The page's words for the search (see the form's data-* attributes), in the plural form the count takes.
  function say(name, count, query) {
    var category = plurals && count !== undefined ? plurals.select(count) : '';
    var text = (category && form.getAttribute('data-' + name + '-' + category))
      || form.getAttribute('data-' + name + (count === undefined ? '' : '-other')) || '';
    var values = { n: count === undefined ? '' : count.toLocaleString(language), q: query || '', max: MAX_SHOWN.toLocaleString(language) };
    return text.replace(/\{(n|q|max)\}/g, function (all, key) { return values[key]; });
  }

  function show(entries, query) {
    var words = fold(query).split(' ').filter(Boolean);
    results.textContent = '';
    results.hidden = words.length === 0;
    if (results.hidden) return;
    var found = entries.filter(function (entry) {
      return words.every(function (word) { return entry.text.indexOf(' ' + word) !== -1; });
    });
    var status = found.length === 0 ? say('none', undefined, query.trim())
      : say(found.length > MAX_SHOWN ? 'found-newest' : 'found', found.length, query.trim());
    results.appendChild(element('p', status, { role: 'status', 'class': 'search-status' }));
    if (found.length === 0) return;
    var list = results.appendChild(element('ul'));
    found.slice(0, MAX_SHOWN).forEach(function (entry) {
      var item = list.appendChild(element('li'));
      item.appendChild(element('a', entry.title, { href: entry.url }));
      item.appendChild(document.createTextNode(' '));
      var meta = item.appendChild(element('span', entry.provider + ' · ', { 'class': 'meta' }));
      meta.appendChild(element('time', entry.dateReadable, { datetime: entry.date }));
    });
  }

  function search() {
    load().then(function (entries) { show(entries, input.value); }, function () {
      results.hidden = false;
      results.textContent = '';
      results.appendChild(element('p', say('unavailable'), { role: 'status', 'class': 'search-status' }));
    });
  }

  form.hidden = false;
  input.addEventListener('input', search);
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { input.value = ''; search(); }
  });
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) { input.value = query; search(); }
})();
