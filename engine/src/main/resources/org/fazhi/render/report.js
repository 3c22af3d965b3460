(function () {
  'use strict';
  var root = document.documentElement;
  var table = document.getElementById('findings');
  if (!table) {
    root.setAttribute('data-ready', 'true');
    return;
  }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });
  rows.forEach(function (row, i) { row._text = texts[i]; });
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var q = document.getElementById('q');
  var severity = document.getElementById('severity');
  var rule = document.getElementById('rule');
  var shown = document.getElementById('shown');
  var collator = window.Intl ? new Intl.Collator(root.lang || undefined, { numeric: true }) : null;
  var order = { key: '', dir: 'asc' };

  function hasOption(select, value) {
    return Array.prototype.some.call(select.options, function (o) { return o.value === value; });
  }

  function filter() {
    var needle = q.value.trim().toLowerCase();
    var n = 0;
    rows.forEach(function (row) {
      var ok = (!needle || row._text.indexOf(needle) >= 0)
        && (!severity.value || row.getAttribute('data-severity') === severity.value)
        && (!rule.value || row.getAttribute('data-rule') === rule.value);
      row.hidden = !ok;
      if (ok) { n++; }
    });
    shown.setAttribute('data-shown', String(n));
    shown.textContent = shown.getAttribute('data-template')
      .replace('{0}', String(n)).replace('{1}', String(rows.length));
  }

  function value(row, column, numeric) {
    var cell = row.cells[column];
    var v = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
    return numeric ? (parseFloat(v) || 0) : v;
  }

  function sort(key, dir) {
    var header = null;
    headers.forEach(function (th) {
      var match = th.getAttribute('data-key') === key;
      th.setAttribute('aria-sort', match ? (dir === 'desc' ? 'descending' : 'ascending') : 'none');
      if (match) { header = th; }
    });
    if (!header) {
      order.key = '';
      rows.slice().sort(function (a, b) { return a.getAttribute('data-i') - b.getAttribute('data-i'); })
        .forEach(function (row) { body.appendChild(row); });
      return;
    }
    order.key = key;
    order.dir = dir === 'desc' ? 'desc' : 'asc';
    var column = header.cellIndex;
    var numeric = header.getAttribute('data-type') === 'num';
    var sorted = rows.slice().sort(function (a, b) {
      var x = value(a, column, numeric);
      var y = value(b, column, numeric);
      var c = numeric ? x - y : (collator ? collator.compare(x, y) : (x < y ? -1 : x > y ? 1 : 0));
      if (c !== 0) { return order.dir === 'desc' ? -c : c; }
      return a.getAttribute('data-i') - b.getAttribute('data-i');
    });
    sorted.forEach(function (row) { body.appendChild(row); });
  }

  function writeFragment() {
    var parts = [];
    if (q.value.trim()) { parts.push('q=' + encodeURIComponent(q.value.trim())); }
    if (severity.value) { parts.push('severity=' + encodeURIComponent(severity.value)); }
    if (rule.value) { parts.push('rule=' + encodeURIComponent(rule.value)); }
    if (order.key) { parts.push('sort=' + order.key, 'dir=' + order.dir); }
    try {
      history.replaceState(null, '', parts.length ? '#' + parts.join('&') : location.pathname + location.search);
    } catch (ignored) {
      // some browsers refuse to change the address of a local file; the view still works
    }
  }

  function readFragment() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    q.value = params.get('q') || '';
    var s = params.get('severity') || '';
    severity.value = hasOption(severity, s) ? s : '';
    var r = params.get('rule') || '';
    rule.value = hasOption(rule, r) ? r : '';
    sort(params.get('sort') || '', params.get('dir') || 'asc');
    filter();
  }

  headers.forEach(function (th) {
    if (!th.hasAttribute('data-key')) { return; }
    th.addEventListener('click', function () {
      var key = th.getAttribute('data-key');
      sort(key, order.key === key && order.dir === 'asc' ? 'desc' : 'asc');
      writeFragment();
    });
  });
  [q, severity, rule].forEach(function (control) {
    control.addEventListener(control === q ? 'input' : 'change', function () {
      filter();
      writeFragment();
    });
  });
  window.addEventListener('hashchange', readFragment);
  readFragment();
  root.setAttribute('data-ready', 'true');
}());
