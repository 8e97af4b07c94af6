"""Forms for joining: self sign-up (mentor or fledgling mutual) and accepting an invitation."""

from __future__ import annotations

from typing import Any, ClassVar

from allauth.account.forms import AddEmailForm as AllauthAddEmailForm
from allauth.account.forms import ChangePasswordForm as AllauthChangePasswordForm
from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import ResetPasswordForm as AllauthResetPasswordForm
from allauth.account.forms import ResetPasswordKeyForm as AllauthResetPasswordKeyForm
from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.contrib.auth import password_validation
from django.db import transaction
from django.http import HttpRequest

from accounts.models import (
    MENTEE_STAGES,
    MENTOR_STAGES,
    LegalForm,
    ParentBody,
    Region,
    Role,
    Sector,
    Stage,
    User,
)
from core.plain_errors import PlainFormErrorsMixin

# Self sign-up offers exactly these; a coordinator only ever comes from a command or invitation.
SIGNUP_ROLES = (Role.MENTOR, Role.MENTEE)
ROLE_CHOICES = [
    (Role.MENTOR.value, "Mentor: I work in an established mutual and want to help"),
    (Role.MENTEE.value, "Fledgling mutual: we are on the way to becoming a mutual"),
]


def _blank_first(label: str, choices: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    return [("", label), *choices]


class SignupForm(PlainFormErrorsMixin, AllauthSignupForm):
    """allauth's sign-up plus who the person is and the organisation they speak for."""

    missing_messages: ClassVar[dict[str, str]] = {
        "full_name": "Enter your full name",
        "email": "Enter your e-mail address",
        "password1": "Enter a password",
        "password2": "Enter the same password again",
        "role": "Choose whether you are joining as a mentor or as a fledgling mutual",
        "organisation_name": "Enter your organisation's name",
        "sectors": "Choose at least one sector",
        "employees": "Enter the number of employees",
        "parent_body": "Choose the public body the service came from",
    }

    full_name = forms.CharField(
        label="Full name", max_length=150, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    role = forms.ChoiceField(
        label="I am joining as", choices=ROLE_CHOICES, widget=forms.RadioSelect
    )
    organisation_name = forms.CharField(
        label="Organisation name",
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    sectors = forms.ModelMultipleChoiceField(
        label="Sectors",
        queryset=Sector.objects.all(),
        to_field_name="slug",
        widget=forms.CheckboxSelectMultiple,
        help_text="Choose every sector your organisation works in.",
        error_messages={"invalid_choice": "%(value)s is not one of the sectors we list."},
    )
    stage = forms.TypedChoiceField(
        label="Stage",
        coerce=int,
        choices=_blank_first("Choose a stage", list(Stage.choices)),
        help_text="Mentors come from mutuals at stage 5 or 6; fledgling mutuals are at 1 to 5.",
    )
    region = forms.ChoiceField(
        label="Region", choices=_blank_first("Choose a region", list(Region.choices))
    )
    employees = forms.IntegerField(label="Number of employees", min_value=1, max_value=1_000_000)
    parent_body = forms.ChoiceField(
        label="Parent body",
        choices=_blank_first("Choose a parent body", list(ParentBody.choices)),
        help_text="The public body the service came from, or is leaving.",
    )
    legal_form = forms.ChoiceField(
        label="Legal form",
        required=False,
        choices=_blank_first("Not decided yet", list(LegalForm.choices)),
    )

    field_order = [
        "full_name",
        "email",
        "password1",
        "password2",
        "role",
        "organisation_name",
        "sectors",
        "stage",
        "region",
        "employees",
        "parent_body",
        "legal_form",
    ]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        role, stage = cleaned.get("role"), cleaned.get("stage")
        if role == Role.MENTOR and stage is not None and stage not in MENTOR_STAGES:
            self.add_error(
                "stage",
                "Mentors come from established mutuals: choose stage 5 (securing the future) "
                "or 6 (established), or sign up as a fledgling mutual instead.",
            )
        elif role == Role.MENTEE and stage is not None and stage not in MENTEE_STAGES:
            self.add_error(
                "stage",
                "An established mutual (stage 6) is welcome as a mentor: sign up as a mentor, "
                "or choose the stage your organisation is at now (1 to 5).",
            )
        return cleaned

    def save(self, request: HttpRequest) -> User:
        # The user, their organisation and their e-mail address appear together or not at all.
        with transaction.atomic():
            user: User = super().save(request)
        return user


class InvitationAcceptForm(PlainFormErrorsMixin, forms.Form):
    """The invited person chooses their name and password; the e-mail is the invited one."""

    missing_messages: ClassVar[dict[str, str]] = {
        "full_name": "Enter your full name",
        "password1": "Enter a password",
        "password2": "Enter the same password again",
    }

    full_name = forms.CharField(
        label="Full name", max_length=150, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    password1 = forms.CharField(
        label="Password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    password2 = forms.CharField(
        label="Password (again)",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args: Any, email: str, **kwargs: Any) -> None:
        self.email = email
        super().__init__(*args, **kwargs)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        password1, password2 = cleaned.get("password1"), cleaned.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", "You must type the same password each time.")
        if password1:
            candidate = User(email=self.email, full_name=cleaned.get("full_name", ""))
            try:
                password_validation.validate_password(password1, candidate)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class InvitationForm(PlainFormErrorsMixin, forms.Form):
    missing_messages: ClassVar[dict[str, str]] = {
        "email": "Enter the e-mail address of the person to invite"
    }

    email = forms.EmailField(
        label="E-mail address of the person to invite",
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )

    def clean_email(self) -> str:
        email: str = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError("That address already belongs to an account on this site.")
        return email


class LoginForm(PlainFormErrorsMixin, AllauthLoginForm):
    missing_messages: ClassVar[dict[str, str]] = {
        "login": "Enter your e-mail address",
        "password": "Enter your password",
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "remember" in self.fields:
            self.fields["remember"].label = "Keep me signed in on this device"


class ResetPasswordForm(PlainFormErrorsMixin, AllauthResetPasswordForm):
    missing_messages: ClassVar[dict[str, str]] = {"email": "Enter your e-mail address"}


class ResetPasswordKeyForm(PlainFormErrorsMixin, AllauthResetPasswordKeyForm):
    missing_messages: ClassVar[dict[str, str]] = {
        "password1": "Enter a new password",
        "password2": "Enter the same new password again",
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["password1"].label = "New password"
        self.fields["password2"].label = "New password (again)"


class AddEmailForm(PlainFormErrorsMixin, AllauthAddEmailForm):
    missing_messages: ClassVar[dict[str, str]] = {"email": "Enter the e-mail address to add"}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].label = "E-mail address"
        self.fields["email"].widget.attrs.pop("placeholder", None)


class ChangePasswordForm(PlainFormErrorsMixin, AllauthChangePasswordForm):
    missing_messages: ClassVar[dict[str, str]] = {
        "oldpassword": "Enter your current password",
        "password1": "Enter a new password",
        "password2": "Enter the same new password again",
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The labels say it; a placeholder repeating them only vanishes as the person types.
        for field in self.fields.values():
            field.widget.attrs.pop("placeholder", None)
