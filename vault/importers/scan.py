"""From a file or pasted text to a :class:`ScanResult`: the importer's pipeline.

decode (text) or parse in a child (PDF, lines rebuilt from glyph positions) -> clean lines ->
mend codes extraction broke up -> blank the noise -> candidates of the named service's shapes,
else the generic detector's -> accept or set aside each for its reasons (:mod:`decide`) ->
order, "used" marks and their dates, warnings, the account the document names.

Where no candidate is sure it is ``not_codes``, never a guess, and the candidates set aside come
with it: a site that gives one code with several candidates in the document, or an unknown
site's document with several labelled codes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from vault.document_types import (
    IMAGE_SUFFIXES,
    PDF_MAGIC,
    PDF_MAGIC_WINDOW,
    PDF_SUFFIXES,
    TEXT_SUFFIXES,
    is_image,
)
from vault.importers import generic
from vault.importers.account_hint import account_hint
from vault.importers.decide import names_a_key, sift, standing
from vault.importers.limits import DEFAULT_LIMITS, MAX_CODES, Limits
from vault.importers.notices import Notice, ScanNotice, notice
from vault.importers.paper_copy import is_paper_copy, read_paper_copy
from vault.importers.prepared import Found, PreparedText, in_document_order
from vault.importers.recognisers import (
    Match,
    Ranked,
    find_phrases,
    guess_service,
    match_service,
    other_groups,
    rank_services,
    wrapped,
)
from vault.importers.repair import mend, strip_line_numbers
from vault.importers.result import Doubt, ScanError, ScanFailure, ScanResult, Uncertain
from vault.importers.services import Service
from vault.importers.text import Line, NotTextError, clean, decode
from vault.model import Kind, normalize

if TYPE_CHECKING:
    from vault.importers.pdf import StartedReader

PHRASE_LENGTHS = (12, 24)  # words in the recovery phrases sites hand out
COLUMN_GAP = "    "  # how PDF extraction marks the gap between table columns
# reading a picture takes seconds: it reports pages done (of all) and stops when cancelled
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def scan_file(
    path: Path,
    pdf_password: str | None = None,
    *,
    limits: Limits = DEFAULT_LIMITS,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    pdf_reader: StartedReader | None = None,
) -> ScanResult:
    """Find the codes in a PDF, picture or text document.

    Raises :class:`ScanError` (:class:`vault.importers.ocr.CancelledError` when ``cancelled``
    says so while a picture is read); an unreadable or missing file raises :class:`OSError`.
    ``pdf_reader``: a PDF child started ahead (:class:`vault.importers.pdf.StartedReader`);
    the caller closes it (it is used only for a PDF).
    """
    size = path.stat().st_size
    bound = max(limits.max_pdf_bytes, limits.max_text_file_bytes, limits.max_image_bytes)
    if size > bound:
        raise ScanError(ScanFailure.TOO_LARGE, f"{size} bytes")
    with path.open("rb") as handle:
        data = handle.read(bound + 1)
    return scan_bytes(
        data,
        path.name,
        pdf_password,
        limits=limits,
        progress=progress,
        cancelled=cancelled,
        pdf_reader=pdf_reader,
    )


def scan_bytes(
    data: bytes,
    name: str = "",
    pdf_password: str | None = None,
    *,
    limits: Limits = DEFAULT_LIMITS,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    pdf_reader: StartedReader | None = None,
) -> ScanResult:
    """Find the codes in a document's bytes (a file's, or standard input's); ``name`` may be "".

    Raises :class:`ScanError`.
    """
    suffix = Path(name).suffix.lower()
    if PDF_MAGIC in data[:PDF_MAGIC_WINDOW] or suffix in PDF_SUFFIXES:
        try:
            return _scan_pdf(data, name, pdf_password, limits, progress, cancelled, pdf_reader)
        except ScanError as exc:
            if exc.failure is not ScanFailure.NO_TEXT:
                raise
        from vault.importers.ocr_scan import scan_picture  # loaded only for pictures

        # only pictures of text: read them
        return scan_picture(data, name, "pdf", pdf_password, limits, progress, cancelled)
    if is_image(data[:16]) or suffix in IMAGE_SUFFIXES:
        from vault.importers.ocr_scan import scan_picture

        return scan_picture(data, name, "image", None, limits, progress, cancelled)
    if len(data) > limits.max_text_file_bytes:
        raise ScanError(ScanFailure.TOO_LARGE, f"{len(data)} bytes of text")
    try:
        text = decode(data)
    except NotTextError as exc:
        raise ScanError(ScanFailure.UNSUPPORTED, suffix or "no suffix") from exc
    if suffix not in TEXT_SUFFIXES and not _mostly_printable(text):
        raise ScanError(ScanFailure.UNSUPPORTED, suffix)
    return scan_text(text, name, limits=limits)


def scan_text(text: str, name: str = "", *, limits: Limits = DEFAULT_LIMITS) -> ScanResult:
    """Find the codes in pasted text (or a decoded text file)."""
    if len(text) > limits.max_text_chars:
        raise ScanError(ScanFailure.TOO_LARGE, f"{len(text)} characters")
    # a tab separates table cells (a spreadsheet's copy, a tab-separated file): a column gap
    text = strip_line_numbers(text).replace("\t", COLUMN_GAP)
    return analyse(PreparedText(name, mend(clean(text))))


def _scan_pdf(
    data: bytes,
    name: str,
    password: str | None,
    limits: Limits,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    started: StartedReader | None = None,
) -> ScanResult:
    """A PDF's codes from its text; pages that are only pictures (a scan among typed pages)
    are read by OCR, where an engine is installed. No text at all: :data:`ScanFailure.NO_TEXT`.
    ``started``: a PDF child started ahead for this document.
    """
    from vault.importers.pdf import read_pdf

    if len(data) > limits.max_pdf_bytes:
        raise ScanError(ScanFailure.TOO_LARGE, f"{len(data)} bytes")
    if PDF_MAGIC not in data[:PDF_MAGIC_WINDOW]:
        raise ScanError(ScanFailure.DAMAGED, "no PDF header")
    pages = read_pdf(data, password, limits, started)
    printed = [clean(page.text, page.struck_flags()) for page in pages]
    lines = [line for page in printed for line in page]
    if sum(len(line.text) for line in lines) > limits.max_text_chars:
        raise ScanError(ScanFailure.TOO_LARGE, "text")
    if not any(ch.isalnum() for line in lines for ch in line.text):
        raise ScanError(ScanFailure.NO_TEXT, f"{len(pages)} pages without text")
    # a page without text that draws a picture: a scanned page among typed ones
    scanned = [
        page.pictures and not _has_text(lines) for page, lines in zip(pages, printed, strict=True)
    ]
    if any(scanned):
        from vault.importers.ocr_scan import scan_picture
        from vault.importers.result import NoOcrEngineError

        with_pictures = [
            None if picture else lines for picture, lines in zip(scanned, printed, strict=True)
        ]
        try:
            return scan_picture(
                data, name, "pdf", password, limits, progress, cancelled, with_pictures
            )
        except NoOcrEngineError:
            pass  # no engine to read the pictures with: the pages with text are still read
    return analyse(PreparedText(name, mend(lines)))


def _has_text(lines: list[Line]) -> bool:
    return any(ch.isalnum() for line in lines for ch in line.text)


def _mostly_printable(text: str) -> bool:
    return all(ch.isprintable() or ch in "\r\n\t" for ch in text[:4096])


def analyse(doc: PreparedText) -> ScanResult:
    """The codes in a prepared document, with service, kind, warnings and what was set aside."""
    if is_paper_copy(doc):
        return read_paper_copy(doc, analyse)
    ranked = rank_services(doc)
    match: Match | None = None
    for entry in ranked:
        match = match_service(doc, entry.service)
        if match is not None:
            break
    warnings: list[ScanNotice] = []
    uncertain: list[Uncertain] = []
    service: Service | None
    others: list[Match] = []
    if match is not None:
        expected = match.profile.count
        listed = match.found
        if match.profile.kind is Kind.SET and expected and len(_distinct(listed)) < expected:
            extra = wrapped(doc, match.profile, listed)
            if extra and len(_distinct(listed + extra)) == expected:
                listed = sorted(listed + extra, key=lambda f: (f.line, f.start))
                match = Match(match.service, match.profile, listed)
        service, kind = match.service, match.profile.kind
        notices = match.profile.notices
        others = other_groups(doc, match, ranked)
        found, uncertain = sift(doc, _distinct(listed), a_set=kind is Kind.SET)
        found = in_document_order(found)  # after sifting: a decoy has no number to order by
        if kind is Kind.SET and found:
            # the site's shape is a hint, never a gate: a list of the same codes with more
            # members of their shape (a code outside the site's alphabet) is read whole
            listing = generic.find_codes(doc)
            keys = {normalize(f.text) for f in found}
            if keys < {normalize(f.text) for f in listing.found}:
                found = _distinct(in_document_order(listing.found))
                uncertain = listing.uncertain
        if kind is not Kind.SET and len(found) > 1:
            listing = generic.find_codes(doc)
            if len(_distinct(standing(doc, listing.found))) > 1:
                # the site usually gives one code, but the page lays out a list of them:
                # the list is read as it is (the service names the site; it never gates codes)
                found = _distinct(in_document_order(listing.found))
                kind, expected, notices = Kind.SET, None, ()
                uncertain = listing.uncertain
            else:
                found = _the_one(doc, found, uncertain)
    if match is None or not found:
        # no code of the named site's shapes is sure: the generic shapes decide
        found, service, kind, notices = _read_by_shapes(doc, ranked, uncertain, warnings)
        expected = None
    if not found:
        # a recovery phrase of a site we do not know: twelve or twenty-four words
        phrase = next((p for n in PHRASE_LENGTHS for p in find_phrases(doc, n)), None)
        if phrase is not None:
            found, kind, notices, expected = [phrase], Kind.KEY, (), None
    uncertain = _distinct_doubts(uncertain, found)
    if not found or len(found) > MAX_CODES:
        raise ScanError(ScanFailure.NOT_CODES, f"{len(found)} candidates", uncertain)
    service_name = service.name if service is not None else None
    warnings[:0] = [notice(n, service=service_name) for n in notices]
    warnings += _count_warnings(doc, found, kind, expected, service_name, others)
    used = [f.text for f in found if f.used]
    return ScanResult(
        file=doc.name,
        service=service_name,
        kind=kind,
        codes=[f.text for f in found],
        used=used,
        warnings=warnings,
        uncertain=uncertain,
        account_hint=account_hint(doc.text, doc.name),
        used_on={f.text: f.used_on for f in found if f.used and f.used_on is not None},
    )


def _read_by_shapes(
    doc: PreparedText,
    ranked: list[Ranked],
    uncertain: list[Uncertain],
    warnings: list[ScanNotice],
) -> tuple[list[Found], Service | None, Kind, tuple[Notice, ...]]:
    """The codes the generic shapes find, with the site the page names or the codes suggest.

    Candidates set aside go to ``uncertain``, and a guessed or unknown site to ``warnings``.
    """
    decision = generic.find_codes(doc)
    found = _distinct(in_document_order(decision.found))
    uncertain += decision.uncertain
    top = ranked[0] if ranked else None
    if top is not None and len(found) > 1 and not _hands_out_sets(top.service):
        if top.subject and top.first_line < min(f.line for f in found):
            # a site that gives one code, and several candidates: none of them is sure
            doubts = [Uncertain(f.text, Doubt.ONE_OF_SEVERAL) for f in found]
            raise ScanError(ScanFailure.NOT_CODES, f"{len(found)} candidates", doubts)
        top = None  # named only in passing, after the list: the codes are another site's
    service = top.service if top is not None else None
    if top is not None and top.subject:
        found = _of_the_service_shape(top.service, found, uncertain)
    kind = _kind_of(service, len(found))
    if kind is Kind.SINGLE and service is None and found and names_a_key(doc, found[0]):
        kind = Kind.KEY
    notices = service.profiles[-1].notices if service is not None and found else ()
    if service is None and found:
        guess = guess_service([f.text for f in found])
        if guess is not None:
            service, profile = guess
            kind, notices = profile.kind, profile.notices
            warnings.append(notice(Notice.SERVICE_GUESSED, service=service.name))
        else:
            warnings.append(notice(Notice.SERVICE_UNKNOWN))
    return found, service, kind, notices


def _count_warnings(
    doc: PreparedText,
    found: list[Found],
    kind: Kind,
    expected: int | None,
    service_name: str | None,
    others: list[Match],
) -> list[ScanNotice]:
    """What the user should know about the codes read: fewer or more than the site gives, other
    sites' codes left out, numbered items not read, codes the document marks as used."""
    warnings: list[ScanNotice] = []
    if kind is Kind.SET and expected is not None and len(found) != expected:
        sets, rest = divmod(len(found), expected)
        if sets > 1 and not rest:
            warnings.append(
                notice(
                    Notice.SEVERAL_SETS,
                    found=len(found),
                    sets=sets,
                    expected=expected,
                    service=service_name,
                )
            )
        else:
            which = Notice.FEWER_THAN_USUAL if len(found) < expected else Notice.MORE_THAN_USUAL
            warnings.append(
                notice(which, found=len(found), service=service_name, expected=expected)
            )
    for other in others:
        count = len(_distinct(other.found))
        if count == 1:
            warnings.append(notice(Notice.OTHER_SERVICE_CODE, service=other.service.name))
        else:
            warnings.append(
                notice(Notice.OTHER_SERVICE_CODES, count=count, service=other.service.name)
            )
    unread = doc.unread_items(found)
    if len(unread) == 1:
        warnings.append(notice(Notice.UNREAD_ITEM, number=unread[0]))
    elif unread:
        warnings.append(notice(Notice.UNREAD_ITEMS, numbers=tuple(unread)))
    used = [f for f in found if f.used]
    if len(used) == 1:
        warnings.append(notice(Notice.MARKED_USED_ONE))
    elif used:
        warnings.append(notice(Notice.MARKED_USED, count=len(used)))
    return warnings


def _of_the_service_shape(
    service: Service, found: list[Found], uncertain: list[Uncertain]
) -> list[Found]:
    """The codes of the length the page's site gives, where its codes always have one.

    A piece of a 1Password Secret Key (34 letters and digits) is no Secret Key, and eleven
    characters of a Login.gov code (twelve) are no code: they are set aside for the user to
    check, never read as codes.
    """
    lengths = {profile.length for profile in service.profiles}
    if None in lengths:
        return found
    kept = [f for f in found if len(normalize(f.text)) in lengths]
    uncertain += [
        Uncertain(f.text, Doubt.NOT_SERVICE_SHAPE, service.name) for f in found if f not in kept
    ]
    return kept


def _hands_out_sets(service: Service) -> bool:
    return any(profile.kind is Kind.SET for profile in service.profiles)


def _kind_of(service: Service | None, count: int) -> Kind:
    """The kind of what the generic detector found: the service's, when the count agrees."""
    if service is not None:
        default = service.profiles[-1].kind
        if (default is not Kind.SET) == (count == 1):
            return default
    return Kind.SET if count > 1 else Kind.SINGLE


def _the_one(doc: PreparedText, found: list[Found], uncertain: list[Uncertain]) -> list[Found]:
    """The code of a single-code document that found several candidates, if one stands out.

    It stands out when it is the only one on a line of its own, and that line or the one above
    speaks of a code ("Your recovery code:"), or when it ends a line after such a label
    ("Backup code: X7K2…"); the others are then mentions in sentences. Of several such, an old
    one the document marks as used does not count. Else no code is sure: the scan fails with
    every candidate set aside for the user to check.
    """
    alone = [
        f for f in found if doc.is_alone(f.line, [(f.start, f.end)]) or doc.is_inline_labelled(f)
    ]
    if len(alone) > 1:
        # an old code the document marks as used ("… (used 03/14/2026)") is not the one
        alone = [f for f in alone if not f.used]
    if len(alone) != 1 or not (doc.is_labelled(alone[0].line) or doc.is_inline_labelled(alone[0])):
        doubts = [Uncertain(f.text, Doubt.ONE_OF_SEVERAL) for f in found]
        raise ScanError(
            ScanFailure.NOT_CODES, f"{len(found)} candidates for one code", uncertain + doubts
        )
    return alone


def _distinct_doubts(uncertain: list[Uncertain], found: list[Found]) -> list[Uncertain]:
    """Each candidate set aside once, and none that was accepted after all."""
    seen = {normalize(f.text) for f in found}
    out: list[Uncertain] = []
    for item in uncertain:
        key = normalize(item.code)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


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
