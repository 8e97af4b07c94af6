// Server-rendered forms (sign-in, sign-up, password reset): focus the error summary, and
// preselect the role a landing-page link asked for.

const summary = document.querySelector("[data-error-summary]");
if (summary) summary.focus();

const role = new URLSearchParams(window.location.search).get("role");
const form = document.querySelector('form[data-form="signup"]');
if (form && role && !form.querySelector('[name="role"]:checked')) {
  const radio = form.querySelector(`input[name="role"][value="${CSS.escape(role)}"]`);
  if (radio) radio.checked = true;
  const select = form.querySelector('select[name="role"]');
  if (select && !select.value) select.value = role;
}

// A sign-up invitation from the programme's inbox carries the address it was sent to.
const email = new URLSearchParams(window.location.search).get("email");
const emailInput = form?.querySelector('input[name="email"]');
if (emailInput && email && !emailInput.value) emailInput.value = email;
