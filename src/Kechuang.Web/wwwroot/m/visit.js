// 记录走访 on the phone. The form is never posted by the browser: on 提交 the visit goes into an outbox on the device
// (IndexedDB, photos included) and is sent from there; without a connection it waits and is sent when the phone is back
// online (or the page is opened again). Each draft carries an id made on the device, and the server records one visit
// per id, so a draft sent twice (the answer was lost) is still one visit. What is being typed is kept as it is typed.
(function () {
  'use strict';
  var form = document.getElementById('visit-form');
  if (!form) return;
  var CURRENT = 'kechuang.visit.current';
  var statusBox = document.getElementById('visit-status');
  var errorBox = document.getElementById('visit-error');
  var needsBox = document.getElementById('needs');
  var template = document.getElementById('need-template');
  var sending = false;

  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, function (c) {
      var r = Math.random() * 16 | 0;
      return (c === 'x' ? r : (r & 0x3 | 0x8)).toString(16);
    });
  }

  // ---- the outbox (IndexedDB: it holds the photos as they are) ----
  function openDb() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open('kechuang-m', 1);
      request.onupgradeneeded = function () { request.result.createObjectStore('outbox', { keyPath: 'draftId' }); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function store(mode, work) {
    return openDb().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction('outbox', mode);
        var result = work(tx.objectStore('outbox'));
        tx.oncomplete = function () { resolve(result && 'result' in result ? result.result : undefined); };
        tx.onerror = function () { reject(tx.error); };
      });
    });
  }

  var outbox = {
    put: function (item) { return store('readwrite', function (s) { return s.put(item); }); },
    remove: function (id) { return store('readwrite', function (s) { return s.delete(id); }); },
    all: function () { return store('readonly', function (s) { return s.getAll(); }); }
  };

  // ---- the draft being typed ----
  function addNeed(values) {
    var row = template.content.firstElementChild.cloneNode(true);
    if (values) {
      row.querySelector('[name=category]').value = values.category;
      row.querySelector('[name=urgency]').value = values.urgency;
      row.querySelector('[name=description]').value = values.description;
      row.querySelector('[name=handler]').value = values.handler || '';
    }
    row.querySelector('[data-remove-need]').addEventListener('click', function () { row.remove(); keep(); });
    needsBox.appendChild(row);
  }

  function read() {
    var needs = Array.prototype.map.call(needsBox.querySelectorAll('.m-need'), function (row) {
      return {
        category: row.querySelector('[name=category]').value,
        urgency: row.querySelector('[name=urgency]').value,
        description: row.querySelector('[name=description]').value,
        handler: row.querySelector('[name=handler]').value
      };
    });
    return {
      draftId: form.dataset.draftId,
      enterpriseId: form.elements.enterpriseId.value,
      enterpriseName: form.elements.enterpriseId.selectedOptions[0] ? form.elements.enterpriseId.selectedOptions[0].text : '',
      visitedOn: form.elements.visitedOn.value,
      kind: form.elements.kind.value,
      peopleMet: form.elements.peopleMet.value,
      notes: form.elements.notes.value,
      needs: needs
    };
  }

  function keep() { localStorage.setItem(CURRENT, JSON.stringify(read())); }

  function restore() {
    var saved = null;
    try { saved = JSON.parse(localStorage.getItem(CURRENT) || 'null'); } catch (e) { saved = null; }
    var chosen = new URLSearchParams(location.search).get('firm');
    if (saved && (!chosen || chosen === saved.enterpriseId)) {
      form.dataset.draftId = saved.draftId;
      form.elements.enterpriseId.value = saved.enterpriseId;
      if (saved.visitedOn) form.elements.visitedOn.value = saved.visitedOn;
      form.elements.kind.value = saved.kind;
      form.elements.peopleMet.value = saved.peopleMet;
      form.elements.notes.value = saved.notes;
      (saved.needs || []).forEach(addNeed);
    } else {
      form.dataset.draftId = newId();
    }
  }

  function clearForm() {
    localStorage.removeItem(CURRENT);
    form.reset();
    needsBox.innerHTML = '';
    form.dataset.draftId = newId();
  }

  // ---- sending ----
  function body(item) {
    var data = new FormData();
    data.append('visit', JSON.stringify({
      draftId: item.draftId,
      enterpriseId: item.enterpriseId,
      visitedOn: item.visitedOn,
      kind: item.kind,
      peopleMet: item.peopleMet,
      notes: item.notes,
      needs: item.needs.map(function (n) {
        var handler = n.handler ? n.handler.split(':') : [];
        return {
          category: n.category, urgency: n.urgency, description: n.description,
          departmentId: handler[0] === 'department' ? handler[1] : null,
          unitId: handler[0] === 'unit' ? handler[1] : null
        };
      })
    }));
    (item.photos || []).forEach(function (p) { data.append('photos', p.blob, p.name); });
    return data;
  }

  function say(text, kind) {
    statusBox.textContent = text;
    statusBox.className = 'm-status ' + (kind || '');
    statusBox.hidden = false;
  }

  function problemText(problem) {
    if (problem && problem.errors) {
      return Object.keys(problem.errors).map(function (k) { return problem.errors[k].join('；'); }).join('；');
    }
    return (problem && (problem.detail || problem.title)) || '提交失败';
  }

  function sendOne(item) {
    return fetch('/api/v1/grid/visits', { method: 'POST', body: body(item), credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (response.ok) {
          return response.json().then(function (result) {
            return outbox.remove(item.draftId).then(function () {
              var routed = (result.needs || []).map(function (n) { return n.category + '类需求已转' + n.handlerName + '（' + n.dueOn + ' 前办结）'; });
              say('已提交：' + item.enterpriseName + ' 的走访' + (routed.length ? '。' + routed.join('；') : ''), 'm-ok');
            });
          });
        }
        if (response.status === 401) {
          say('登录已过期：走访保存在本机，重新登录后自动提交', 'm-wait');
          return;
        }
        if (response.status >= 400 && response.status < 500) {
          // Refused for its content: back into the form to be corrected, under the same draft id.
          return response.json().catch(function () { return null; }).then(function (problem) {
            return outbox.remove(item.draftId).then(function () {
              localStorage.setItem(CURRENT, JSON.stringify(item));
              needsBox.innerHTML = '';
              restore();
              errorBox.textContent = problemText(problem) + ((item.photos || []).length ? '（请重新选择照片）' : '');
              errorBox.hidden = false;
              statusBox.hidden = true;
            });
          });
        }
        say('服务器暂时不可用：走访保存在本机，稍后自动提交', 'm-wait');
      }, function () {
        say('网络不可用：走访已保存在本机，联网后自动提交', 'm-wait');
      });
  }

  function flush() {
    if (sending) return Promise.resolve();
    sending = true;
    return outbox.all()
      .then(function (items) {
        return items.reduce(function (chain, item) { return chain.then(function () { return sendOne(item); }); }, Promise.resolve());
      })
      .then(showOutbox)
      .finally(function () { sending = false; });
  }

  function showOutbox() {
    return outbox.all().then(function (items) {
      var list = document.getElementById('outbox-list');
      list.innerHTML = '';
      items.forEach(function (item) {
        var li = document.createElement('li');
        li.textContent = item.enterpriseName + ' · ' + item.visitedOn + (item.needs.length ? ' · ' + item.needs.length + ' 条需求' : '');
        list.appendChild(li);
      });
      document.getElementById('outbox').hidden = items.length === 0;
    });
  }

  function check(item) {
    if (!item.enterpriseId) return '请选择走访的企业';
    if (!item.visitedOn) return '请填写走访日期';
    if (item.visitedOn > form.elements.visitedOn.max) return '走访日期不能晚于今天';
    for (var i = 0; i < item.needs.length; i++) {
      if (item.needs[i].description.trim().length < 4) return '第 ' + (i + 1) + ' 条需求：请写明需求内容（至少 4 个字）';
    }
    var files = form.elements.photos.files;
    if (files.length > 6) return '每次走访最多上传 6 张照片';
    for (var j = 0; j < files.length; j++) {
      if (!/^image\/(jpeg|png|webp)$/.test(files[j].type)) return '“' + files[j].name + '”不是照片：只接受 JPG、PNG、WebP 图片';
      if (files[j].size > 5 * 1024 * 1024) return '“' + files[j].name + '”超过 5 MB，请压缩后再传';
    }
    return null;
  }

  form.addEventListener('input', keep);
  form.addEventListener('change', keep);
  document.getElementById('add-need').addEventListener('click', function () { addNeed(); keep(); });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var item = read();
    var problem = check(item);
    errorBox.hidden = !problem;
    errorBox.textContent = problem || '';
    if (problem) return;
    item.photos = Array.prototype.map.call(form.elements.photos.files, function (f) { return { name: f.name, blob: f }; });
    outbox.put(item).then(function () {
      clearForm();
      say('正在提交…', 'm-wait');
      return showOutbox().then(flush);
    });
  });
  window.addEventListener('online', flush);
  setInterval(function () { if (navigator.onLine) flush(); }, 20000);

  restore();
  showOutbox().then(function () { if (navigator.onLine) flush(); });
})();
