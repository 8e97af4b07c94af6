// A mentor's dashboard: availability and capacity, introductions to accept or decline with
// *why this match*, and current mentees, read from the API on load (four calls).

import { announce, api, apiAll, vocabulary } from "./api.js";
import { actionStatus, add, barTrack, byId, el, explanationBars, fill, labelFor, mentorshipList, reasonForm } from "./ui.js";

const app = byId("app");
let taxonomy = { topics: [], stages: [], regions: [] };


const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

// "1 of 2 places left: 1 current mentorship and 1 accepted introduction waiting for the
// organisation to confirm." Parts that are zero are left out, not read out as "0 …".
function capacitySentence(left, capacity, live, accepted) {
  const parts = [];
  if (live) parts.push(plural(live, "current mentorship", "current mentorships"));
  if (accepted) parts.push(`${plural(accepted, "accepted introduction", "accepted introductions")} waiting for the organisation to confirm`);
  const places = `${left} of ${capacity} ${capacity === 1 ? "place" : "places"} left`;
  return parts.length ? `${places}: ${parts.join(" and ")}.` : `${places}.`;
}

function availability(profile, acceptedCount) {
  const used = profile.active_mentorships + acceptedCount;
  const left = Math.max(profile.capacity - used, 0);
  const toggle = el("input", { type: "checkbox", role: "switch", id: "accepting-switch", checked: profile.accepting });
  const box = el("div", {});
  toggle.addEventListener("change", async () => {
    try {
      const saved = await api(`mentors/${profile.id}/`, { method: "PATCH", body: { accepting: toggle.checked }, busy: toggle });
      toggle.checked = saved.accepting;
      actionStatus(box, saved.accepting ? "You are accepting new mentees." : "Paused: we will not suggest you for new requests.", "ok");
    } catch (error) {
      toggle.checked = !toggle.checked;
      actionStatus(box, error.message);
    }
  });
  const width = profile.capacity ? Math.min(100, Math.round((used / profile.capacity) * 100)) : 100;
  add(box, 
    el("label", { class: "switch", for: "accepting-switch" }, toggle, "Accepting new mentees"),
    el("p", { id: "capacity-text" }, capacitySentence(left, profile.capacity, profile.active_mentorships, acceptedCount)),
    barTrack(width / 100, { full: left === 0 }),
    // The matching round passes over a mentor with no place free, even while accepting: say so,
    // or a full mentor ticked "accepting" waits for introductions that cannot come.
    profile.accepting && left === 0
      ? el("p", { id: "capacity-full", class: "notice" }, "Your places are all taken, so we will not suggest you for new requests until one frees up. To take on another mutual now, raise your capacity.")
      : null,
    el("p", {}, el("a", { href: "/onboarding/" }, "Change your capacity, expertise or bio")),
  );
  return box;
}

function introductionCard(proposal) {
  const request = proposal.request_detail || {};
  const actions = el("div", { class: "actions" });
  const accept = el("button", { type: "button", class: "button button--primary" }, `Accept ${request.organisation_name}`);
  accept.addEventListener("click", async () => {
    try {
      await api(`proposals/${proposal.id}/accept/`, { method: "POST", busy: accept });
      announce(`Accepted. ${request.organisation_name} will now be asked to confirm.`);
      fill(byId("intro-status")); // an earlier decline's thanks is old news now
      await refresh();
      byId("intro-title").focus();
    } catch (error) {
      // The server's words matter here: at capacity it says how to make room.
      actionStatus(actions, error.message);
    }
  });
  add(actions, accept);
  return el(
    "article",
    { class: "card", "aria-labelledby": `intro-${proposal.id}-title` },
    el("h3", { id: `intro-${proposal.id}-title` }, request.organisation_name || "A fledgling mutual"),
    el("p", { class: "muted" }, [labelFor(taxonomy.stages, request.stage), labelFor(taxonomy.regions, request.region)].filter(Boolean).join(" · ")),
    el("p", {}, request.summary),
    request.goals ? el("p", {}, el("strong", {}, "Goals: "), request.goals) : null,
    el("p", { class: "muted" }, "Needs help with: ", (request.needs || []).map((slug) => labelFor(taxonomy.topics, slug)).join(", ")),
    el("p", { class: "muted" }, "Meeting: ", labelFor(taxonomy.preferred_formats, request.preferred_format)),
    el("details", {}, el("summary", {}, "Why this match"), explanationBars(proposal.explanation)),
    actions,
    reasonForm({
      summary: "Decline this introduction",
      label: "Why can you not take this on?",
      button: "Decline",
      id: `decline-${proposal.id}`,
      onSubmit: async (reason, button) => {
        await api(`proposals/${proposal.id}/decline/`, { method: "POST", body: { reason }, busy: button });
        return "Declined. Thank you for letting us know.";
      },
      after: refresh,
      // The card leaves the list when it redraws: the thanks goes above the list, with focus.
      status: () => byId("intro-status"),
    }),
  );
}

async function refresh() {
  const [mentors, proposals, mentorships] = await Promise.all([apiAll("mentors/"), apiAll("proposals/"), apiAll("mentorships/")]);
  const profile = mentors.find((m) => String(m.user) === app.dataset.userId);
  const waiting = proposals.filter((p) => p.status === "approved");
  const accepted = proposals.filter((p) => p.status === "accepted");
  const availabilityBox = byId("availability");
  fill(availabilityBox, 
    profile ? availability(profile, accepted.length) : el("p", {}, el("a", { href: "/onboarding/" }, "Set up your mentor profile"), " to be suggested to fledgling mutuals."),
  );
  const introBox = byId("introductions");
  fill(introBox, 
    ...(waiting.length ? [el("div", { class: "grid" }, waiting.map(introductionCard))] : [el("p", { class: "muted" }, "Nothing is waiting for you. We will e-mail you when a coordinator suggests you.")]),
    ...(accepted.length
      ? [el("h3", {}, "Waiting for the organisation to confirm"), el("ul", {}, accepted.map((p) => el("li", {}, p.request_detail?.organisation_name || "A fledgling mutual")))]
      : []),
  );
  fill(byId("mentorships"), mentorshipList(mentorships, (m) => `with ${m.organisation_name}`, { me: app.dataset.userId, taxonomy }));
  for (const box of [availabilityBox, introBox, byId("mentorships")]) box.removeAttribute("aria-busy");
}

async function start() {
  taxonomy = await vocabulary();
  byId("intro-title").setAttribute("tabindex", "-1");
  await refresh();
}

start().catch((error) => actionStatus(app, `This page could not load: ${error.message}`));
