"""Every write to the library, checklist and case studies: one function each, atomic, audited."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import IO, Any, TypeVar

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import File
from django.db import transaction
from django.utils import timezone

from accounts.models import Organisation, Sector, User
from core.audit import audit_event_record
from core.errors import Conflict
from core.models import AuditEvent
from core.services import model_update
from matching.models import Mentorship, Topic
from resources import guide, notifications, uploads
from resources.models import (
    CaseStudy,
    ChecklistTick,
    Resource,
    ResourceFeedback,
    ResourceStage,
)

Verb = AuditEvent.Verb
RESOURCE_FIELDS = ["title", "summary", "kind", "url", "topics", "sectors", "publisher"]
CASE_STUDY_FIELDS = ["title", "summary", "body", "sectors", "stages", "mentorship"]


def _require_coordinator(actor: User) -> None:
    if not actor.is_coordinator:
        raise PermissionDenied("Only coordinators can change the resource library.")


def _set_stages(resource: Resource, stages: Iterable[int]) -> None:
    wanted = set(stages)
    have = set(resource.stage_rows.values_list("stage", flat=True))
    if wanted != have:
        resource.stage_rows.filter(stage__in=have - wanted).delete()
        ResourceStage.objects.bulk_create(
            ResourceStage(resource=resource, stage=s) for s in sorted(wanted - have)
        )


# --- resources --------------------------------------------------------------------------------
@transaction.atomic
def resource_create(
    *,
    actor: User,
    title: str,
    summary: str,
    kind: str,
    url: str = "",
    stages: Iterable[int] = (),
    topics: Iterable[Topic] = (),
    sectors: Iterable[Sector] = (),
    publisher: str = "",
) -> Resource:
    """A new resource starts as a draft: nobody outside the coordinators sees it yet."""
    _require_coordinator(actor)
    resource = Resource(
        title=title, summary=summary, kind=kind, url=url, publisher=publisher, created_by=actor
    )
    resource.full_clean()
    resource.save()
    resource.topics.set(list(topics))
    resource.sectors.set(list(sectors))
    _set_stages(resource, stages)
    audit_event_record(actor=actor, verb=Verb.CREATED, target=resource, to_status=resource.status)
    return resource


@transaction.atomic
def resource_update(*, resource: Resource, actor: User, **data: Any) -> Resource:
    """Edits the text, link, stages, topics and service areas; the status moves only by
    publish or archive."""
    _require_coordinator(actor)
    resource = Resource.objects.select_for_update().get(pk=resource.pk)
    resource, changed = model_update(instance=resource, fields=RESOURCE_FIELDS, data=data)
    if "stages" in data:
        before = set(resource.stage_rows.values_list("stage", flat=True))
        _set_stages(resource, data["stages"])
        changed = changed or before != set(data["stages"])
    if resource.status == Resource.Status.PUBLISHED and not (resource.url or resource.file):
        raise ValidationError({"url": ["A published resource needs a link or a file."]})
    if changed:
        Resource.objects.filter(pk=resource.pk).update(updated_at=timezone.now())
        audit_event_record(
            actor=actor, verb=Verb.UPDATED, target=resource, data={"fields": sorted(data)}
        )
    return resource


Moved = TypeVar("Moved", Resource, CaseStudy)


def _status_move(
    *,
    row: Moved,
    actor: User,
    status: str,
    verb: Verb,
    check: Callable[[Moved], None] | None = None,
) -> Moved:
    """The one body of publishing, archiving and back-to-draft, for resources and case studies:
    lock, check, move, audit (nothing if it is there already)."""
    _require_coordinator(actor)
    locked = type(row).objects.select_for_update().get(pk=row.pk)
    if locked.status == status:
        return locked
    if check is not None:
        check(locked)
    before = locked.status
    locked.status = status
    locked.save(update_fields=["status", "updated_at"])
    audit_event_record(
        actor=actor, verb=verb, target=locked, from_status=before, to_status=locked.status
    )
    return locked


def _publishable(resource: Resource) -> None:
    if not (resource.url or resource.file):
        raise Conflict(
            "Add a link or upload a file before publishing this resource.",
            code="resource_incomplete",
        )


def _resource_status_set(*, resource: Resource, actor: User, status: str, verb: Verb) -> Resource:
    published = status == Resource.Status.PUBLISHED
    return _status_move(
        row=resource,
        actor=actor,
        status=status,
        verb=verb,
        check=_publishable if published else None,
    )


@transaction.atomic
def resource_publish(*, resource: Resource, actor: User) -> Resource:
    return _resource_status_set(
        resource=resource, actor=actor, status=Resource.Status.PUBLISHED, verb=Verb.PUBLISHED
    )


@transaction.atomic
def resource_archive(*, resource: Resource, actor: User) -> Resource:
    """Archived resources leave the library and every signpost, but keep their feedback."""
    return _resource_status_set(
        resource=resource, actor=actor, status=Resource.Status.ARCHIVED, verb=Verb.ARCHIVED
    )


@transaction.atomic
def resource_draft(*, resource: Resource, actor: User) -> Resource:
    """Back to draft (e.g. to rework an archived resource before publishing it again)."""
    return _resource_status_set(
        resource=resource, actor=actor, status=Resource.Status.DRAFT, verb=Verb.REOPENED
    )


def resource_file_attach(
    *, resource: Resource, actor: User, handle: IO[bytes], size: int, raw_name: str
) -> Resource:
    """Checks the upload from its content, then stores it under a random name.

    The check runs before the transaction: a refused file stores nothing at all.
    """
    _require_coordinator(actor)
    name, found = uploads.check_upload(handle=handle, size=size, raw_name=raw_name)
    with transaction.atomic():
        locked = Resource.objects.select_for_update().get(pk=resource.pk)
        old = locked.file.name if locked.file else ""
        handle.seek(0)
        locked.file.save(f"upload.{found.extension}", File(handle), save=False)
        locked.file_name = name
        locked.file_type = found.key
        locked.file_size = size
        locked.save(update_fields=["file", "file_name", "file_type", "file_size", "updated_at"])
        audit_event_record(
            actor=actor,
            verb=Verb.FILE_ATTACHED,
            target=locked,
            data={"name": name, "type": found.key, "size": size},
        )
        if old:
            storage = locked.file.storage
            transaction.on_commit(lambda: storage.delete(old))
    return locked


@transaction.atomic
def resource_feedback_record(*, resource: Resource, actor: User, useful: bool) -> ResourceFeedback:
    """One answer per person and resource; answering again replaces the earlier answer."""
    if resource.status != Resource.Status.PUBLISHED and not actor.is_coordinator:
        raise PermissionDenied("This resource is not published.")
    feedback, _ = ResourceFeedback.objects.update_or_create(
        resource=resource, user=actor, defaults={"useful": useful, "updated_at": timezone.now()}
    )
    audit_event_record(
        actor=actor,
        verb=Verb.UPDATED,
        target=resource,
        reason="useful" if useful else "not useful",
        data={"feedback": useful},
    )
    return feedback


# --- the guide's checklist --------------------------------------------------------------------
@transaction.atomic
def checklist_update(*, organisation: Organisation, actor: User, done: Iterable[str]) -> list[str]:
    """Sets which checklist items the organisation has done (the whole list, like a PUT)."""
    if not (actor.is_mentee and actor.organisation_id == organisation.pk):
        raise PermissionDenied("Only members of this organisation can tick its checklist.")
    wanted = set(done)
    unknown = sorted(wanted - set(guide.ITEMS))
    if unknown:
        raise ValidationError({"done": [f"Unknown checklist items: {', '.join(unknown)}."]})
    # Lock the organisation so two members saving at once end with one of their lists, whole.
    Organisation.objects.select_for_update().filter(pk=organisation.pk).first()
    have = set(
        ChecklistTick.objects.filter(organisation=organisation).values_list("item", flat=True)
    )
    if wanted == have:
        return sorted(have)
    ChecklistTick.objects.filter(organisation=organisation, item__in=have - wanted).delete()
    ChecklistTick.objects.bulk_create(
        ChecklistTick(organisation=organisation, item=item, ticked_by=actor)
        for item in sorted(wanted - have)
    )
    audit_event_record(
        actor=actor,
        verb=Verb.UPDATED,
        target=organisation,
        reason="guide checklist",
        data={"ticked": sorted(wanted - have), "unticked": sorted(have - wanted)},
    )
    return sorted(wanted)


# --- case studies -----------------------------------------------------------------------------
def _check_mentorship(mentorship: Mentorship | None) -> None:
    if mentorship is not None and mentorship.status != Mentorship.Status.COMPLETED:
        raise ValidationError(
            {"mentorship": ["Write a case study only from a completed mentorship."]}
        )


@transaction.atomic
def case_study_create(
    *,
    actor: User,
    title: str,
    summary: str,
    body: str,
    sectors: Iterable[Sector] = (),
    stages: list[int] | None = None,
    mentorship: Mentorship | None = None,
) -> CaseStudy:
    _require_coordinator(actor)
    _check_mentorship(mentorship)
    study = CaseStudy(
        title=title,
        summary=summary,
        body=body,
        stages=sorted(set(stages or [])),
        mentorship=mentorship,
        created_by=actor,
    )
    study.full_clean()
    study.save()
    study.sectors.set(list(sectors))
    audit_event_record(actor=actor, verb=Verb.CREATED, target=study, to_status=study.status)
    notifications.notify_consent_wanted(case_study=study)
    return study


@transaction.atomic
def case_study_update(*, case_study: CaseStudy, actor: User, **data: Any) -> CaseStudy:
    """Edits the text; a change of mentorship asks both sides for consent again."""
    _require_coordinator(actor)
    study = CaseStudy.objects.select_for_update().get(pk=case_study.pk)
    if "stages" in data:
        data["stages"] = sorted(set(data["stages"]))
    relinked = "mentorship" in data and data["mentorship"] != study.mentorship
    if relinked:
        _check_mentorship(data["mentorship"])
        data.update(consent_mentor=False, consent_mentee=False)
        if study.status == CaseStudy.Status.PUBLISHED:
            raise Conflict(
                "Unpublish this case study before linking it to another mentorship.",
                code="invalid_state",
            )
    study, changed = model_update(
        instance=study,
        fields=[*CASE_STUDY_FIELDS, "consent_mentor", "consent_mentee"],
        data=data,
    )
    if changed:
        audit_event_record(
            actor=actor, verb=Verb.UPDATED, target=study, data={"fields": sorted(data)}
        )
    if relinked:
        # The new mentorship's two sides are asked; the old one's consent went with it.
        notifications.notify_consent_wanted(case_study=study)
    return study


@transaction.atomic
def case_study_consent(*, case_study: CaseStudy, actor: User, consent: bool) -> CaseStudy:
    """The mentor or a mentee of the case study's mentorship says yes (or takes it back)."""
    study = (
        # Lock only the case study: its mentorship is a nullable (outer) join.
        CaseStudy.objects.select_for_update(of=("self",))
        .select_related("mentorship__request", "mentorship__mentor")
        .get(pk=case_study.pk)
    )
    mentorship = study.mentorship
    if mentorship is None:
        raise Conflict("This case study is not about a mentorship.", code="invalid_state")
    if actor.is_mentor and mentorship.mentor.user_id == actor.pk:
        field = "consent_mentor"
    elif actor.is_mentee and mentorship.request.organisation_id == actor.organisation_id:
        field = "consent_mentee"
    else:
        raise PermissionDenied("Only the two sides of this mentorship can give consent.")
    if not consent and study.status == CaseStudy.Status.PUBLISHED:
        # Withdrawing consent takes the case study down at once.
        study.status = CaseStudy.Status.DRAFT
    setattr(study, field, consent)
    study.save(update_fields=[field, "status", "updated_at"])
    audit_event_record(
        actor=actor,
        verb=Verb.CONSENTED if consent else Verb.WITHDRAWN,
        target=study,
        data={"side": field.removeprefix("consent_"), "consent": consent},
    )
    return study


@transaction.atomic
def case_study_publish(*, case_study: CaseStudy, actor: User) -> CaseStudy:
    _require_coordinator(actor)
    study = CaseStudy.objects.select_for_update().get(pk=case_study.pk)
    if study.status == CaseStudy.Status.PUBLISHED:
        return study
    if not study.consented:
        raise Conflict(
            "Both the mentor and the mentee must agree in the app before this case study "
            "can be published.",
            code="consent_missing",
        )
    before = study.status
    study.status = CaseStudy.Status.PUBLISHED
    study.published_at = timezone.now()
    study.save(update_fields=["status", "published_at", "updated_at"])
    audit_event_record(
        actor=actor, verb=Verb.PUBLISHED, target=study, from_status=before, to_status=study.status
    )
    return study


@transaction.atomic
def case_study_archive(*, case_study: CaseStudy, actor: User) -> CaseStudy:
    return _status_move(
        row=case_study, actor=actor, status=CaseStudy.Status.ARCHIVED, verb=Verb.ARCHIVED
    )


@transaction.atomic
def case_study_draft(*, case_study: CaseStudy, actor: User) -> CaseStudy:
    """Back to draft: unpublished (or taken out of the archive) to be reworked; consent stays."""
    return _status_move(
        row=case_study, actor=actor, status=CaseStudy.Status.DRAFT, verb=Verb.REOPENED
    )
