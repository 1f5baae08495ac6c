"""From a file or pasted text to a :class:`ScanResult`: the importer's pipeline.

decode (text) or parse in a child (PDF) -> clean lines -> blank the noise -> the named service's
shapes, else the generic detector -> order, "used" marks, warnings.
"""

from __future__ import annotations

from pathlib import Path

from vault.importers import generic
from vault.importers.document import Document, Found, in_document_order
from vault.importers.limits import DEFAULT_LIMITS, MAX_CODES, Limits
from vault.importers.notices import Notice, notice
from vault.importers.recognisers import Match, match_service, rank_services
from vault.importers.result import ScanError, ScanFailure, ScanResult
from vault.importers.text import Line, NotTextError, clean, decode
from vault.model import Kind, normalize

PDF_MAGIC = b"%PDF-"
PDF_MAGIC_WINDOW = 1024  # the PDF header may follow some junk; readers look this far
PDF_SUFFIXES = frozenset({".pdf"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ".csv", ".md", ".asc", ""})


def scan_file(
    path: Path, pdf_password: str | None = None, *, limits: Limits = DEFAULT_LIMITS
) -> ScanResult:
    """Find the codes in a PDF or text document.

    Raises :class:`ScanError`; an unreadable or missing file raises :class:`OSError` as usual.
    """
    size = path.stat().st_size
    bound = max(limits.max_pdf_bytes, limits.max_text_file_bytes)
    if size > bound:
        raise ScanError(ScanFailure.TOO_LARGE, f"{size} bytes")
    with path.open("rb") as handle:
        data = handle.read(bound + 1)
    suffix = path.suffix.lower()
    if PDF_MAGIC in data[:PDF_MAGIC_WINDOW] or suffix in PDF_SUFFIXES:
        return _scan_pdf(data, path.name, pdf_password, limits)
    if len(data) > limits.max_text_file_bytes:
        raise ScanError(ScanFailure.TOO_LARGE, f"{len(data)} bytes of text")
    try:
        text = decode(data)
    except NotTextError as exc:
        raise ScanError(ScanFailure.UNSUPPORTED, suffix or "no suffix") from exc
    if suffix not in TEXT_SUFFIXES and not _mostly_printable(text):
        raise ScanError(ScanFailure.UNSUPPORTED, suffix)
    return scan_text(text, path.name, limits=limits)


def scan_text(text: str, name: str = "", *, limits: Limits = DEFAULT_LIMITS) -> ScanResult:
    """Find the codes in pasted text (or a decoded text file)."""
    if len(text) > limits.max_text_chars:
        raise ScanError(ScanFailure.TOO_LARGE, f"{len(text)} characters")
    return analyse(Document(name, clean(text)))


def _scan_pdf(data: bytes, name: str, password: str | None, limits: Limits) -> ScanResult:
    from vault.importers.pdf import read_pdf

    if len(data) > limits.max_pdf_bytes:
        raise ScanError(ScanFailure.TOO_LARGE, f"{len(data)} bytes")
    if PDF_MAGIC not in data[:PDF_MAGIC_WINDOW]:
        raise ScanError(ScanFailure.DAMAGED, "no PDF header")
    pages = read_pdf(data, password, limits)
    lines: list[Line] = []
    for page in pages:
        lines.extend(clean(page.text, page.struck_flags()))
    if sum(len(line.text) for line in lines) > limits.max_text_chars:
        raise ScanError(ScanFailure.TOO_LARGE, "text")
    if not any(ch.isalnum() for line in lines for ch in line.text):
        raise ScanError(ScanFailure.NO_TEXT, f"{len(pages)} pages without text")
    return analyse(Document(name, lines))


def _mostly_printable(text: str) -> bool:
    return all(ch.isprintable() or ch in "\r\n\t" for ch in text[:4096])


def analyse(doc: Document) -> ScanResult:
    """The codes in a prepared document, with service, kind and warnings."""
    ranked = rank_services(doc)
    match: Match | None = None
    for service in ranked:
        match = match_service(doc, service)
        if match is not None:
            break
    warnings: list[str] = []
    if match is not None:
        found = match.found
        service_name: str | None = match.service.name
        kind = match.profile.kind
        expected = match.profile.count
        notices = match.profile.notices
    else:
        found = generic.find_codes(doc)
        service_name = ranked[0].name if ranked else None
        default = ranked[0].profiles[-1].kind if ranked else None
        kind = (
            default
            if default is not None and (default is not Kind.SET) == (len(found) == 1)
            else (Kind.SET if len(found) > 1 else Kind.SINGLE)
        )
        expected = None
        notices = ranked[0].profiles[-1].notices if ranked and len(found) else ()
        if service_name is None and found:
            warnings.append(notice(Notice.SERVICE_UNKNOWN))
    found = _distinct(in_document_order(found))
    if not found or len(found) > MAX_CODES:
        raise ScanError(ScanFailure.NOT_CODES, f"{len(found)} candidates")
    warnings[:0] = [notice(n, service=service_name) for n in notices]
    if kind is Kind.SET and expected is not None and len(found) != expected:
        which = Notice.FEWER_THAN_USUAL if len(found) < expected else Notice.MORE_THAN_USUAL
        warnings.append(notice(which, found=len(found), service=service_name, expected=expected))
    used = [f.text for f in found if f.used]
    if len(used) == 1:
        warnings.append(notice(Notice.MARKED_USED_ONE))
    elif used:
        warnings.append(notice(Notice.MARKED_USED, count=len(used)))
    return ScanResult(
        file=doc.name,
        service=service_name,
        kind=kind,
        codes=[f.text for f in found],
        used=used,
        warnings=warnings,
    )


def _distinct(found: list[Found]) -> list[Found]:
    """Each code once (a document may print its list twice); used if any copy is marked used."""
    seen: dict[str, Found] = {}
    for item in found:
        key = normalize(item.text)
        if key in seen:
            seen[key].used = seen[key].used or item.used
        else:
            seen[key] = item
    return list(seen.values())
