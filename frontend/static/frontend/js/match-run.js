// The "Run matching" panel: starts a round, polls match-runs/{id}/ for a live progress bar,
// then shows the counts. Status changes are announced; single percentages are not, to keep quiet.

import { announce, api } from "./api.js";
import { actionStatus, byId, el, fill } from "./ui.js";

const POLL_MS = 700;
const STATES = { queued: "Queued: waiting for a worker…", running: "Scoring and assigning…", succeeded: "Finished.", failed: "Failed." };

function countsList(counts) {
  const entries = Object.entries(counts || {});
  if (!entries.length) return el("p", {}, "The round finished with nothing to report.");
  return el(
    "dl",
    { class: "counts" },
    entries.flatMap(([key, value]) => [el("dt", {}, key.replace(/_/g, " ")), el("dd", {}, typeof value === "object" ? JSON.stringify(value) : String(value))]),
  );
}

export function setUpMatchRun({ onDone } = {}) {
  const button = byId("run-button");
  if (!button) return;
  const progressBox = byId("run-progress");
  const bar = byId("run-bar");
  const state = byId("run-state");
  const result = byId("run-result");

  const show = (run) => {
    bar.value = run.progress ?? 0;
    bar.textContent = `${run.progress ?? 0}%`;
    state.textContent = `${STATES[run.status] || run.status} ${run.progress ?? 0}%`;
  };

  button.addEventListener("click", async () => {
    fill(result);
    let run;
    try {
      run = await api("match-runs/", { method: "POST", body: { kind: "round" }, busy: button });
    } catch (error) {
      actionStatus(button.parentElement, error.message);
      return;
    }
    button.disabled = true;
    progressBox.hidden = false;
    progressBox.setAttribute("aria-busy", "true");
    show({ status: run.status, progress: 0 });
    announce("Matching round started.");
    let last = run.status;
    while (!["succeeded", "failed"].includes(run.status)) {
      await new Promise((resolve) => window.setTimeout(resolve, POLL_MS));
      try {
        run = await api(`match-runs/${run.id}/`);
      } catch (error) {
        // A dropped poll is not a failed run: say so and keep polling.
        state.textContent = `Still waiting (${error.message})`;
        continue;
      }
      show(run);
      if (run.status !== last) {
        last = run.status;
        if (run.status === "running") announce("Matching is running.");
      }
    }
    progressBox.removeAttribute("aria-busy");
    button.disabled = false;
    if (run.status === "succeeded") {
      fill(result, el("h3", {}, "Round finished"), countsList(run.counts));
      announce("Matching round finished. The queue has been updated.");
      if (onDone) await onDone(run);
    } else {
      fill(result, el("p", { class: "action-status action-status--error", role: "alert" }, `The round failed: ${run.error || "no reason was given"}`));
    }
  });
}
