// 网格通: installs the service worker (offline page, pages opened before stay readable) and shows when the phone is offline.
(function () {
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/m/sw.js', { scope: '/m/' }).catch(function () { /* the app works without it */ });
  }
  function show() {
    var badge = document.querySelector('[data-testid="network-state"]');
    if (badge) badge.hidden = navigator.onLine;
  }
  window.addEventListener('online', show);
  window.addEventListener('offline', show);
  show();
})();
