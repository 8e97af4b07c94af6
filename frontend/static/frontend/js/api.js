// Talks to /api/v1/ with the session cookie and CSRF token; marks slow calls busy and turns
// problem documents into ApiError so pages can show them beside the field or action concerned.

const BASE = "/api/v1/";
const SLOW_MS = 400;

export class ApiError extends Error {
  constructor(status, data) {
    super(ApiError.describe(status, data));
    this.status = status;
    this.problem = data && typeof data === "object" ? data : {};
    // `data` holds the field errors only, so forms can put each one beside its field.
    this.data = this.problem.errors && typeof this.problem.errors === "object" ? this.problem.errors : {};
    this.code = typeof this.problem.code === "string" ? this.problem.code : "";
  }

  // Errors are problem documents: {"detail", "code"}, plus {"errors": {field: [...]}} on a 400.
  static describe(status, data) {
    if (data && typeof data === "object") {
      if (data.errors && typeof data.errors === "object") return ApiError.describe(status, data.errors);
      if (typeof data.detail === "string") return data.detail;
      const parts = [];
      for (const [key, value] of Object.entries(data)) {
        const text = Array.isArray(value) ? value.join(" ") : typeof value === "string" ? value : "";
        if (text) parts.push(key === "non_field_errors" ? text : `${key.replace(/_/g, " ")}: ${text}`);
      }
      if (parts.length) return parts.join(" ");
    }
    if (status === 0) return "We could not reach the server. Check your connection and try again.";
    if (status === 403) return "You are not allowed to do that.";
    if (status === 404) return "That could not be found. It may have been removed.";
    if (status >= 500) return "Something went wrong on our side. Please try again in a moment.";
    return `The request failed (${status}).`;
  }
}

export function cookie(name) {
  for (const part of document.cookie.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return "";
}

export function announce(message) {
  const region = document.getElementById("live-status");
  if (!region) return;
  // Clearing first makes screen readers repeat a message that happens to be the same as the last.
  region.textContent = "";
  window.setTimeout(() => { region.textContent = message; }, 50);
}

function url(path) {
  if (path.startsWith("/") || path.startsWith("http")) return path;
  return BASE + path;
}

// How many calls the page has in flight, on <html data-api-pending>. A call counts from its
// start until its answer is read, and the code awaiting it runs on in the same task, so whoever
// looks between tasks sees either a call still open or what it drew: our browser tests wait
// for 0 instead of guessing from half a second of network silence.
function pending(change) {
  const root = document.documentElement;
  root.dataset.apiPending = String(Number(root.dataset.apiPending || 0) + change);
}

// `busy` is the control (or region) that started the call: it is disabled and marked aria-busy,
// and after SLOW_MS a "Working…" message is announced so a slow call never looks frozen.
export async function api(path, options = {}) {
  pending(1);
  try {
    return await call(path, options);
  } finally {
    pending(-1);
  }
}

async function call(path, { method = "GET", body, busy } = {}) {
  const headers = { Accept: "application/json" };
  const unsafe = !["GET", "HEAD", "OPTIONS"].includes(method);
  if (unsafe) headers["X-CSRFToken"] = cookie("csrftoken");
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let slowTimer = 0;
  let label = "";
  if (busy) {
    busy.setAttribute("aria-busy", "true");
    if ("disabled" in busy) busy.disabled = true;
    slowTimer = window.setTimeout(() => {
      if (busy.tagName === "BUTTON") {
        label = busy.textContent;
        busy.textContent = "Working…";
      }
      announce("Working…");
    }, SLOW_MS);
  }
  let response;
  try {
    response = await fetch(url(path), {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, null);
  } finally {
    if (busy) {
      window.clearTimeout(slowTimer);
      if (label) busy.textContent = label;
      busy.removeAttribute("aria-busy");
      if ("disabled" in busy) busy.disabled = false;
    }
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = null; }
  }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

// Every row of a paginated list, following DRF's `next` links.
export async function apiAll(path, options = {}) {
  let data = await api(path, options);
  if (Array.isArray(data)) return data;
  const rows = [...(data?.results ?? [])];
  while (data?.next) {
    const next = new URL(data.next, window.location.origin);
    data = await api(next.pathname + next.search, options);
    rows.push(...(data?.results ?? []));
  }
  return rows;
}

// GET taxonomy/: every label of a choice (statuses, formats, roles, topics…), fetched once per
// page and shared by every module on it. Pages read labels from here and keep no copy; a
// failed fetch is forgotten, so the next caller tries again.
let taxonomyFetch = null;
export function vocabulary() {
  taxonomyFetch ??= api("taxonomy/").catch((error) => {
    taxonomyFetch = null;
    throw error;
  });
  return taxonomyFetch;
}
