"""Checks an uploaded resource file from its content: only PDF, DOCX, XLSX, ODT and ODS get in.

The name a browser sends is never trusted: the type comes from the bytes (a PDF header, or the
manifest inside an Office Open XML or OpenDocument zip), the name's extension must agree with
it, and a name carrying a folder path is refused outright rather than quietly trimmed.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from typing import IO

from django.core.exceptions import ValidationError

MAX_BYTES = 10 * 1024 * 1024
# Manifests are a few kB; reading more than this from one means something is wrong.
MAX_MANIFEST_BYTES = 256 * 1024


@dataclass(frozen=True)
class FileType:
    key: str
    extension: str
    content_type: str
    label: str


PDF = FileType("pdf", "pdf", "application/pdf", "PDF")
DOCX = FileType(
    "docx",
    "docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "Word document",
)
XLSX = FileType(
    "xlsx",
    "xlsx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "Excel spreadsheet",
)
ODT = FileType("odt", "odt", "application/vnd.oasis.opendocument.text", "OpenDocument text")
ODS = FileType(
    "ods", "ods", "application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet"
)
TYPES = {t.key: t for t in (PDF, DOCX, XLSX, ODT, ODS)}

NOT_ALLOWED = (
    "Upload a PDF, Word (.docx), Excel (.xlsx) or OpenDocument (.odt, .ods) file. "
    "This file's content is none of those."
)

# The main part's content type inside [Content_Types].xml; macro-enabled variants differ.
OOXML_MAIN = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": DOCX,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": XLSX,
}


def _error(message: str) -> ValidationError:
    return ValidationError({"file": [message]})


def _zip_type(handle: IO[bytes]) -> FileType | None:
    try:
        with zipfile.ZipFile(handle) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                with archive.open("mimetype") as part:
                    mimetype = part.read(200).decode("ascii", "replace").strip()
                return {ODT.content_type: ODT, ODS.content_type: ODS}.get(mimetype)
            if "[Content_Types].xml" in names:
                with archive.open("[Content_Types].xml") as part:
                    manifest = part.read(MAX_MANIFEST_BYTES).decode("utf-8", "replace")
                for marker, found in OOXML_MAIN.items():
                    if f'ContentType="{marker}"' in manifest:
                        return found
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError):
        return None
    return None


def detect_type(handle: IO[bytes]) -> FileType | None:
    """The allowed type the content really is, or None."""
    handle.seek(0)
    head = handle.read(8)
    handle.seek(0)
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"PK\x03\x04"):
        found = _zip_type(handle)
        handle.seek(0)
        return found
    return None


def clean_name(raw_name: str) -> str:
    """The name to offer on download; refuses names that try to say where the file goes."""
    name = raw_name.strip()
    if not name:
        raise _error("The file needs a name.")
    if "/" in name or "\\" in name or "\x00" in name or name.startswith(".."):
        raise _error("The file name must not contain a folder path. Rename the file and retry.")
    if len(name) > 150:
        raise _error("The file name is too long: keep it under 150 characters.")
    return name


def check_upload(*, handle: IO[bytes], size: int, raw_name: str) -> tuple[str, FileType]:
    """Raises ValidationError on `file` unless the upload is an allowed type within the limit."""
    name = clean_name(raw_name)
    if size > MAX_BYTES:
        raise _error("The file is larger than 10 MB. Upload a smaller file.")
    if size == 0:
        raise _error("The file is empty.")
    found = detect_type(handle)
    if found is None:
        raise _error(NOT_ALLOWED)
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension != found.extension:
        raise _error(
            f"The file's content is a {found.label}, but its name ends in "
            f"'.{extension or '(nothing)'}'. Name it '.{found.extension}' and upload it again."
        )
    return name, found
