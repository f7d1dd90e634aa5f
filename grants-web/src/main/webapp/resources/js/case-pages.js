/* The case pages keep their own address (with ?id=) after a form was sent to them, so that
   reloading, bookmarking and a refused upload's way back all reach the same record. */
(function () {
  var marker = document.querySelector('[data-canonical]');
  if (marker && window.history && window.history.replaceState) {
    var canonical = marker.getAttribute('data-canonical');
    if (canonical && window.location.pathname + window.location.search !== canonical) {
      window.history.replaceState(window.history.state, '', canonical);
    }
  }
})();
