// On a mentorship page: case studies about this mentorship, and this person's consent to publish.

import { api, vocabulary } from "./api.js";
import { actionStatus, byId, el, fill, publicationStatus } from "./ui.js";

const section = byId("case-study-consent");

function render(studies, taxonomy) {
  if (!studies.length) return;
  section.hidden = false;
  const role = section.dataset.role;
  fill(byId("case-study-list"), studies.map((study) => {
    const mine = role === "mentor" ? study.consent_mentor : study.consent_mentee;
    const item = el(
      "li", { class: "card" },
      el("h3", {}, study.title),
      el("p", {}, study.summary),
      // The whole story, as it would be published: people agree to what they have read.
      el(
        "details", { class: "case-study-story" },
        el("summary", {}, `Read the story as it would be published`),
        ...String(study.body || "").split(/\n\s*\n/).filter((p) => p.trim()).map((p) => el("p", {}, p.trim())),
      ),
      el("p", { class: "muted" }, publicationStatus(taxonomy.case_study_statuses, study.status), " ", mine ? "You have agreed to publish it." : "You have not agreed yet."),
    );
    const button = el("button", {
      type: "button",
      class: mine ? "button" : "button button--primary",
      onclick: async () => {
        try {
          await api(`case-studies/${study.id}/consent/`, { method: "POST", body: { consent: !mine }, busy: button });
          await load();
          actionStatus(section, mine ? "Consent withdrawn." : "Thank you: your consent is recorded.", "ok");
        } catch (error) {
          actionStatus(section, error.message);
        }
        // The button is redrawn, so focus goes to the message that stays.
        const status = section.querySelector(":scope > .action-status");
        if (status) {
          status.tabIndex = -1;
          status.focus();
        }
      },
    }, mine ? `Withdraw my consent for ${study.title}` : `I agree to publish ${study.title}`);
    item.append(el("div", { class: "actions" }, button));
    return item;
  }));
}

async function load() {
  // The page's own script fetches the taxonomy too: vocabulary() makes that one call for both.
  const [data, taxonomy] = await Promise.all([api(`case-studies/?mentorship=${section.dataset.mentorshipId}`), vocabulary()]);
  render(data.results, taxonomy);
}

if (section) load().catch(() => {});
