(function () {
  'use strict';
  // The findings table, drawn a page at a time from the JSON the page carries: a DOM of 10^5
  // rows would take a browser tens of seconds to lay out, one page of them takes milliseconds.
  // Text from the data only ever reaches the page as textContent, never as markup.
  var root = document.documentElement;
  var table = document.getElementById('findings');
  if (!table) {
    root.setAttribute('data-ready', 'true');
    return;
  }
  var dict = JSON.parse(document.getElementById('findings-dict').textContent);
  var data = JSON.parse(document.getElementById('findings-data').textContent);
  // the columns of one finding in the data (see FindingsData)
  var SEV = 0, RULE = 1, AGENCY = 2, RECORD = 3, FILE = 4, SHEET = 5, ROW = 6, MESSAGE = 7, NOTE = 8,
    STATUS = 9, DETAIL = 10;
  var PRINT_AT_LOAD = 2000;

  var body = table.tBodies[0];
  var printTable = document.getElementById('print-findings');
  var printBody = printTable.tBodies[0];
  var printNote = document.getElementById('print-note');
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var controls = {
    q: document.getElementById('q'),
    agency: document.getElementById('agency'),
    severity: document.getElementById('severity'),
    rule: document.getElementById('rule'),
    status: document.getElementById('status')
  };
  var size = document.getElementById('page-size');
  var shown = document.getElementById('shown');
  var pageText = document.getElementById('page');
  var buttons = {
    first: document.getElementById('first'), prev: document.getElementById('prev'),
    next: document.getElementById('next'), last: document.getElementById('last')
  };
  var collator = window.Intl ? new Intl.Collator(root.lang || undefined, { numeric: true }) : null;
  var state = { order: '', dir: 'asc', page: 1 };
  var view = [];        // indices into data: the filtered findings in the chosen order
  var printed = false;  // whether the print table holds the whole view
  var texts = null;     // lower-cased text of each finding, made at the first search

  function index(list, value) {
    for (var i = 0; i < list.length; i++) {
      if ((typeof list[i] === 'string' ? list[i] : list[i][0]) === value) { return i; }
    }
    return -1;
  }

  function searchText(i) {
    if (!texts) {
      texts = data.map(function (f) {
        return [dict.severities[f[SEV]][1], dict.rules[f[RULE]][0], dict.rules[f[RULE]][1], dict.agencies[f[AGENCY]],
          f[RECORD], dict.files[f[FILE]], dict.sheets[f[SHEET]], f[ROW], f[MESSAGE], f[NOTE],
          dict.statuses[f[STATUS]][1], f[DETAIL]].join('\u0001').toLowerCase();
      });
    }
    return texts[i];
  }

  // ---- the view: filter, then order

  function filtered() {
    var needle = controls.q.value.trim().toLowerCase();
    var agency = index(dict.agencies, controls.agency.value);
    var severity = index(dict.severities, controls.severity.value);
    var rule = index(dict.rules, controls.rule.value);
    var status = index(dict.statuses, controls.status.value);
    var out = [];
    for (var i = 0; i < data.length; i++) {
      var f = data[i];
      if ((!controls.agency.value || f[AGENCY] === agency)
        && (!controls.severity.value || f[SEV] === severity)
        && (!controls.rule.value || f[RULE] === rule)
        && (!controls.status.value || f[STATUS] === status)
        && (!needle || searchText(i).indexOf(needle) >= 0)) {
        out.push(i);
      }
    }
    return out;
  }

  var keys = {
    severity: function (f) { return f[SEV]; },
    agency: function (f) { return dict.agencies[f[AGENCY]]; },
    title: function (f) { return dict.rules[f[RULE]][1]; },
    rule: function (f) { return dict.rules[f[RULE]][0]; },
    record: function (f) { return f[RECORD]; },
    message: function (f) { return f[MESSAGE]; },
    status: function (f) { return f[STATUS]; },
    file: function (f) { return dict.files[f[FILE]]; },
    sheet: function (f) { return dict.sheets[f[SHEET]]; },
    row: function (f) { return f[ROW] === null ? -1 : f[ROW]; }
  };

  function ordered(indices) {
    var key = keys[state.order];
    headers.forEach(function (th) {
      var match = th.getAttribute('data-key') === state.order;
      th.setAttribute('aria-sort', match ? (state.dir === 'desc' ? 'descending' : 'ascending') : 'none');
    });
    if (!key) { return indices; }
    var sign = state.dir === 'desc' ? -1 : 1;
    return indices.sort(function (a, b) {
      var x = key(data[a]);
      var y = key(data[b]);
      var c = typeof x === 'number' ? x - y : (collator ? collator.compare(x, y) : (x < y ? -1 : x > y ? 1 : 0));
      return c !== 0 ? sign * c : a - b;   // ties keep report order
    });
  }

  // ---- drawing rows

  function cell(tr, text, className) {
    var td = document.createElement('td');
    if (className) { td.className = className; }
    td.textContent = text;
    tr.appendChild(td);
    return td;
  }

  function small(td, text, className) {
    if (!text) { return; }
    var div = document.createElement('div');
    div.className = className;
    div.textContent = text;
    td.appendChild(div);
  }

  function row(i, forPrint) {
    var f = data[i];
    var severity = dict.severities[f[SEV]];
    var rule = dict.rules[f[RULE]];
    var status = dict.statuses[f[STATUS]];
    var tr = document.createElement('tr');
    tr.className = 'finding sev-' + severity[0] + ' ' + status[0];
    tr.setAttribute('data-i', String(i));
    tr.setAttribute('data-severity', severity[0]);
    tr.setAttribute('data-rule', rule[0]);
    tr.setAttribute('data-status', status[0]);
    var badge = document.createElement('span');
    badge.className = 'badge ' + severity[0];
    badge.textContent = severity[1];
    cell(tr, '').appendChild(badge);
    cell(tr, dict.agencies[f[AGENCY]], 'agency');
    cell(tr, rule[1]);
    cell(tr, rule[0], 'id rule');
    cell(tr, f[RECORD], 'id');
    var message = forPrint ? null : cell(tr, f[MESSAGE], 'message');
    small(cell(tr, status[1], 'status'), f[DETAIL], 'detail');
    if (!forPrint) {
      small(message, f[NOTE], 'note');
      cell(tr, dict.files[f[FILE]], 'id path');
      cell(tr, dict.sheets[f[SHEET]], 'sheet');
    }
    cell(tr, f[ROW] === null ? '' : String(f[ROW]), 'num');
    if (!forPrint) { return tr; }
    // printed, the message has a line of its own across the page, so that it wraps at the
    // page's width and reads in one piece
    var rows = document.createDocumentFragment();
    var line = document.createElement('tr');
    line.className = 'message-line sev-' + severity[0];
    var text = cell(line, f[MESSAGE], 'message');
    text.colSpan = tr.cells.length;
    small(text, f[NOTE], 'note');
    rows.appendChild(tr);
    rows.appendChild(line);
    return rows;
  }

  function fill(tbody, indices, from, to, forPrint) {
    var rows = document.createDocumentFragment();
    for (var k = from; k < to; k++) { rows.appendChild(row(indices[k], forPrint)); }
    tbody.textContent = '';
    tbody.appendChild(rows);
  }

  function pageSize() {
    return parseInt(size.value, 10) || 100;
  }

  function pages() {
    return Math.max(1, Math.ceil(view.length / pageSize()));
  }

  function drawPage() {
    var n = pages();
    state.page = Math.min(Math.max(1, state.page), n);
    var from = (state.page - 1) * pageSize();
    fill(body, view, from, Math.min(view.length, from + pageSize()), false);
    pageText.textContent = pageText.getAttribute('data-template')
      .replace('{0}', String(state.page)).replace('{1}', String(n));
    pageText.setAttribute('data-page', String(state.page));
    pageText.setAttribute('data-pages', String(n));
    buttons.first.disabled = buttons.prev.disabled = state.page <= 1;
    buttons.next.disabled = buttons.last.disabled = state.page >= n;
  }

  // The printout holds every finding of the view: drawn now when there are few, otherwise just
  // before printing (browsers announce it with beforeprint); until then a print-only note says
  // how many findings the printout would leave out.
  function drawPrint(always) {
    printed = always || view.length <= PRINT_AT_LOAD;
    fill(printBody, view, 0, printed ? view.length : 0, true);
    printNote.hidden = printed;
    printNote.textContent = printed ? '' : printNote.getAttribute('data-template')
      .replace('{0}', String(view.length));
  }

  function update(keepPage) {
    view = ordered(filtered());
    if (!keepPage) { state.page = 1; }
    shown.setAttribute('data-shown', String(view.length));
    shown.textContent = shown.getAttribute('data-template')
      .replace('{0}', String(view.length)).replace('{1}', String(data.length));
    drawPage();
    drawPrint(false);
  }

  // ---- the address's fragment: the view can be bookmarked or handed to a headless browser

  function writeFragment() {
    var parts = [];
    Object.keys(controls).forEach(function (name) {
      var value = controls[name].value.trim();
      if (value) { parts.push(name + '=' + encodeURIComponent(value)); }
    });
    if (state.order) { parts.push('sort=' + state.order, 'dir=' + state.dir); }
    if (size.value !== size.getAttribute('data-default')) { parts.push('size=' + size.value); }
    if (state.page > 1) { parts.push('page=' + state.page); }
    try {
      history.replaceState(null, '', parts.length ? '#' + parts.join('&') : location.pathname + location.search);
    } catch (ignored) {
      // some browsers refuse to change the address of a local file; the view still works
    }
  }

  function hasOption(select, value) {
    return Array.prototype.some.call(select.options, function (o) { return o.value === value; });
  }

  function readFragment() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    Object.keys(controls).forEach(function (name) {
      var control = controls[name];
      var value = params.get(name) || '';
      control.value = control.tagName === 'SELECT' && !hasOption(control, value) ? '' : value;
    });
    var s = params.get('size') || size.getAttribute('data-default');
    size.value = hasOption(size, s) ? s : size.getAttribute('data-default');
    state.order = keys[params.get('sort')] ? params.get('sort') : '';
    state.dir = params.get('dir') === 'desc' ? 'desc' : 'asc';
    state.page = parseInt(params.get('page'), 10) || 1;
    update(true);
  }

  headers.forEach(function (th) {
    if (!th.hasAttribute('data-key')) { return; }
    th.querySelector('button').addEventListener('click', function () {
      var key = th.getAttribute('data-key');
      state.dir = state.order === key && state.dir === 'asc' ? 'desc' : 'asc';
      state.order = key;
      update(false);
      writeFragment();
    });
  });
  Object.keys(controls).forEach(function (name) {
    var control = controls[name];
    control.addEventListener(control.tagName === 'SELECT' ? 'change' : 'input', function () {
      update(false);
      writeFragment();
    });
  });
  size.addEventListener('change', function () {
    state.page = 1;
    drawPage();
    writeFragment();
  });
  function go(page) {
    return function () {
      state.page = page();
      drawPage();
      writeFragment();
      table.scrollIntoView({ block: 'start' });
    };
  }
  buttons.first.addEventListener('click', go(function () { return 1; }));
  buttons.prev.addEventListener('click', go(function () { return state.page - 1; }));
  buttons.next.addEventListener('click', go(function () { return state.page + 1; }));
  buttons.last.addEventListener('click', go(pages));
  window.addEventListener('beforeprint', function () {
    if (!printed) { drawPrint(true); }
  });
  window.addEventListener('afterprint', function () { drawPrint(false); });
  window.addEventListener('hashchange', readFragment);
  readFragment();
  // how long the page took to open, from the start of navigation to the first page drawn
  root.setAttribute('data-ready-ms', String(Math.round(window.performance ? performance.now() : 0)));
  root.setAttribute('data-ready', 'true');
}());
