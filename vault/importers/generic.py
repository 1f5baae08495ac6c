"""Codes from services we do not know: careful, because a false code is as bad as a missed one.

The idea: a site's codes share one shape (length, letter case, grouping), stand in lines or
table cells of their own, and hold digits. Noise (dates, phone numbers, case numbers...) is
blanked before this runs, so what is left are code-shaped words: the candidates. They are grouped
by shape, and the biggest group that looks like a list of codes wins; :mod:`decide` then sets
aside the members a label names as other numbers, or that sit in a sentence away from the list.
A lone code is taken when the document labels it ("Your recovery code:"), as USCIS, Microsoft
and X do, or when it is all a paste or a one-line file holds.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from vault.importers.decide import label_before, other_key, sift, spoken_of
from vault.importers.noise import BARRIER, looks_like_a_name, looks_like_noise
from vault.importers.prepared import Found, PreparedText
from vault.importers.result import Doubt, Uncertain
from vault.model import normalize

_MIN_LENGTH = 6  # shorter than this is a number in a sentence, not a code
_MAX_LENGTH = 40
_MAX_GROUPS = 8
_MIN_GROUP = 3  # "1234 5678" is two groups of four; "12 34" is not a code
_MAX_GROUP = 6
_MIN_SET = 2
_PREFIXED_KEY_GROUPS = 5
_DIGIT_SHARE = 0.5  # of a group's codes that must hold a digit
_ALONE_SHARE = 0.5  # of a group's codes that must stand on lines of codes
_DIGIT_LENGTHS = range(6, 11)  # all-digit codes are 6 to 10 digits long (8 is most common)

# a word of letters and digits, maybe dashed, not glued to other punctuation that would make it
# part of something else (a file name, a path, an address)
_ATOM = re.compile(
    r"(?<![A-Za-z0-9\-./_@=&%+#\\~^|<>{}])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*"
    r"(?![A-Za-z0-9\-/_@=&%+#\\~^|<>{}])(?!\.[A-Za-z0-9])"
)


# what is left of a code that extraction broke up: groups of letters, digits and dashes
_FRAGMENTS = re.compile(r"[A-Za-z0-9-]+(?: [A-Za-z0-9-]+){0,7}")


@dataclass(frozen=True)
class _Candidate:
    found: Found
    key: tuple[int, str, tuple[int, ...]]  # length without separators, letter case, dashed groups
    has_digit: bool
    alone: bool


@dataclass
class Decision:
    """The codes a detector accepts, and the candidates it set aside with reasons."""

    found: list[Found] = field(default_factory=list)
    uncertain: list[Uncertain] = field(default_factory=list)


def find_codes(doc: PreparedText) -> Decision:
    """A list of codes of one shape, or one code the document gives alone or labels.

    Candidates of other shapes that stand where codes stand (alone in a line or cell), or that
    a label names as another number, come back set aside.
    """
    decision = _decide(doc)
    # a receipt's product key, an authenticator app's setup key
    keys = [(f, doubt) for f in decision.found if (doubt := other_key(doc, f)) is not None]
    if not keys:
        return decision
    kept = [f for f in decision.found if all(f is not k for k, _ in keys)]
    return Decision(kept, [Uncertain(f.text, d) for f, d in keys] + decision.uncertain)


def _decide(doc: PreparedText) -> Decision:
    candidates = _candidates(doc)
    groups: dict[tuple[int, str, tuple[int, ...]], list[_Candidate]] = {}
    for candidate in candidates:
        groups.setdefault(candidate.key, []).append(candidate)
    _merge_digits_into_letter_groups(groups)
    joined = _wrapped_single(doc, candidates)
    if joined is not None:
        return Decision([joined])
    best: list[_Candidate] = []
    for members in groups.values():
        if _looks_like_a_list(members) and len(members) > len(best):
            best = members
    grouped = _grouped_line(doc, candidates, best)
    if grouped is not None:
        return grouped
    if best:
        found = [c.found for c in best] + _unread_items(doc, best)
        kept, aside = sift(doc, sorted(found, key=lambda f: (f.line, f.start)), a_set=True)
        chosen = {id(c.found) for c in best}
        aside += _set_aside(doc, [c for c in candidates if id(c.found) not in chosen])
        return Decision(kept, aside)
    return _one_code(doc, candidates)


def _set_aside(doc: PreparedText, rest: list[_Candidate]) -> list[Uncertain]:
    """Candidates beside the chosen list that a person might still take for codes."""
    out: list[Uncertain] = []
    for candidate in rest:
        if not candidate.has_digit:
            continue
        label = label_before(doc, candidate.found)
        if label is not None:
            out.append(Uncertain(candidate.found.text, Doubt.LABELLED, label))
        elif candidate.alone:
            out.append(Uncertain(candidate.found.text, Doubt.SHAPE_DIFFERS))
    return out


def _one_code(doc: PreparedText, candidates: list[_Candidate]) -> Decision:
    """One code: the one the document labels ("Your recovery code:"), or the only one it holds.

    A candidate a label names as another number is set aside; of several labelled ones none is
    sure, and all are set aside.
    """
    aside: list[Uncertain] = []
    pool: list[_Candidate] = []
    for candidate in candidates:
        if not candidate.has_digit:
            continue
        label = label_before(doc, candidate.found)
        other = other_key(doc, candidate.found)
        if other is not None:
            aside.append(_doubt(candidate, other))
        elif label is not None:
            aside.append(Uncertain(candidate.found.text, Doubt.LABELLED, label))
        else:
            pool.append(candidate)
    labelled = [
        c
        for c in pool
        if (c.key[1] != "digits" or c.alone)
        and (doc.is_labelled(c.found.line) or spoken_of(doc, c.found))
    ]
    distinct = {normalize(c.found.text): c for c in labelled}
    if len(distinct) == 1:
        chosen = next(iter(distinct.values()))
        key = normalize(chosen.found.text)
        aside += [
            _doubt(c, Doubt.UNLABELLED) for c in pool if c.alone and normalize(c.found.text) != key
        ]
        return Decision([chosen.found], aside)
    if len(distinct) > 1:
        return Decision([], aside + [_doubt(c, Doubt.ONE_OF_SEVERAL) for c in distinct.values()])
    alone = {normalize(c.found.text): c for c in pool if c.alone}
    if len(alone) == 1 and _short(doc):
        return Decision([next(iter(alone.values())).found], aside)
    if not alone:
        lettered = _labelled_letters(doc)
        if lettered is not None:
            return Decision([lettered], aside)
    return Decision([], aside + [_doubt(c, Doubt.UNLABELLED) for c in alone.values()])


# "Your backup code: viokzgjzwulx": a code of letters only, right after its label
_LETTERS_AFTER_LABEL = re.compile(r"\b(?:code|key)\s*[:=]\s*([A-Za-z]{10,40})\s*$", re.IGNORECASE)
_LETTERS_ALONE = re.compile(r"\s*([A-Za-z]{10,40})\s*")
_LABEL_ENDS = re.compile(r"\b(?:code|key)\s*[:=]?\s*$", re.IGNORECASE)
_CONSONANT_RUN = 5  # letters in a row without a vowel: random, not a word ("kzgjzw")


def _labelled_letters(doc: PreparedText) -> Found | None:
    """The one code of letters only that a label names, when it reads as random, not as a word.

    Codes hold digits nearly always; a random code may happen to hold none. It counts only
    right after "code:" or "key:" (or alone on the line under it) and only when it has a run of
    consonants no word has.
    """
    found: list[Found] = []
    for index, masked in enumerate(doc.masked):
        match = _LETTERS_AFTER_LABEL.search(masked)
        if match is None and index > 0 and _LABEL_ENDS.search(doc.masked[index - 1]):
            match = _LETTERS_ALONE.fullmatch(masked)  # the label on the line above
        if match is None:
            continue
        letters = match.group(1)
        if not (letters.islower() or letters.isupper()):
            continue
        runs = re.findall(r"[^aeiouyAEIOUY]+", letters)
        if max((len(run) for run in runs), default=0) >= _CONSONANT_RUN:
            found.append(doc.found(index, *match.span(1)))
    return found[0] if len(found) == 1 else None


# a line that is nothing but groups of letters and digits, one kind of separator between them
_GROUPED_LINE = re.compile(
    r"[A-Za-z0-9]{2,8}(?:(?P<sep>[ -])[A-Za-z0-9]{2,8})(?:(?P=sep)[A-Za-z0-9]{2,8}){0,6}"
)


def _grouped_line(
    doc: PreparedText, candidates: list[_Candidate], best: list[_Candidate]
) -> Decision | None:
    """One long code or key printed in groups on a line of its own ("A3 Q9Z9KB T556JE …").

    The groups may each look like a code, or be too short to be one. They are one code when the
    line holds nothing else, the groups hold letters and digits, together they have the length
    of a long code family (or 8 to 15 characters under a label that speaks of one code: a short
    code drawn in boxes), a label on the line or above speaks of a code or key, and no other
    line holds codes of the groups' shape (a list would).
    """
    lines = {c.found.line for c in best if label_before(doc, c.found) is None}
    for index, masked in enumerate(doc.masked):
        text = masked.strip(" " + BARRIER)
        match = _GROUPED_LINE.fullmatch(text)
        if match is None:
            continue
        compact = re.sub(r"[ -]", "", text)
        # a short code drawn in a few boxes ("waof tss2 503u") counts under a label that
        # speaks of one code ("Your backup code"); a long one under any label of codes or keys
        short = _SHORT_BOXED <= len(compact) < _MIN_LONG and _one_code_label(doc, index)
        if len(compact) not in LONG_CODE_LENGTHS | {16, 20} and not short:
            continue
        if not (any(ch.isdigit() for ch in compact) and any(ch.isalpha() for ch in compact)):
            continue
        if _case(compact) == "mixed" or (best and lines != {index}):
            continue
        if not doc.is_labelled(index) or looks_like_a_name(text):
            continue
        start = masked.index(text)
        found = doc.found(index, start, start + len(text))
        rest = [c for c in candidates if c.found.line != index]
        return Decision([found], _set_aside(doc, rest))
    return None


_SHORT_BOXED = 8  # letters and digits of the shortest code drawn in boxes
_MIN_LONG = 16  # from here on a code drawn in boxes has a long code family's length


def _doubt(candidate: _Candidate, doubt: Doubt) -> Uncertain:
    return Uncertain(candidate.found.text, doubt)


_SHORT_DOCUMENT = 3  # non-empty lines of a paste or a one-line file that holds one code


def _short(doc: PreparedText) -> bool:
    """Whether the document is a paste or a tiny file: a code alone in it is the code."""
    return sum(1 for line in doc.lines if line.text.strip()) <= _SHORT_DOCUMENT


# lengths of the long single codes and keys (Microsoft 25, Apple 28, Bitwarden 32,
# 1Password 34): two halves that together have one of them are one code wrapped over two lines
LONG_CODE_LENGTHS = frozenset({25, 28, 32, 34})
_HALVES = 2


_ONE_CODE = re.compile(r"\b(?:code|key)\b", re.IGNORECASE)
_SEVERAL_CODES = re.compile(r"\b(?:codes|keys)\b", re.IGNORECASE)


def _one_code_label(doc: PreparedText, line: int) -> bool:
    """Whether the nearest line above with words speaks of one code or key, not of several."""
    for above in range(line - 1, -1, -1):
        text = doc.lines[above].text
        if any(ch.isalpha() for ch in text):
            return bool(_ONE_CODE.search(text)) and not _SEVERAL_CODES.search(text)
    return False


def _wrapped_single(doc: PreparedText, candidates: list[_Candidate]) -> Found | None:
    """One long code wrapped over two lines ("k3m92qx7b4n8p2r6" / "t5w1h8j3c6v9z4d2").

    Only when the document's candidates standing alone are exactly two, each alone on
    consecutive lines, in the same letter case, the first no shorter than the second, together
    of the length of a long code family, under a label that speaks of one code or key (two
    codes under "Recovery codes" are two codes).
    """
    alone = [c for c in candidates if c.alone and c.has_digit]
    if len(alone) == 1:
        return _wrapped_tail(doc, alone[0])
    if len({normalize(c.found.text) for c in alone}) != _HALVES or len(alone) != _HALVES:
        return None
    first, second = sorted(alone, key=lambda c: c.found.line)
    if first.key[0] < second.key[0] or not _one_code_label(doc, first.found.line):
        return None
    if not all(doc.is_alone(c.found.line, [(c.found.start, c.found.end)]) for c in alone):
        return None
    between = doc.lines[first.found.line + 1 : second.found.line]
    if any(line.text.strip() for line in between) or second.found.line == first.found.line:
        return None
    if first.key[1] != second.key[1] and "digits" not in (first.key[1], second.key[1]):
        return None
    if first.key[0] + second.key[0] not in LONG_CODE_LENGTHS:
        return None
    text = first.found.text
    separator = "-" if "-" in text else " " if " " in text else ""
    joined = Found(
        text + separator + second.found.text,
        first.found.line,
        first.found.start,
        first.found.end,
        None,
        first.found.used or second.found.used,
    )
    return joined


_TAIL = re.compile(r"\s*([A-Za-z0-9]{1,12})\s*")


def _wrapped_tail(doc: PreparedText, only: _Candidate) -> Found | None:
    """The one code, with the short tail its line wrapped onto the next ("…aer58b1" / "pruox").

    The tail need not hold a digit; it counts when it is alone on the next line, in the code's
    letter case, and the two together have the length of a long code family — so a partial
    code is never read as a whole one.
    """
    found = only.found
    if found.line + 1 >= len(doc.lines) or doc.masked[found.line][found.end :].strip():
        return None
    tail = _TAIL.fullmatch(doc.masked[found.line + 1])
    if tail is None or only.key[0] + len(tail.group(1)) not in LONG_CODE_LENGTHS:
        return None
    letters = found.text + tail.group(1)
    if not (letters.islower() or letters.isupper() or not any(ch.isalpha() for ch in letters)):
        return None
    if not (doc.is_labelled(found.line) or _one_code_label(doc, found.line)):
        return None
    return Found(found.text + tail.group(1), found.line, found.start, found.end, None, found.used)


def _unread_items(doc: PreparedText, best: list[_Candidate]) -> list[Found]:
    """Numbered items of the list whose code extraction broke up ("0l7p9v v v pt"), mended.

    An item counts only when its text, closed up, has exactly the shape of the list's codes.
    """
    numbered = {c.found.label for c in best if c.found.label is not None}
    if not numbered:
        return []
    length, case, dashed = best[0].key
    mended: list[Found] = []
    for index, labels in enumerate(doc.labels):
        ends = sorted(labels)
        for rank, end in enumerate(ends):
            if labels[end] in numbered:
                continue
            stop = ends[rank + 1] if rank + 1 < len(ends) else len(doc.masked[index])
            segment = doc.masked[index][end:stop]
            text = segment.strip(" " + BARRIER)
            if not _FRAGMENTS.fullmatch(text):
                continue
            compact = text.replace(" ", "")
            bare = compact.replace("-", "")
            groups = tuple(len(g) for g in compact.split("-")) if "-" in compact else ()
            if (len(bare), groups) != (length, dashed) or _case(bare) not in (case, "digits"):
                continue
            if not _plausible(compact):
                continue
            start = end + segment.index(text)
            item = doc.found(index, start, start + len(text))
            item.text = compact
            mended.append(item)
            numbered.add(labels[end])
    return mended


def _looks_like_a_list(members: list[_Candidate]) -> bool:
    """Whether candidates of one shape make a list of codes.

    Codes of letters and digits mix both in most codes: words in capitals beside numbers of
    their length ("RELATIVE" and "4304 MAIN") are not a list of codes.
    """
    if len(members) < _MIN_SET:
        return False
    texts = {m.found.text.upper() for m in members}
    with_digits = sum(m.has_digit for m in members)
    alone = sum(m.alone for m in members)
    lettered = [m for m in members if any(ch.isalpha() for ch in m.found.text)]
    mixed = sum(m.has_digit for m in lettered)
    return (
        len(texts) == len(members)  # a list of codes never repeats one
        and with_digits >= _DIGIT_SHARE * len(members)
        and alone >= _ALONE_SHARE * len(members)
        and (not lettered or mixed >= _DIGIT_SHARE * len(members))
    )


def _merge_digits_into_letter_groups(
    groups: dict[tuple[int, str, tuple[int, ...]], list[_Candidate]],
) -> None:
    """An all-digit code in a list of letters-and-digits codes is chance, not another shape."""
    for key in [k for k in groups if k[1] == "digits"]:
        for case in ("lower", "upper"):
            target = (key[0], case, key[2])
            if target in groups and len(groups[target]) > len(groups[key]):
                groups[target].extend(groups.pop(key))
                break


def _case(text: str) -> str:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return "digits"
    if all(ch.islower() for ch in letters):
        return "lower"
    if all(ch.isupper() for ch in letters):
        return "upper"
    return "mixed"


def _candidates(doc: PreparedText) -> list[_Candidate]:
    factor = _group_factor(doc)
    spans_by_line: list[list[tuple[int, int]]] = []
    for masked in doc.masked:
        atoms = [m.span() for m in _ATOM.finditer(masked)]
        spans_by_line.append(_group_atoms(masked, atoms, factor))
    candidates: list[_Candidate] = []
    for index, spans in enumerate(spans_by_line):
        kept = [(s, e) for s, e in spans if _plausible(doc.masked[index][s:e])]
        kept = [(s, e) for s, e in kept if not doc.in_longer_run(index, s, e, kept)]
        # words without digits do not make a line a line of codes ("Invoice LFKD24HN5V")
        numbers = [(s, e) for s, e in kept if any(ch.isdigit() for ch in doc.masked[index][s:e])]
        for start, end in kept:
            alone = doc.is_alone(index, [*numbers, (start, end)]) or doc.stands_alone(
                index, start, end
            )
            text = doc.masked[index][start:end]
            compact = text.replace("-", "").replace(" ", "")
            dashed = tuple(len(g) for g in text.split("-")) if "-" in text else ()
            has_digit = any(ch.isdigit() for ch in compact)
            if not has_digit and not alone:
                continue
            key = (len(compact), _case(compact), dashed)
            candidates.append(_Candidate(doc.found(index, start, end), key, has_digit, alone))
    return candidates


def _plausible(text: str) -> bool:
    compact = text.replace("-", "").replace(" ", "")
    groups = re.split(r"[- ]", text)
    if not _MIN_LENGTH <= len(compact) <= _MAX_LENGTH or len(groups) > _MAX_GROUPS:
        return False
    if compact.isdigit() and len(compact) not in _DIGIT_LENGTHS and len(groups) == 1:
        return False  # a long bare number is an account or reference number
    # a key may open with a short group ("A3-48VBPT-93FZ3L-…", 1Password's Secret Key)
    rest = groups[1:] if len(groups) >= _PREFIXED_KEY_GROUPS else groups
    if min(len(g) for g in rest) < _MIN_GROUP and len(groups) > 1:
        return False
    return not looks_like_noise(compact.upper()) and not looks_like_a_name(text)


def _short_run(masked: str, atoms: list[tuple[int, int]], i: int) -> int:
    """How many atoms from ``i`` on are short, undashed, equal in length and one space apart."""
    start, end = atoms[i]
    length = end - start
    if not _MIN_GROUP <= length <= _MAX_GROUP or "-" in masked[start:end]:
        return 1
    count = 1
    while i + count < len(atoms):
        s, e = atoms[i + count]
        if e - s != length or "-" in masked[s:e] or masked[atoms[i + count - 1][1] : s] != " ":
            break
        count += 1
    return count


def _group_factor(doc: PreparedText) -> int:
    """How many short groups make one code ("1234 5678" is 2), decided once per document.

    The most common run length wins, unless it makes all-digit codes longer than digit codes
    are; two columns of "1234 5678" come out as runs of four groups, which are two codes.
    """
    runs: Counter[tuple[int, int, bool]] = Counter()
    for masked in doc.masked:
        atoms = [m.span() for m in _ATOM.finditer(masked)]
        i = 0
        while i < len(atoms):
            count = _short_run(masked, atoms, i)
            run_text = masked[atoms[i][0] : atoms[i + count - 1][1]]
            if count > 1 and any(ch.isdigit() for ch in run_text):  # prose has runs too
                s, e = atoms[i]
                runs[(count, e - s, masked[s:e].isdigit())] += 1
            i += count
    if not runs:
        return 1
    (count, length, digits), _ = runs.most_common(1)[0]
    for factor in range(1, count + 1):
        if count % factor:
            continue
        size = factor * length
        if digits and size in _DIGIT_LENGTHS:
            return factor
        if not digits and size >= _MIN_LENGTH and factor == count:
            return factor
    return count


def _group_atoms(masked: str, atoms: list[tuple[int, int]], factor: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(atoms):
        count = _short_run(masked, atoms, i)
        if count > 1 and count % factor == 0 and factor > 1:
            for first in range(i, i + count, factor):
                spans.append((atoms[first][0], atoms[first + factor - 1][1]))
        elif count > 1:
            spans.extend(atoms[i : i + count])
        else:
            spans.append(atoms[i])
        i += count
    return spans
