/*
 * The warning before the session times out, so that nothing typed is lost without a word. The
 * server forgets a session after its last request plus data-timeout seconds (web.xml: 30 minutes);
 * data-warn-before seconds earlier the dialog opens with the focus on "Stay logged in", and a
 * countdown. Staying (the button, or closing the dialog with Esc) sends grantsKeepAlive(), a
 * p:remoteCommand; every answer of the server starts the count again. At zero the dialog says that
 * the session has ended and offers to log in again.
 */
(function () {
  "use strict";

  var root = document.querySelector("[data-session-timeout]");
  if (!root || !window.PF) {
    return;
  }
  var timeout = Number(root.getAttribute("data-session-timeout")) * 1000;
  var warnBefore = Number(root.getAttribute("data-warn-before")) * 1000;
  var countdown = root.querySelector(".session-countdown");
  var deadline = 0;
  var warnTimer = null;
  var tickTimer = null;
  var expired = false;

  function dialog() {
    return PF("sessionDialog");
  }

  function show(part) {
    root.querySelectorAll("[data-session-part]").forEach(function (element) {
      element.hidden = element.getAttribute("data-session-part") !== part;
    });
  }

  function remaining() {
    var seconds = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    return Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
  }

  function tick() {
    countdown.textContent = remaining();
    if (Date.now() >= deadline) {
      clearInterval(tickTimer);
      expired = true;
      show("expired");
      var login = root.querySelector("[data-session-part=expired] a");
      if (login) {
        login.focus();
      }
    }
  }

  function warn() {
    show("warning");
    countdown.textContent = remaining();
    dialog().show();
    tickTimer = setInterval(tick, 1000);
  }

  function restart() {
    if (expired || !dialog()) {
      return;
    }
    deadline = Date.now() + timeout;
    clearTimeout(warnTimer);
    clearInterval(tickTimer);
    warnTimer = setTimeout(warn, Math.max(0, timeout - warnBefore));
    if (dialog().isVisible()) {
      dialog().hide();
    }
  }

  window.grantsSession = {
    /** The dialog was closed (Esc, its close button or "Stay logged in"): stay, unless too late. */
    closed: function () {
      if (!expired && window.grantsKeepAlive) {
        window.grantsKeepAlive();
      }
    }
  };

  $(function () {
    root.querySelectorAll("[data-session-stay]").forEach(function (button) {
      button.addEventListener("click", function () {
        dialog().hide();
      });
    });
    $(document).on("pfAjaxComplete", restart);
    restart();
  });
})();
