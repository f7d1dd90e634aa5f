/*
 * The warning before the session times out (issue 7 item 12), so that nothing typed is lost
 * without a word. The server forgets a session data-session-timeout seconds after its last request
 * (web.xml: 30 minutes); data-warn-before seconds earlier a modal dialog opens with the focus on
 * "Stay logged in" and a countdown. Staying (the button, or Esc) asks /app/keep-alive, which touches
 * the session and nothing else; the page and what was typed stay as they are. Every answer of the
 * server to the page (an AJAX update) starts the count again too. At zero, or when the keep-alive
 * finds the session gone, the dialog says that the session has ended and offers to log in again; it
 * can then be closed to copy what was typed. A native <dialog>: no inline script, so it runs under
 * the strict Content-Security-Policy.
 */
(function () {
  "use strict";

  var dialog = document.getElementById("sessionDialog");
  if (!dialog || typeof dialog.showModal !== "function") {
    return;
  }
  var timeout = Number(dialog.getAttribute("data-session-timeout")) * 1000;
  var warnBefore = Number(dialog.getAttribute("data-warn-before")) * 1000;
  var keepAliveUrl = dialog.getAttribute("data-keep-alive");
  var countdown = dialog.querySelector(".session-countdown");
  var stay = dialog.querySelector("[data-session-stay]");
  var deadline = 0;
  var warnTimer = null;
  var tickTimer = null;
  var expired = false;

  function show(part) {
    dialog.querySelectorAll("[data-session-part]").forEach(function (element) {
      element.hidden = element.getAttribute("data-session-part") !== part;
    });
  }

  function remaining() {
    var seconds = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    return Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
  }

  function open() {
    if (!dialog.open) {
      dialog.showModal();
    }
  }

  function expire() {
    expired = true;
    clearTimeout(warnTimer);
    clearInterval(tickTimer);
    show("expired");
    open();
    var login = dialog.querySelector("[data-session-part=expired] a");
    if (login) {
      login.focus();
    }
  }

  function tick() {
    countdown.textContent = remaining();
    if (Date.now() >= deadline) {
      expire();
    }
  }

  function warn() {
    show("warning");
    countdown.textContent = remaining();
    open();
    stay.focus();
    clearInterval(tickTimer);
    tickTimer = setInterval(tick, 1000);
  }

  function restart() {
    if (expired) {
      return;
    }
    deadline = Date.now() + timeout;
    clearTimeout(warnTimer);
    clearInterval(tickTimer);
    warnTimer = setTimeout(warn, Math.max(0, timeout - warnBefore));
    if (dialog.open) {
      dialog.close();
    }
  }

  function keepAlive() {
    if (expired) {
      return;
    }
    fetch(keepAliveUrl, { credentials: "same-origin", cache: "no-store", redirect: "manual" })
      .then(function (response) {
        if (response.status === 204) {
          restart();
        } else {
          expire();
        }
      })
      .catch(function () {
        // no answer (network): the count goes on, and the dialog stays open to try again
      });
  }

  stay.addEventListener("click", keepAlive);
  dialog.addEventListener("cancel", function (event) {
    if (!expired) {
      event.preventDefault();
      keepAlive();
    }
  });
  if (window.jQuery) {
    jQuery(document).on("pfAjaxComplete", restart);
  }
  restart();
})();
