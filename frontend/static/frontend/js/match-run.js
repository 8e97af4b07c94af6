// The "Run matching" panel: starts a round, polls match-runs/{id}/ for a live progress bar,
// then shows the counts. Status changes are announced; single percentages are not, to keep quiet.

import { announce, api, vocabulary } from "./api.js";
import { actionStatus, byId, el, fill, focusOn, labelFor } from "./ui.js";

const POLL_MS = 700;
// What a run is doing while it is not finished; the status's own label comes from the taxonomy.
const DOING = { queued: "waiting for a worker", running: "scoring and assigning" };

// The run's counts in words. Internal measures (total score, the load Gini) become a plain
// sentence or stay out; keys this page does not know are not shown raw.
const COUNT_WORDS = [
  ["requests", "Requests scored"],
  ["mentors", "Mentors with a free place"],
  ["matched", "Requests with a recommended mentor"],
  ["unmatched", "Requests with no mentor free this time"],
  ["proposals", "Suggested introductions written"],
  ["new", "Of which new since the last round"],
];

function spread(gini) {
  if (typeof gini !== "number") return null;
  if (gini < 0.2) return "Introductions are spread evenly across mentors.";
  if (gini < 0.4) return "Introductions are spread fairly evenly across mentors.";
  return "A few mentors carry most introductions; consider asking more mentors to take part.";
}

function countsList(counts) {
  const known = COUNT_WORDS.filter(([key]) => typeof counts?.[key] === "number");
  if (!known.length) return el("p", {}, "The round finished with nothing to report.");
  const seconds = Number(counts.finish_seconds);
  return [
    el("dl", { class: "counts" }, known.flatMap(([key, words]) => [el("dt", {}, words), el("dd", {}, String(counts[key]))])),
    spread(counts.mentor_load_gini) ? el("p", {}, spread(counts.mentor_load_gini)) : null,
    Number.isFinite(seconds) ? el("p", { class: "muted" }, seconds < 1 ? "It took under a second." : `It took about ${Math.round(seconds)} seconds.`) : null,
  ];
}

export function setUpMatchRun({ onDone } = {}) {
  const button = byId("run-button");
  if (!button) return;
  const progressBox = byId("run-progress");
  const bar = byId("run-bar");
  const state = byId("run-state");
  const result = byId("run-result");

  // The labels are fetched when a round starts (the page's other calls may share the fetch), so
  // the panel costs nothing on load; without them the raw status still reads.
  let statuses = [];
  const show = (run) => {
    const progress = run.progress ?? 0;
    bar.value = progress;
    bar.textContent = `${progress}%`;
    const label = labelFor(statuses, run.status);
    state.textContent = `${DOING[run.status] ? `${label}: ${DOING[run.status]}` : label}, ${progress}% done.`;
  };

  button.addEventListener("click", async () => {
    fill(result);
    let run;
    try {
      const labels = vocabulary().then((taxonomy) => taxonomy.match_run_statuses, () => []);
      run = await api("match-runs/", { method: "POST", body: { kind: "round" }, busy: button });
      statuses = await labels;
    } catch (error) {
      actionStatus(button.parentElement, error.message, "error", { focus: true });
      return;
    }
    button.disabled = true;
    progressBox.hidden = false;
    progressBox.setAttribute("aria-busy", "true");
    show({ status: run.status, progress: 0 });
    announce("Matching round started.");
    // The button is disabled while the round runs, which would drop focus to <body>: keep it on
    // the run's state line, and move it to the result when the round ends, unless the person
    // has gone elsewhere meanwhile.
    focusOn(state);
    const stillHere = () => [state, button, document.body, null].includes(document.activeElement);
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
    const here = stillHere();
    if (run.status === "succeeded") {
      const heading = el("h3", { tabindex: "-1" }, "Round finished");
      fill(result, heading, countsList(run.counts));
      announce("Matching round finished. The queue has been updated.");
      if (here) heading.focus();
      if (onDone) await onDone(run);
    } else {
      const failed = el("p", { class: "action-status action-status--error", role: "alert", tabindex: "-1" }, `The round failed: ${run.error || "no reason was given"}`);
      fill(result, failed);
      if (here) failed.focus();
    }
  });
}
