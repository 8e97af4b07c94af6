"""How a person changes the way they sign in: reached from "Your account", in the site's words.

Found: nothing linked to changing a password, an e-mail address or two-step sign-in (a mentor
had to know /accounts/password/change/), and allauth's pages spoke another language from the
rest of the site: "Two-Factor Authentication", "Confirm Access", "Please reauthenticate to
safeguard your account", "Email Addresses", Title Case throughout.
"""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.test import Client

from accounts.models import User
from tests import factories

pytestmark = pytest.mark.django_db

CATALOG = Path(__file__).resolve().parents[2] / "locale" / "en_GB" / "LC_MESSAGES"


def _text(html: str) -> str:
    main = re.search(r"<main.*?</main>", html, re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", main.group(0) if main else html).split())


def _confirmed(client: Client) -> None:
    """Confirm it is them (allauth asks again before a change to how they sign in)."""
    response = client.post("/accounts/reauthenticate/", {"password": factories.PASSWORD})
    assert response.status_code == 302


@pytest.mark.parametrize("role_fixture", ["mentee", "mentor", "coordinator"])
def test_the_account_page_links_to_each_way_of_signing_in(
    client: Client, role_fixture: str, request: pytest.FixtureRequest
) -> None:
    user: User = request.getfixturevalue(role_fixture)
    client.force_login(user)
    html = client.get("/account/").content.decode()
    for href in (
        'href="/accounts/email/"',
        'href="/accounts/password/change/"',
        'href="/accounts/2fa/"',
    ):
        assert href in html
    text = _text(html)
    assert f"E-mail address {user.email} Change your e-mail address" in text
    enrolled = Authenticator.objects.filter(user=user, type="totp").exists()
    if enrolled:
        assert "Two-step sign-in On: you also enter a code" in text
        assert "Manage two-step sign-in" in text
    else:
        assert "Set up two-step sign-in" in text
    # Optional for everyone but coordinators, and the page says so only to them.
    assert ("Two-step sign-in is optional for you" in text) is (not user.is_coordinator)


def test_a_mentor_without_two_step_sign_in_sees_it_is_off_and_can_set_it_up(
    client: Client, mentor: User
) -> None:
    Authenticator.objects.filter(user=mentor).delete()
    client.force_login(mentor)
    text = _text(client.get("/account/").content.decode())
    assert "Two-step sign-in Off Set up two-step sign-in" in text
    index = _text(client.get("/accounts/2fa/").content.decode())
    assert index.startswith("Two-step sign-in Authenticator app Off: your password alone")
    _confirmed(client)
    setup = client.get("/accounts/2fa/totp/activate/")
    assert setup.status_code == 200
    html = setup.content.decode()
    words = _text(html)
    assert words.startswith("Set up two-step sign-in Each time you sign in")
    assert "Code from your authenticator app" in words
    # The key is text that wraps and can be copied, not a disabled box a phone cuts short.
    assert re.search(r'<code class="secret" id="authenticator_secret">[A-Z2-7]{16,}</code>', html)
    assert "disabled" not in html.split("<main", 1)[1]
    assert 'class="button button--primary">Turn on two-step sign-in<' in html


def test_allauths_pages_speak_the_sites_words(client: Client, coordinator: User) -> None:
    client.force_login(coordinator)
    _confirmed(client)
    pages = {
        "/accounts/2fa/": ("<title>Two-step sign-in · Mutual Mentors</title>", "Turn off"),
        "/accounts/2fa/totp/deactivate/": ("Turn off two-step sign-in", "Are you sure?"),
        "/accounts/email/": ("Your e-mail addresses", "You use two-step sign-in"),
        "/accounts/password/change/": ("Change your password", "Current password"),
    }
    for url, phrases in pages.items():
        html = " ".join(client.get(url).content.decode().split()).replace("<title> ", "<title>")
        for phrase in phrases:
            assert phrase in html, (url, phrase)
        for old in ("Two-Factor", "Authenticator App", "Email Addresses", "Current Password"):
            assert old not in html, (url, old)
    fresh = Client()
    fresh.force_login(coordinator)
    asked = _text(fresh.get("/accounts/reauthenticate/").content.decode())
    assert asked.startswith("Confirm it is you To keep your account safe")
    assert "reauthenticate" not in asked.lower()


def test_the_compiled_catalogue_says_what_the_source_says() -> None:
    """The .mo is committed (a fresh machine need not have gettext): it must match the .po."""
    source = (CATALOG / "django.po").read_text()
    pairs = re.findall(r'\nmsgid ((?:".*"\n)+)msgstr ((?:".*"\n?)+)', source)
    plural = re.findall(
        r'\nmsgid ((?:".*"\n)+)msgid_plural (?:".*"\n)+msgstr\[0\] (".*")\n', source
    )
    with (CATALOG / "django.mo").open("rb") as compiled:
        catalogue = gettext.GNUTranslations(compiled)

    def joined(lines: str) -> str:
        return "".join(re.findall(r'"(.*)"', lines)).encode().decode("unicode_escape")

    checked = 0
    for msgid, msgstr in pairs:
        if joined(msgid):
            assert catalogue.gettext(joined(msgid)) == joined(msgstr), joined(msgid)
            checked += 1
    for msgid, singular in plural:
        assert catalogue.ngettext(joined(msgid), "x", 1) == joined(singular)
        checked += 1
    assert checked >= 40


def test_a_mentee_changes_their_main_address(client: Client, mentee: User) -> None:
    """One form per address and action: no radio button to choose first."""
    Authenticator.objects.filter(user=mentee).delete()
    client.force_login(mentee)
    empty = client.post("/accounts/email/", {"action_add": "", "email": ""})
    assert "Enter the e-mail address to add" in empty.content.decode()
    client.post("/accounts/email/", {"action_add": "", "email": "new.address@example.org"})
    added = EmailAddress.objects.get(user=mentee, email="new.address@example.org")
    assert not added.verified and not added.primary
    text = _text(client.get("/accounts/email/").content.decode())
    assert "new.address@example.org Not confirmed yet" in text
    assert "Send the confirmation e-mail again : new.address@example.org" in text
    assert "Make this my main address" not in text  # not until it is confirmed
    EmailAddress.objects.filter(pk=added.pk).update(verified=True)
    page = client.get("/accounts/email/").content.decode()
    assert 'name="action_primary">Make this my main address' in page
    client.post("/accounts/email/", {"action_primary": "", "email": "new.address@example.org"})
    mentee.refresh_from_db()
    assert mentee.email == "new.address@example.org"
    assert EmailAddress.objects.get(pk=added.pk).primary


def test_with_two_step_sign_in_the_page_says_how_to_change_the_address(
    client: Client, coordinator: User
) -> None:
    """allauth refuses a new address on an account with two-step sign-in; the form that would
    only fail is replaced by what to do instead."""
    client.force_login(coordinator)
    html = client.get("/accounts/email/").content.decode()
    assert 'id="two-step-blocks-add"' in html and 'name="action_add"' not in html
    assert 'href="/contact/"' in html and 'href="/accounts/2fa/"' in html


def test_a_mentor_changes_their_password_and_stays_signed_in(client: Client, mentor: User) -> None:
    client.force_login(mentor)
    _confirmed(client)
    empty = _text(client.post("/accounts/password/change/", {}).content.decode())
    assert "Enter your current password" in empty and "Enter a new password" in empty
    html = client.get("/accounts/password/change/").content.decode()
    assert "placeholder" not in html.split("<main", 1)[1]
    assert 'href="/accounts/password/reset/"' in html
    changed = client.post(
        "/accounts/password/change/",
        {
            "oldpassword": factories.PASSWORD,
            "password1": "a-new-long-passphrase-42",
            "password2": "a-new-long-passphrase-42",
        },
    )
    assert changed.status_code == 302
    mentor.refresh_from_db()
    assert mentor.check_password("a-new-long-passphrase-42")
    assert client.get("/account/").status_code == 200  # still signed in here
