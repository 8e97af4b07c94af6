"""API tokens: a new hashed key per sign-in that ends, is revocable, and dies with the password."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from knox.models import AuthToken
from rest_framework.test import APIClient

from accounts.models import User
from tests import factories
from tests.errors import error_code

pytestmark = pytest.mark.django_db
TOKEN_URL = "/api/v1/auth/token/"


def sign_in(user: User, address: str = "10.9.0.1") -> str:
    response = APIClient(REMOTE_ADDR=address).post(
        TOKEN_URL, {"email": user.email, "password": factories.PASSWORD}, format="json"
    )
    assert response.status_code == 200, response.content
    return str(response.json()["token"])


def me(key: str) -> int:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return int(client.get("/api/v1/me/").status_code)


def test_it_never_hands_back_the_same_key(mentee: User) -> None:
    first, second = sign_in(mentee), sign_in(mentee)
    assert first != second
    assert me(first) == 200 and me(second) == 200


def test_it_stores_only_a_hash_of_the_key(mentee: User) -> None:
    key = sign_in(mentee)
    stored = AuthToken.objects.get(user=mentee)
    assert key not in (stored.digest, stored.token_key)
    assert key.startswith(stored.token_key)


def test_a_token_ends_after_token_ttl_days(mentee: User, settings: object) -> None:
    key = sign_in(mentee)
    token = AuthToken.objects.get(user=mentee)
    assert token.expiry is not None
    days = (token.expiry - timezone.now()) / timedelta(days=1)
    assert 29.9 < days <= 30
    AuthToken.objects.filter(pk=token.pk).update(expiry=timezone.now() - timedelta(seconds=1))
    assert me(key) == 401


def test_delete_revokes_the_token_sent(mentee: User) -> None:
    key, other = sign_in(mentee), sign_in(mentee)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert client.delete(TOKEN_URL).status_code == 204
    assert me(key) == 401
    assert me(other) == 200


def test_delete_without_a_token_is_401(mentee: User) -> None:
    response = APIClient().delete(TOKEN_URL)
    assert response.status_code == 401
    assert error_code(response) == "not_authenticated"


def test_signing_out_everywhere_revokes_every_token(mentee: User) -> None:
    keys = [sign_in(mentee) for _ in range(3)]
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {keys[0]}")
    assert client.delete("/api/v1/auth/tokens/").status_code == 204
    assert [me(k) for k in keys] == [401, 401, 401]


def test_a_password_reset_revokes_every_token(mentee: User, client: object) -> None:
    """Found: a token survived a password reset. The reset link now ends them all."""
    from allauth.account.forms import default_token_generator
    from allauth.account.utils import user_pk_to_url_str
    from django.test import Client

    key = sign_in(mentee)
    web = Client()
    uid, token = user_pk_to_url_str(mentee), default_token_generator.make_token(mentee)
    url = f"/accounts/password/reset/key/{uid}-{token}/"
    form_url = web.get(url, follow=True).redirect_chain[-1][0]
    new = "a-brand-new-passphrase-42"
    response = web.post(form_url, {"password1": new, "password2": new})
    assert response.status_code == 302, response.content[:300]
    assert me(key) == 401


def test_a_changed_password_revokes_every_token(mentee: User) -> None:
    key = sign_in(mentee)
    mentee.set_password("another-long-passphrase-7")
    mentee.save()
    assert me(key) == 401


def test_signing_in_again_keeps_other_tokens(mentee: User) -> None:
    # The last_login stamp is a save of the user too; it must not count as a new password.
    key = sign_in(mentee)
    sign_in(mentee)
    assert me(key) == 200


def test_an_unverified_address_gets_no_token(db: None) -> None:
    user = factories.MenteeFactory.create(verified=False)
    response = APIClient().post(
        TOKEN_URL, {"email": user.email, "password": factories.PASSWORD}, format="json"
    )
    assert response.status_code == 400
    assert not AuthToken.objects.filter(user=user).exists()
