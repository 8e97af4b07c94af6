"""Uploads: only real PDF/DOCX/XLSX/ODT/ODS files up to 10 MB, checked from their content."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.test.client import encode_multipart

from resources.models import Resource
from tests.conftest import client_for
from tests.errors import field_errors
from tests.resources.conftest import make_resource

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200


def zip_bytes(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


DOCX = zip_bytes({
    "[Content_Types].xml": '<Types><Override PartName="/word/document.xml" ContentType='
    '"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "word/document.xml": "<w:document/>",
})  # fmt: skip
ODS = zip_bytes(
    {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"}
)
PLAIN_ZIP = zip_bytes({"readme.txt": "hello"})


def upload(resource: Resource, user: Any, name: str, content: bytes) -> Any:
    client = client_for(user)
    return client.put(
        f"/api/v1/resources/{resource.pk}/file/",
        {"file": SimpleUploadedFile(name, content)},
        format="multipart",
    )


def stored_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("report.pdf", EXE, "none of those"),  # a renamed executable
        ("setup.exe", EXE, "none of those"),
        ("archive.docx", PLAIN_ZIP, "none of those"),  # a zip that is not a document
        ("notes.pdf", DOCX, "Word document"),  # content and name disagree
        ("big.pdf", PDF + b"0" * (10 * 1024 * 1024), "10 MB"),
        ("empty.pdf", b"", "empty"),
    ],
)
def test_it_refuses_bad_files_naming_the_field_and_storing_nothing(
    coordinator: Any, name: str, content: bytes, says: str
) -> None:
    resource = make_resource("Fair Deal", stages=[3])
    response = upload(resource, coordinator, name, content)
    assert response.status_code == 400, response.content
    assert says in " ".join(field_errors(response)["file"])
    resource.refresh_from_db()
    assert not resource.file and resource.file_name == ""
    assert stored_files() == []


def test_it_refuses_a_name_with_a_folder_path(coordinator: Any) -> None:
    resource = make_resource("Fair Deal", stages=[3])
    # Built by hand: test clients, like Django's parser, would strip the path before we saw it.
    body = encode_multipart("BOUNDARY", {}).replace(b"--BOUNDARY--", b"")
    body += (
        b'--BOUNDARY\r\nContent-Disposition: form-data; name="file"; filename="../../etc/evil.pdf"'
        b"\r\nContent-Type: application/pdf\r\n\r\n" + PDF + b"\r\n--BOUNDARY--\r\n"
    )
    response = client_for(coordinator).generic(
        "PUT",
        f"/api/v1/resources/{resource.pk}/file/",
        body,  # type: ignore[arg-type]  # bytes are sent as they are
        content_type="multipart/form-data; boundary=BOUNDARY",
    )
    assert response.status_code == 400, response.content
    assert "folder path" in field_errors(response)["file"][0]
    assert stored_files() == []


def test_a_good_pdf_is_stored_under_a_random_name_and_downloads_as_an_attachment(
    coordinator: Any,
) -> None:
    resource = make_resource("Fair Deal", stages=[3])
    response = upload(resource, coordinator, "Fair Deal guidance.pdf", PDF)
    assert response.status_code == 200, response.content
    assert response.json()["file_type"] == "pdf"
    assert response.json()["download_url"] == f"/resources/{resource.pk}/download/"
    (stored,) = stored_files()
    assert "Fair Deal" not in stored.name and stored.suffix == ".pdf"
    download = Client().get(f"/resources/{resource.pk}/download/")
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"].startswith("attachment;")
    assert "Fair Deal guidance.pdf" in download["Content-Disposition"]
    assert download["X-Content-Type-Options"] == "nosniff"
    assert download.getvalue() == PDF


@pytest.mark.parametrize(("name", "content"), [("plan.docx", DOCX), ("budget.ods", ODS)])
def test_it_accepts_office_documents_checked_from_their_manifest(
    coordinator: Any, name: str, content: bytes
) -> None:
    resource = make_resource("Business plan template", stages=[3])
    response = upload(resource, coordinator, name, content)
    assert response.status_code == 200, response.content
    assert response.json()["file_type"] == name.rsplit(".", 1)[1]


def test_only_coordinators_upload_and_drafts_do_not_download(mentee: Any, coordinator: Any) -> None:
    resource = make_resource("Draft", stages=[3], status="draft")
    assert upload(resource, mentee, "a.pdf", PDF).status_code == 403
    assert upload(resource, coordinator, "a.pdf", PDF).status_code == 200
    assert Client().get(f"/resources/{resource.pk}/download/").status_code == 404
