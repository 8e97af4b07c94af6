"""The caller's UK GDPR rights over the API: a copy of their data, and closing their account."""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.models import User
from api import views
from api.base import ApiView
from api.fields import Serializer
from enquiries.selectors import enquiries_export
from matching.services.erasure import account_erase, me_export


class EraseSerializer(Serializer[Any]):
    password = serializers.CharField(
        max_length=128, trim_whitespace=False, help_text="Your current password, to confirm."
    )


def _me(request: Request) -> User:
    user = request.user
    assert isinstance(user, User)  # IsAuthenticated ran first
    return user


class MeView(views.MeView):
    @extend_schema(
        request=EraseSerializer,
        responses={204: OpenApiResponse(description="The account is closed and anonymised.")},
        operation_id="me_destroy",
        description="Close your account: your name, e-mail and sign-in details are erased; "
        "open introductions are withdrawn and live mentorships ended (the other side is told), "
        "and messages you sent the programme lose your name, address and words. "
        "The programme keeps its anonymous records.",
    )
    def delete(self, request: Request) -> Response:
        form = EraseSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        account_erase(user=_me(request), password=form.validated_data["password"])
        return Response(status=status.HTTP_204_NO_CONTENT)


# --- the export's shape (documentation only: matching.services.erasure.me_export builds it,
# with enquiries.selectors.enquiries_export's `enquiries`) --
# Coded values keep their code for machines and carry a `<field>_label` in words beside it.
def _label(field: str) -> serializers.CharField:
    return serializers.CharField(help_text=f"`{field}` in words; empty when `{field}` is empty.")


class ExportEmailSerializer(Serializer[Any]):
    email = serializers.EmailField()
    verified = serializers.BooleanField()
    primary = serializers.BooleanField()


class ExportTokenSerializer(Serializer[Any]):
    created = serializers.DateTimeField()
    expiry = serializers.DateTimeField(allow_null=True)


class ExportAccountSerializer(Serializer[Any]):
    id = serializers.IntegerField()
    email = serializers.EmailField()
    full_name = serializers.CharField()
    role = serializers.CharField()
    role_label = _label("role")
    phone = serializers.CharField(allow_blank=True)
    date_joined = serializers.DateTimeField()
    last_login = serializers.DateTimeField(allow_null=True)
    email_addresses = ExportEmailSerializer(many=True)
    two_step_sign_in = serializers.ListField(child=serializers.CharField())
    api_tokens = ExportTokenSerializer(many=True)


class ExportOrganisationSerializer(Serializer[Any]):
    id = serializers.IntegerField()
    name = serializers.CharField()
    stage = serializers.IntegerField()
    stage_label = _label("stage")
    region = serializers.CharField(allow_blank=True)
    region_label = _label("region")
    employees = serializers.IntegerField(allow_null=True)
    parent_body = serializers.CharField(allow_blank=True)
    parent_body_label = _label("parent_body")
    legal_form = serializers.CharField(allow_blank=True)
    legal_form_label = _label("legal_form")
    spun_out_year = serializers.IntegerField(allow_null=True)
    website = serializers.CharField(allow_blank=True)
    description = serializers.CharField(allow_blank=True)


class ExportMentorProfileSerializer(Serializer[Any]):
    id = serializers.IntegerField()
    capacity = serializers.IntegerField()
    accepting = serializers.BooleanField()
    remote_ok = serializers.BooleanField()
    bio = serializers.CharField(allow_blank=True)
    expertise = serializers.ListField(child=serializers.CharField())
    sectors = serializers.ListField(child=serializers.CharField())


class ExportRequestSerializer(Serializer[Any]):
    id = serializers.IntegerField()
    summary = serializers.CharField()
    goals = serializers.CharField(allow_blank=True)
    preferred_format = serializers.CharField()
    preferred_format_label = _label("preferred_format")
    status = serializers.CharField()
    status_label = _label("status")
    created_at = serializers.DateTimeField()


class ExportProposalSerializer(Serializer[Any]):
    """An introduction as the caller can see it through `GET proposals/`."""

    id = serializers.IntegerField()
    request_id = serializers.IntegerField()
    mentor_id = serializers.IntegerField()
    status = serializers.CharField()
    status_label = _label("status")
    reason = serializers.CharField(allow_blank=True)
    created_at = serializers.DateTimeField()


class ExportMentorshipSerializer(Serializer[Any]):
    id = serializers.IntegerField()
    request_id = serializers.IntegerField()
    mentor_id = serializers.IntegerField()
    status = serializers.CharField()
    status_label = _label("status")
    started_at = serializers.DateTimeField()
    ended_at = serializers.DateTimeField(allow_null=True)


class ExportMeetingSerializer(Serializer[Any]):
    mentorship_id = serializers.IntegerField()
    held_on = serializers.DateField()
    minutes = serializers.IntegerField()
    notes = serializers.CharField(allow_blank=True)


class ExportGoalSerializer(Serializer[Any]):
    mentorship_id = serializers.IntegerField()
    title = serializers.CharField()
    done_at = serializers.DateTimeField(allow_null=True)


class ExportFeedbackSerializer(Serializer[Any]):
    mentorship_id = serializers.IntegerField()
    rating = serializers.IntegerField()
    comment = serializers.CharField(allow_blank=True)


class ExportActivitySerializer(Serializer[Any]):
    verb = serializers.CharField()
    verb_label = _label("verb")
    from_status = serializers.CharField(allow_blank=True)
    to_status = serializers.CharField(allow_blank=True)
    reason = serializers.CharField(allow_blank=True)
    at = serializers.DateTimeField()


class ExportReplySerializer(Serializer[Any]):
    body = serializers.CharField(allow_blank=True)
    sent_at = serializers.DateTimeField(allow_null=True)


class ExportEnquirySerializer(Serializer[Any]):
    """A message to the programme: sent signed in, or from one of the caller's verified
    addresses; with the replies e-mailed back (never the coordinators' internal notes)."""

    reference = serializers.CharField()
    kind = serializers.CharField()
    kind_label = _label("kind")
    name = serializers.CharField(allow_blank=True)
    email = serializers.CharField(allow_blank=True)
    organisation_name = serializers.CharField(allow_blank=True)
    message = serializers.CharField(allow_blank=True)
    status = serializers.CharField()
    status_label = _label("status")
    created_at = serializers.DateTimeField()
    closed_at = serializers.DateTimeField(allow_null=True)
    anonymised_at = serializers.DateTimeField(
        allow_null=True, help_text="When the sender's details and words were removed."
    )
    replies = ExportReplySerializer(many=True)


class MeExportSerializer(Serializer[Any]):
    """Everything held about the caller: what they wrote in full, and what names other people
    only as far as the caller can read it through the API."""

    account = ExportAccountSerializer()
    organisation = ExportOrganisationSerializer(allow_null=True)
    mentor_profile = ExportMentorProfileSerializer(allow_null=True)
    requests = ExportRequestSerializer(many=True)
    proposals = ExportProposalSerializer(many=True)
    mentorships = ExportMentorshipSerializer(many=True)
    meetings = ExportMeetingSerializer(many=True)
    goals = ExportGoalSerializer(many=True)
    feedback_given = ExportFeedbackSerializer(many=True)
    activity = ExportActivitySerializer(many=True)
    enquiries = ExportEnquirySerializer(many=True)


class MeExportView(ApiView):
    # JSON only, whoever asks: a browser following the "Download your data" link gets the file,
    # not the browsable API page.
    renderer_classes = [JSONRenderer]

    @extend_schema(
        responses={
            200: OpenApiResponse(
                response=MeExportSerializer,
                description="Everything held about you, as a JSON file "
                '(`Content-Disposition: attachment; filename="mutual-mentors-data-<date>.json"`).',
            )
        },
        operation_id="me_export",
    )
    def get(self, request: Request) -> Response:
        filename = f"mutual-mentors-data-{timezone.localdate().isoformat()}.json"
        user = _me(request)
        return Response(
            {**me_export(user=user), "enquiries": enquiries_export(user=user)},
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )
