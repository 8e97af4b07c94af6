// Shared page pieces: a safe DOM builder, form reading, errors beside fields and actions,
// sessionStorage drafts, and the score-breakdown bars.

import { announce } from "./api.js";

// Builds elements without innerHTML, so text from the API can never become markup.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function byId(id) {
  return document.getElementById(id);
}

let uid = 0;
export function nextId(prefix) {
  uid += 1;
  return `${prefix}-${uid}`;
}

// A form's values as the API wants them: checkbox groups as lists, numbers as numbers,
// and empty optional numbers/dates as null.
export function readForm(form) {
  const data = {};
  for (const control of form.elements) {
    const name = control.name;
    if (!name || control.disabled || control.type === "submit") continue;
    if (control.type === "checkbox" && control.dataset.multi !== undefined) {
      data[name] ??= [];
      if (control.checked) data[name].push(control.value);
    } else if (control.type === "checkbox") {
      data[name] = control.checked;
    } else if (control.type === "radio") {
      if (control.checked) data[name] = control.value;
      else data[name] ??= null;
    } else if (control.type === "number" || control.dataset.type === "int") {
      data[name] = control.value === "" ? null : Number(control.value);
    } else if (control.type === "date") {
      data[name] = control.value || null;
    } else {
      data[name] = control.value;
    }
  }
  return data;
}

export function fillForm(form, data) {
  for (const control of form.elements) {
    const name = control.name;
    if (!name || !(name in data) || data[name] === undefined) continue;
    const value = data[name];
    if (control.type === "checkbox" && control.dataset.multi !== undefined) {
      control.checked = Array.isArray(value) && value.map(String).includes(control.value);
    } else if (control.type === "checkbox") {
      control.checked = Boolean(value);
    } else if (control.type === "radio") {
      control.checked = String(value) === control.value;
    } else {
      control.value = value === null ? "" : String(value);
    }
  }
}

// Keeps what someone typed in sessionStorage, so a reload or a failed save loses nothing.
export function keepDraft(form, key) {
  const storageKey = `draft:${key}`;
  const saved = sessionStorage.getItem(storageKey);
  if (saved) {
    try { fillForm(form, JSON.parse(saved)); } catch { sessionStorage.removeItem(storageKey); }
  }
  const save = () => sessionStorage.setItem(storageKey, JSON.stringify(readForm(form)));
  form.addEventListener("input", save);
  form.addEventListener("change", save);
  return {
    restored: Boolean(saved),
    clear: () => sessionStorage.removeItem(storageKey),
  };
}

export function clearErrors(form) {
  form.querySelectorAll("[data-generated-error]").forEach((node) => node.remove());
  form.querySelectorAll(".field--error").forEach((node) => node.classList.remove("field--error"));
  form.querySelectorAll("[aria-invalid]").forEach((node) => {
    node.removeAttribute("aria-invalid");
    const ids = (node.getAttribute("aria-describedby") || "").split(" ").filter((id) => id && !id.endsWith("-apierror"));
    if (ids.length) node.setAttribute("aria-describedby", ids.join(" "));
    else node.removeAttribute("aria-describedby");
  });
}

function fieldLabel(form, name) {
  const field = form.querySelector(`[data-field="${name}"]`);
  const label = field?.querySelector("legend, label");
  return (label?.dataset.label || label?.textContent || name).replace(/\(required\)/, "").trim();
}

// Puts each API error beside its field and lists them all in a summary at the top of the form.
export function showErrors(form, error) {
  clearErrors(form);
  const messages = [];
  const data = error.data || {};
  for (const [name, value] of Object.entries(data)) {
    const text = Array.isArray(value) ? value.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(" ") : String(value);
    const field = form.querySelector(`[data-field="${name}"]`);
    if (!field || name === "detail" || name === "non_field_errors") {
      messages.push({ text });
      continue;
    }
    const errorId = `${form.id}-${name}-apierror`;
    field.classList.add("field--error");
    const note = el("p", { class: "field-error", id: errorId, "data-generated-error": true }, text);
    const anchor = field.querySelector("legend, label");
    if (anchor) anchor.after(note);
    else field.prepend(note);
    for (const control of field.querySelectorAll("input, select, textarea")) {
      control.setAttribute("aria-invalid", "true");
      const ids = (control.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
      control.setAttribute("aria-describedby", [...ids, errorId].join(" "));
    }
    if (field.tagName === "FIELDSET") {
      const ids = (field.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
      field.setAttribute("aria-describedby", [...ids, errorId].join(" "));
    }
    messages.push({ text: `${fieldLabel(form, name)}: ${text}`, target: field.id });
  }
  if (!messages.length) messages.push({ text: error.message });
  const summary = el(
    "div",
    { class: "error-summary", tabindex: "-1", "data-generated-error": true, "aria-labelledby": `${form.id}-summary-title` },
    el("h2", { id: `${form.id}-summary-title` }, "There is a problem"),
    el("ul", {}, messages.map((m) => el("li", {}, m.target ? el("a", { href: `#${m.target}` }, m.text) : m.text))),
  );
  form.prepend(summary);
  summary.focus();
  announce(`There is a problem: ${messages.map((m) => m.text).join(" ")}`);
}

// A message right beside an action's buttons: errors stay until the next try, successes fade into the list.
// With `focus`, the message also takes focus: after an action that hides, disables or redraws
// the control that had it, focus goes to what happened, never back to <body>. Returns the message.
export function actionStatus(container, message, kind = "error", { focus = false } = {}) {
  let status = container.querySelector(":scope > .action-status");
  if (!status) {
    status = el("p", { class: "action-status" });
    container.append(status);
  }
  // Errors interrupt as alerts; successes go through the page's one polite live region instead,
  // so a screen reader hears each message once.
  if (kind === "error") status.setAttribute("role", "alert");
  else status.removeAttribute("role");
  status.className = `action-status action-status--${kind}`;
  status.textContent = message;
  if (kind !== "error") announce(message);
  if (focus) focusOn(status);
  return status;
}

// Moves focus to a heading or message that is not itself a control (tabindex -1: reachable by
// script, not by Tab), so a screen reader reads it and the keyboard carries on from there.
export function focusOn(node) {
  if (!node) return;
  if (!node.hasAttribute("tabindex")) node.setAttribute("tabindex", "-1");
  node.focus();
}

export function checkboxGroup({ name, legend, options, hint, required = false, idPrefix }) {
  const id = idPrefix || nextId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  return el(
    "fieldset",
    { class: "field", id: `${id}-field`, "data-field": name, "aria-describedby": hintId },
    el("legend", { "data-label": legend }, legend, required ? el("span", { class: "req" }, " (required)") : null),
    hint ? el("p", { class: "hint", id: hintId }, hint) : null,
    el(
      "div",
      { class: "choices" },
      options.map((option) => {
        const inputId = `${id}-${option.slug}`;
        return el(
          "label",
          { class: "choice", for: inputId },
          el("input", { type: "checkbox", name, value: option.slug, id: inputId, "data-multi": true }),
          option.name ?? option.label,
        );
      }),
    ),
  );
}

export function fillSelect(select, options, { valueKey = "slug", labelKey = "name", blank } = {}) {
  select.replaceChildren();
  if (blank !== undefined) select.append(el("option", { value: "" }, blank));
  for (const option of options) {
    select.append(el("option", { value: option[valueKey] }, option[labelKey] ?? option.label ?? option.name));
  }
}

// A bar from 0 to 1. Its width is set through the CSSOM, which a Content-Security-Policy without
// 'unsafe-inline' styles still allows (a style attribute would be blocked).
export function barTrack(share, { full = false } = {}) {
  const fill = el("span", { class: `bar__fill${full ? " bar__fill--full" : ""}` });
  fill.style.width = `${Math.round(Math.min(Math.max(Number(share) || 0, 0), 1) * 100)}%`;
  return el("span", { class: "bar__track", "aria-hidden": "true" }, fill);
}

// One sentence per factor with a bar against that factor's maximum, so the breakdown reads
// without the picture and each bar compares like with like. Points are out of 100 for the best
// possible match, so no page shows the engine's raw decimals.
function explanationItems(explanation) {
  return (Array.isArray(explanation) ? explanation : []).filter((item) => item && typeof item === "object");
}

function pointsScale(items) {
  const maxOf = (item) => Math.max(Number(item.max ?? item.weight) || 0, 0);
  const possible = items.reduce((sum, item) => sum + maxOf(item), 0) || 1;
  const points = (x) => Math.round((Math.max(Number(x) || 0, 0) / possible) * 100);
  return { maxOf, points };
}

// The "Overall fit" a page shows for an explanation (0 to 100), or null without one: compare
// these, not raw scores, when the words claim one mentor fits better than another.
export function overallPoints(explanation) {
  const items = explanationItems(explanation);
  if (!items.length) return null;
  const { points } = pointsScale(items);
  const total = items.reduce((sum, item) => sum + Math.max(Number(item.contribution) || 0, 0), 0);
  // The words' maximum is a close description, not identical text, so a rare pair passes it:
  // the total stops at 100.
  return Math.min(points(total), 100);
}

export function explanationBars(explanation) {
  const items = explanationItems(explanation);
  const { maxOf, points } = pointsScale(items);
  return el(
    "div",
    { class: "explanation" },
    // Each factor's points stop at their maximum, like the total (see overallPoints).
    el("p", { class: "explanation__total" }, el("strong", {}, `Overall fit: ${overallPoints(items) ?? 0} out of 100`)),
    el(
      "ul",
      { class: "bars" },
      items.map((item) => {
        // The bar draws the points the words give, so "1 of 1" is a full bar and a factor not
        // weighed here an empty one, whatever the decimals behind them.
        const out = points(maxOf(item));
        const got = Math.min(points(item.contribution), out);
        const share = out ? got / out : 0;
        const known = item.known !== false && item.value !== null;
        return el(
          "li",
          { class: "bar", "data-feature": item.feature },
          el("span", { class: "bar__label" }, item.sentence || item.label || "Another factor"),
          barTrack(share),
          // A factor the scorer gives no weight for this request (how established a mentor is,
          // when no need calls for it) reads as such, not as "0 of 0".
          el("span", { class: "bar__value" }, !known ? "left out" : out === 0 ? "not weighed here" : `${got} of ${out}`),
        );
      }),
    ),
  );
}

export function formatDate(value) {
  if (!value) return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });
}

export function labelFor(list, slug) {
  const found = (list || []).find((item) => String(item.slug) === String(slug) || String(item.value) === String(slug));
  return found ? found.name ?? found.label : String(slug);
}

// A resource's or case study's status in words: its label from the taxonomy (`statuses` is its
// resource_statuses or case_study_statuses), then the one rule people need: only published is public.
export function publicationStatus(statuses, status) {
  return `${labelFor(statuses, status)}: ${status === "published" ? "everyone can see it" : "not public"}.`;
}

// A disclosure holding a reason box and one button: reject, decline, withdraw and end all use it.
// `status` (a function returning an element outside what `after` redraws) is where the message
// goes when `after` removes the form with its card: it is written there once `after` is done,
// and takes focus, so the confirmation survives the redraw and focus is not lost.
export function reasonForm({ summary, label, button, id, onSubmit, after, status, optional = false }) {
  const textId = `${id}-reason`;
  const submit = el("button", { type: "submit", class: "button button--danger" }, button);
  const form = el(
    "form",
    { id, class: "stack", novalidate: true },
    el(
      "div",
      { class: "field", id: `${textId}-field`, "data-field": "reason" },
      el("label", { for: textId, "data-label": "Reason" }, label, optional ? null : el("span", { class: "req" }, " (required)")),
      el("textarea", { id: textId, name: "reason", required: !optional, maxlength: "2000", rows: "3" }),
    ),
    el("div", { class: "actions" }, submit),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form);
    const reason = form.elements.reason.value.trim();
    if (!optional && !reason) {
      showErrors(form, { data: { reason: ["Enter a reason"] }, message: "" });
      return;
    }
    try {
      const message = await onSubmit(reason, submit);
      if (status) {
        if (after) await after();
        actionStatus(status(), message, "ok", { focus: true });
        return;
      }
      actionStatus(form.querySelector(".actions"), message, "ok");
      if (after) await after();
    } catch (error) {
      showErrors(form, error);
    }
  });
  return el("details", { class: "reason" }, el("summary", {}, summary), form);
}

// A mentorship's latest change in words ("Paused by Priya on 3 November 2026"), or null for its
// start. `taxonomy` is GET taxonomy/ (see vocabulary() in api.js): the verb's label is its
// mentorship_changes entry, so the words come from the server, never a copy here.
export function changeSentence(change, { me = "", taxonomy = {} } = {}) {
  if (!change || change.verb === "started") return null;
  const who = String(change.actor) === String(me) ? "you" : change.actor_name || "the programme team";
  return `${labelFor(taxonomy.mentorship_changes, change.verb)} by ${who} on ${formatDate(change.at)}.`;
}

// When, beside a mentorship's status: "Active since 1 April 2026" while it runs. Paused, it was
// not paused since its start: "Paused, started 1 April 2026", and the change line below (the
// latest change of a paused mentorship is its pause) says when and by whom. Once over, when it
// started, and when it ended unless the change line below already says so.
function when(mentorship, change) {
  const started = formatDate(mentorship.started_at);
  if (mentorship.status === "active") return ` since ${started}`;
  if (mentorship.status === "paused") return `, started ${started}`;
  const ended = change || !mentorship.ended_at ? "" : `, ended ${formatDate(mentorship.ended_at)}`;
  return `, started ${started}${ended}`;
}

// Mentorships on a dashboard, live first, each with its status, its latest change and, once
// over, a prompt for the caller's feedback until they give it. Labels come from `taxonomy`.
export function mentorshipList(mentorships, describe, { me = "", askFeedback = true, taxonomy = {} } = {}) {
  if (!mentorships.length) return el("p", { class: "muted" }, "No mentorships yet.");
  const live = (m) => (["active", "paused"].includes(m.status) ? 0 : 1);
  const sorted = [...mentorships].sort((a, b) => live(a) - live(b));
  return el(
    "ul",
    { class: "list-plain" },
    sorted.map((m) => {
      const change = changeSentence(m.latest_change, { me, taxonomy });
      return el(
        "li",
        { "data-mentorship": m.id },
        el("a", { href: `/mentorships/${m.id}/` }, `Mentorship ${describe(m)}`),
        " ",
        el("span", { class: `badge${m.status === "active" ? " badge--ok" : ""}` }, labelFor(taxonomy.mentorship_statuses, m.status)),
        el("span", { class: "muted" }, when(m, change)),
        change ? el("p", { class: "muted change" }, change) : null,
        askFeedback && live(m) && !m.my_feedback_given
          ? el("p", { class: "notice" }, el("a", { href: `/mentorships/${m.id}/#feedback-title` }, "Tell us how it went"), ": your feedback is private to you and the programme team.")
          : null,
      );
    }),
  );
}

// replaceChildren/append would print a skipped optional part as the text "null"; these skip it.
export function fill(node, ...children) {
  node.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
}

export function add(node, ...children) {
  node.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
}
