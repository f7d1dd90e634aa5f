/* Starts the polling of a payment run's progress bar (p:progressBar ajax="true"): PrimeFaces
   polls only once its widget is started, and an inline script would be blocked by the page's
   Content-Security-Policy. The bar stops by itself at 100 % and fires its complete event. */
(function () {
  function start() {
    var bar = window.PrimeFaces && PrimeFaces.widgets ? PrimeFaces.widgets.runProgress : null;
    if (bar && bar.cfg.ajax && !bar.progressPoll) {
      bar.start();
    }
  }
  if (document.readyState === 'complete') {
    start();
  } else {
    window.addEventListener('load', start);
  }
})();
