// Drives the reconnect dialog from blazor.web.js's components-reconnect-state-changed events (.NET 10), and pauses
// the circuit of a tab hidden for a long time, so an idle tab holds no server memory until it is looked at again.
const dialog = document.getElementById("components-reconnect-modal");
const HiddenBeforePause = 5 * 60 * 1000;

function show(state) {
  dialog.dataset.state = state;
  if (!dialog.open) dialog.showModal();
}

async function retry() {
  show("retrying");
  // Reconnect to the same circuit; if the server lost it, resume from the state the browser kept; else reload.
  if (await Blazor.reconnect()) return;
  if (!(await Blazor.resumeCircuit())) location.reload();
}

async function resume() {
  if (!(await Blazor.resumeCircuit())) show("resume-failed");
}

dialog.addEventListener("components-reconnect-state-changed", e => {
  switch (e.detail.state) {
    case "show":
    case "retrying":
      show("retrying");
      break;
    case "hide":
      dialog.close();
      break;
    case "failed":
      show("failed");
      document.addEventListener("visibilitychange", () => { if (!document.hidden) retry(); }, { once: true });
      break;
    case "paused":
      show("paused");
      break;
    case "resume-failed":
      show("resume-failed");
      break;
    case "rejected":
      // The server was restarted or dropped this tab's circuit: a fresh page is the way back.
      location.reload();
      break;
  }
});

document.getElementById("components-reconnect-button").addEventListener("click", retry);
document.getElementById("components-resume-button").addEventListener("click", resume);
document.getElementById("components-reload-button").addEventListener("click", () => location.reload());

let hiddenTimer;
document.addEventListener("visibilitychange", () => {
  clearTimeout(hiddenTimer);
  if (document.hidden) {
    hiddenTimer = setTimeout(() => Blazor.pauseCircuit?.(), HiddenBeforePause);
  } else if (dialog.dataset.state === "paused") {
    resume();
  }
});
