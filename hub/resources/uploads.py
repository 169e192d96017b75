"""Documents editors may upload: PDF, DOCX, ODT, XLSX and CSV, recognised by their content and
not only by their name, within a size limit (DOCUMENT_MAX_UPLOAD_SIZE)."""

import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm

ZIP_SIGNATURE = b"PK\x03\x04"
OPEN_DOCUMENT_TEXT = b"application/vnd.oasis.opendocument.text"


def is_pdf(upload) -> bool:
    return upload.read(5) == b"%PDF-"


def office_archive_with(member_prefix):
    def check(upload) -> bool:
        if upload.read(4) != ZIP_SIGNATURE:
            return False
        upload.seek(0)
        try:
            with zipfile.ZipFile(upload) as archive:
                names = archive.namelist()
        except zipfile.BadZipFile:
            return False
        return "[Content_Types].xml" in names and any(n.startswith(member_prefix) for n in names)

    return check


def is_odt(upload) -> bool:
    # An OpenDocument file starts with its uncompressed "mimetype" member.
    header = upload.read(38 + len(OPEN_DOCUMENT_TEXT))
    return (
        header.startswith(ZIP_SIGNATURE)
        and header[30:38] == b"mimetype"
        and (header[38:] == OPEN_DOCUMENT_TEXT)
    )


def is_csv(upload) -> bool:
    sample = upload.read(64 * 1024)
    if b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sample is still text.
        return error.start >= len(sample) - 3
    return True


CONTENT_CHECKS = {
    "pdf": is_pdf,
    "docx": office_archive_with("word/"),
    "xlsx": office_archive_with("xl/"),
    "odt": is_odt,
    "csv": is_csv,
}


class PublicationDocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload or "file" not in self.changed_data:
            return upload
        if upload.size > settings.DOCUMENT_MAX_UPLOAD_SIZE:
            raise ValidationError(
                _("This file is %(size)s; documents can be at most %(limit)s.")
                % {
                    "size": filesizeformat(upload.size),
                    "limit": filesizeformat(settings.DOCUMENT_MAX_UPLOAD_SIZE),
                }
            )
        extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
        check = CONTENT_CHECKS.get(extension)
        if check is None:
            raise ValidationError(
                _("Upload a PDF, DOCX, ODT, XLSX or CSV file, not “.%(extension)s”.")
                % {"extension": extension}
            )
        upload.seek(0)
        matches = check(upload)
        upload.seek(0)
        if not matches:
            raise ValidationError(
                _("This file is named .%(extension)s but its content is not a %(kind)s file.")
                % {"extension": extension, "kind": extension.upper()}
            )
        return upload
