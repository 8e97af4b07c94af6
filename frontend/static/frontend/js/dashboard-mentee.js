// A fledgling mutual's dashboard: introductions to confirm, requests with their timeline,
// and current mentorships, all read from the API on load (four calls).

import { announce, api, apiAll, vocabulary } from "./api.js";
import { actionStatus, add, byId, el, explanationBars, fill, formatDate, labelFor, mentorshipList, reasonForm } from "./ui.js";

let taxonomy = { topics: [] };

const STEPS = [
  ["scoring", "Finding mentors"],
  ["coordinators", "With the programme team"],
  ["accepted", "A mentor accepted: confirm?"],
  ["matched", "Mentorship started"],
];

// Which step a request has reached, from its own status, its scoring run and its proposals.
function currentStep(request, proposals) {
  if (["matched", "closed"].includes(request.status)) return "matched";
  if (proposals.some((p) => p.status === "accepted")) return "accepted";
  // Filing a request queues its scoring run at once, so only a queued, running or failed run
  // means scoring is not done; a request scored in a round has no run of its own (null).
  if (["queued", "running", "failed"].includes(request.scoring)) return "scoring";
  return "coordinators";
}

function timeline(request, proposals) {
  if (request.status === "withdrawn") return el("p", { class: "muted" }, "You withdrew this request.");
  const current = currentStep(request, proposals);
  const index = STEPS.findIndex(([key]) => key === current);
  const finished = request.status === "closed";
  return el(
    "ol",
    { class: "timeline", "aria-label": "Progress of this request" },
    STEPS.map(([key, label], i) => {
      const done = i < index || finished || (key === "matched" && current === "matched");
      const here = i === index && !done;
      return el(
        "li",
        { class: done ? "done" : "", "aria-current": here ? "step" : undefined },
        label,
        el("span", { class: "visually-hidden" }, done ? " (done)" : here ? " (current step)" : " (not yet)"),
      );
    }),
  );
}

function scoringNote(request, proposals) {
  if (currentStep(request, proposals) !== "scoring") return null;
  if (request.scoring === "failed") return el("p", { class: "action-status--error" }, "Finding mentors did not work this time; the programme team will try again.");
  if (request.scoring !== "succeeded") return el("p", { class: "muted" }, "We are looking for mentors who fit this request. This usually takes a minute.");
  return null;
}

// After a mentorship ends early its request is open again: say what happens next, and that
// withdrawing it is the way to stop.
function reopenedNote(request, mentorships) {
  const ended = mentorships.find((m) => m.status === "ended");
  if (request.status !== "open" || !ended) return null;
  return el(
    "p",
    { class: "notice" },
    `Your mentorship with ${ended.mentor_contact?.full_name || "your mentor"} ended early, so this request is open again. `,
    "The programme team will look for another mentor and we will e-mail you when one accepts. If you no longer need a mentor, withdraw the request below.",
  );
}

// A matched request leads to the mentorship it became (the newest, if it was matched twice).
function mentorshipLink(request, mentorships) {
  if (!["matched", "closed"].includes(request.status)) return null;
  const mentorship = mentorships.filter((m) => m.status !== "ended").sort((a, b) => a.id - b.id).at(-1);
  if (!mentorship) return null;
  const name = mentorship.mentor_contact?.full_name || "your mentor";
  return el("p", {}, el("a", { href: `/mentorships/${mentorship.id}/` }, `Your mentorship with ${name}`));
}

function requestCard(request, proposals, mentorships = []) {
  const card = el(
    "article",
    { class: "card", "aria-labelledby": `request-${request.id}-title` },
    el("h3", { id: `request-${request.id}-title` }, `Request filed ${formatDate(request.created_at)}`),
    el("p", {}, request.summary),
    el("p", { class: "muted" }, "Topics: ", request.needs.map((slug) => labelFor(taxonomy.topics, slug)).join(", ")),
    reopenedNote(request, mentorships),
    timeline(request, proposals),
    scoringNote(request, proposals),
    mentorshipLink(request, mentorships),
  );
  if (request.status === "open") {
    add(card, 
      reasonForm({
        summary: "Withdraw this request",
        label: "Why are you withdrawing it? (optional)",
        button: "Withdraw request",
        optional: true,
        id: `withdraw-${request.id}`,
        onSubmit: async (reason, button) => {
          await api(`requests/${request.id}/withdraw/`, { method: "POST", body: { reason }, busy: button });
          return "Request withdrawn.";
        },
        after: refresh,
        // The redraw replaces the card and its form: say it above the list, with focus.
        status: () => byId("requests-status"),
      }),
    );
  }
  return card;
}

function introductionCard(proposal) {
  const mentor = proposal.mentor_detail || {};
  const actions = el("div", { class: "actions" });
  const confirm = el("button", { type: "button", class: "button button--primary" }, `Confirm ${mentor.full_name} as your mentor`);
  confirm.addEventListener("click", async () => {
    try {
      const mentorship = await api(`proposals/${proposal.id}/confirm/`, { method: "POST", busy: confirm });
      announce(`Confirmed. Your mentorship with ${mentor.full_name} has started.`);
      window.location.assign(`/mentorships/${mentorship.id}/`);
    } catch (error) {
      actionStatus(actions, error.message);
    }
  });
  add(actions, confirm);
  return el(
    "article",
    { class: "card card--recommended", "aria-labelledby": `intro-${proposal.id}-title` },
    el("h3", { id: `intro-${proposal.id}-title` }, `${mentor.full_name} has offered to mentor you`),
    el("p", { class: "muted" }, mentor.organisation_name || ""),
    el("p", {}, mentor.bio || ""),
    el("p", { class: "muted" }, "Can advise on: ", (mentor.expertise || []).map((slug) => labelFor(taxonomy.topics, slug)).join(", ")),
    el("p", { class: "muted" }, "For your request: ", proposal.request_detail?.summary || ""),
    el("details", {}, el("summary", {}, "Why this match"), explanationBars(proposal.explanation)),
    actions,
    reasonForm({
      summary: "Decline this introduction",
      label: "Why is this mentor not right for you?",
      button: "Decline",
      id: `decline-${proposal.id}`,
      onSubmit: async (reason, button) => {
        await api(`proposals/${proposal.id}/decline/`, { method: "POST", body: { reason }, busy: button });
        return "Introduction declined. The programme team will look for someone else.";
      },
      after: refresh,
      // The card leaves the list when it redraws: the message goes above the list, with focus.
      status: () => byId("intro-status"),
    }),
  );
}

async function refresh() {
  const [requests, proposals, mentorships] = await Promise.all([
    apiAll("requests/"),
    apiAll("proposals/"),
    apiAll("mentorships/"),
  ]);
  const introductions = proposals.filter((p) => p.status === "accepted");
  const introBox = byId("introductions");
  fill(introBox, 
    ...(introductions.length
      ? introductions.map(introductionCard)
      : [el("p", { class: "muted" }, "No introductions yet. When a mentor accepts one of your requests, you can confirm them here.")]),
  );
  const requestBox = byId("requests");
  fill(requestBox, 
    ...(requests.length
      ? [el("div", { class: "grid" }, requests.map((r) => requestCard(r, proposals.filter((p) => p.request === r.id), mentorships.filter((m) => m.request === r.id))))]
      : [el("p", {}, "You have no requests yet. ", el("a", { href: "/onboarding/#req-title" }, "File your first request"), ".")]),
  );
  fill(byId("mentorships"), mentorshipList(mentorships, (m) => `with ${m.mentor_contact?.full_name || "your mentor"}`, { me: byId("app").dataset.userId, taxonomy }));
  for (const box of [introBox, requestBox, byId("mentorships")]) box.removeAttribute("aria-busy");
}

async function start() {
  taxonomy = await vocabulary();
  await refresh();
  if (new URLSearchParams(window.location.search).has("filed")) announce("Your request has been sent. We are scoring mentors for it now.");
}

start().catch((error) => actionStatus(byId("app"), `This page could not load: ${error.message}`));
