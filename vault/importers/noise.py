"""What documents put around codes, and how to blank it out before looking for codes.

Every pattern here is replaced by :data:`BARRIER` characters of the same length, so positions (and
the struck-through flags that go with them) stay aligned and nothing on either side of a blanked
span can be glued into a code. Order matters: e-mails and web addresses go first, because they
contain digits and dashes that other patterns would otherwise take apart.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import groupby

from vault.importers.services import SERVICES

BARRIER = "\x1f"

_B = r"(?<![A-Za-z0-9])"  # not inside a longer word
_E = r"(?![A-Za-z0-9])"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?"

# the value after a label: it holds a digit before anything else ("Support reference: Case
# #12345678" is the label "reference" naming "Case #…", whose number the label "case" then takes)
_VALUE = r"(?=[A-Za-z -]*\d)[A-Za-z0-9][A-Za-z0-9 -]{0,40}"

_TOP_DOMAINS = "com|gov|org|net|edu|io|dev|me|app|co|uk|de|fr|ch|ca|au|info|biz|us|example"
_ADDRESSES: tuple[str, ...] = (
    # e-mail addresses and web addresses, including bare domains such as login.gov
    r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+",
    r"\b(?:https?|ftp)://\S+",
    r"\bwww\.\S+",
    r"\b[\w-]+(?:\.[\w-]+)*\.(?:" + _TOP_DOMAINS + ")"
    r"\b(?:/\S*)?",
)
_NUMBERS: tuple[str, ...] = (
    # dates and times
    _B
    + r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
    + r"(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    + _E,
    _B + r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}" + _E,
    _B + r"(?:" + _DAY + r"\s+)?" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}" + _E,
    _B + r"(?:" + _DAY + r"\s+)?\d{1,2}(?:st|nd|rd|th)?\.?\s+" + _MONTH + r",?\s+\d{4}" + _E,
    _B + _MONTH + r"\s+\d{4}" + _E,
    _B + r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5}\b)?(?![:A-Za-z0-9])",
    # phone numbers: +1 (800) 375-5283, 1-800-375-5283, 800.375.5283, +44 20 7946 0958
    _B + r"(?:\+?1[\s.-])?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}" + _E,
    r"(?<![\w+])\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}" + _E,
    # money, percentages and measures
    r"[$€£]\s?\d[\d,.]*",
    # (not a group of a dashed code: "ykxq-64mb", "89gb-3j0s")
    r"(?<![A-Za-z0-9-])\d[\d,.]*\s?(?:%|percent|kb|mb|gb|px|pt|mm|cm|in)(?![A-Za-z0-9-])",
    # USCIS receipt numbers (IOE0912345678) and A-numbers (A123456789, A-123-456-789)
    _B + r"[A-Z]{3}\d{10}" + _E,
    _B + r"A-?\d{3}-?\d{3}-?\d{2,3}" + _E,
    # US ZIP codes after a state, and ZIP+4
    r"\b[A-Z]{2},?\s+\d{5}(?:-\d{4})?" + _E,
    _B + r"\d{5}-\d{4}" + _E,
    # versions and build strings: v1.2, 4.12.0-beta, build 1234
    _B + r"v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?" + _E,
    r"\b(?:version|build|release|rev(?:ision)?)\s*[:#]?\s*[\w.-]+",
    # street addresses: a house number, a few words, a street word ("4304 MAIN STREET",
    # "12 N. Oak Ave"), and post boxes
    _B + r"\d{1,6}(?-i:[A-Z])?\s+(?:[A-Za-z][A-Za-z.'-]*\s+){1,3}?(?:street|st|avenue|ave|road|rd|"
    r"boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|terrace|parkway|pkwy|highway|hwy|"
    r"circle|cir|square|sq|trail|plaza|alley|crescent)\.?" + _E,
    r"\bp\.?\s?o\.?\s+box\s+\d+" + _E,
    # "Page 1 of 2", "1/2" footers
    r"\bpage\s+\d+(?:\s*(?:of|/)\s*\d+)?",
    # a value after a label naming a number that is not a code:
    # "Receipt Number: IOE...", "Account #: 1234-5678-9012", "Case ID 12345678", "Phone: ..."
    r"\b(?:receipt|case|account|reference|ref|confirmation|order|invoice|ticket|transaction|"
    r"customer|member|policy|tracking|serial|application|alien|registration|document|"
    r"passport|license|licence|social security|ssn|tax|zip|postal|phone|tel|telephone|fax|"
    r"mobile|cell)\s*(?:number|num|no\.?|#|id)?\s*[:#]\s*" + _VALUE,
    r"\b(?:receipt|case|account|reference|confirmation|order|invoice|ticket|transaction|"
    r"customer|member|policy|tracking|serial|application|alien|registration|document|passport)"
    r"\s+(?:number|num|no\.?|#|id)\s*[:#]?\s*(?=[A-Za-z-]*\d)[A-Za-z0-9][A-Za-z0-9-]{0,40}",
)


def _one(sources: tuple[str, ...]) -> re.Pattern[str]:
    """The sources as one pattern: at each position the first source in the list that matches
    wins. Consecutive sources that start with :data:`_B` share one, and so do those that end with
    :data:`_E` (``(?:_B a)|(?:_B b)`` matches as ``_B(?:a|b)``, in the same order): a letter class
    takes a tenth of a millisecond to compile under IGNORECASE, and the command line compiles
    this at every start."""
    alternatives = []
    for starts, run in groupby(sources, lambda source: source.startswith(_B)):
        sources_run = list(run)
        if starts and len(sources_run) > 1:
            alternatives.append(
                _B + "(?:" + _sharing_end([s[len(_B) :] for s in sources_run]) + ")"
            )
        else:
            alternatives.append(_sharing_end(sources_run))
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _sharing_end(sources: list[str]) -> str:
    alternatives = []
    for ends, run in groupby(sources, lambda source: source.endswith(_E)):
        sources_run = list(run)
        if ends and len(sources_run) > 1:
            inner = "|".join(f"(?:{source[: -len(_E)]})" for source in sources_run)
            alternatives.append(f"(?:{inner}){_E}")
        else:
            alternatives += [f"(?:{source})" for source in sources_run]
    return "|".join(alternatives)


# Each stage runs only on lines holding what its patterns need (most lines of prose hold no
# digit), which keeps masking a small share of the scan time.
_STAGES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"@|://|www\.|\w\.(?:" + _TOP_DOMAINS + r")\b", re.IGNORECASE), _one(_ADDRESSES)),
    (re.compile(r"[0-9:#]"), _one(_NUMBERS)),
)


def mask(line: str) -> str:
    """``line`` with every noise span replaced by barrier characters of the same length."""
    for trigger, pattern in _STAGES:
        if trigger.search(line):
            line = pattern.sub(_blank, line)
    return line


def _blank(match: re.Match[str]) -> str:
    return BARRIER * len(match.group())


_COMPACT_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
# a capitalised word with a number before or after it: Office365, Windows11, Xbox360, iPhone15,
# Win10, PlayStation5, 1Password, 2FA-Team. Codes are in one case, or in random mixed case, and
# never spell a word in its usual capitals.
_WORD_WITH_NUMBER = re.compile(r"\d*[a-z]?(?:[A-Z]+[a-z]{2,})+\d*")
_SERVICE_NAMES = re.compile(
    "|".join(f"(?:{service.mentions})" for service in SERVICES), re.IGNORECASE
)


def looks_like_noise(normalized: str) -> bool:
    """Whether a code-shaped token is better explained as something else (a compact date)."""
    return bool(_COMPACT_DATE.fullmatch(normalized)) or len(set(normalized)) == 1


def looks_like_a_name(text: str) -> bool:
    """Whether a code-shaped token (as printed) is a product or service name, not a code."""
    compact = text.replace("-", "").replace(" ", "")
    if any(ch.isdigit() for ch in compact) and _WORD_WITH_NUMBER.fullmatch(compact):
        return True
    return bool(_SERVICE_NAMES.search(text))


# Labels of numbers that are never backup codes. A value after a "strong" label is blanked
# whatever follows it; after a "weak" one (a word prose also uses) only when a colon, a number
# sign or a number follows. A line holding just such a label ("Wiederherstellungs-Telefon")
# labels the next line.
_STRONG_LABELS = (
    r"iban|bic|swift|wi-?fi|wlan|ssid|passwor[dt]|kennwort|mot de passe|contrase[ñn]a|"
    r"kontonummer|seriennummer|bestellnummer"
)
_WEAK_LABELS = (
    r"phone|tel|telefon|t[ée]l[ée]phone|tel[ée]fono|handy|mobil(?:e|nummer)?|portable|m[óo]vil|"
    r"celular|fax|手机|手機|电话|電話|携帯|전화|cell|pin|serial|order|account\s+(?:number|no)|"
    r"routing|sort code|"
    r"num[ée]ro de (?:t[ée]l[ée]phone|compte|commande)|n[úu]mero de (?:cuenta|pedido)"
)
# matched against the lower-cased line: much faster than a case-insensitive search
_LABEL = re.compile(
    rf"(?<![a-z0-9])(?:(?:{_STRONG_LABELS})(?![a-z0-9])"
    rf"|(?:{_WEAK_LABELS})\.?(?![a-z])(?=\s*(?:number|no\.?|nr\.?|#|id)?\s*[:：#]|\s+[+(]?\d|\s*$))"
)


@cache
def _label_any_case() -> re.Pattern[str]:
    """:data:`_LABEL` for the rare line whose lower case is longer: compiled when one comes."""
    return re.compile(_LABEL.pattern, re.IGNORECASE)


_COLUMN_GAP = re.compile(r"  +")
_LABEL_ONLY_WORDS = 2  # words besides the label on a line that is only a label
_LABEL_ONLY_CHARS = 40


def blank_labelled_values(lines: list[str]) -> list[str]:
    """Masked lines with the values after phone, IBAN, Wi-Fi, password... labels blanked.

    A value runs from the label to the next column gap (two spaces or more) or the line's end,
    so a code in the next column of a two-column page is kept.
    """
    out = list(lines)
    label_above = False
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if label_above:
            out[index] = _blank_until_gap(line, len(line) - len(line.lstrip()))
            label_above = False
            continue
        lowered = line.lower()
        if len(lowered) == len(line):
            match = _LABEL.search(lowered)
        else:  # a letter whose lower case is longer ("İ"): positions would not line up
            match = _label_any_case().search(line)
        if match is None:
            continue
        out[index] = _blank_until_gap(line, match.end())
        rest = line[match.end() :].strip(" :：")  # a masked value (BARRIER) counts as text
        before = line[: match.start()]
        stripped = line.strip()
        label_above = (
            not rest
            and len(stripped) <= _LABEL_ONLY_CHARS
            and stripped[-1] not in ".!?,;"  # the end of a sentence ("...lose your phone.")
            and not stripped[0].islower()
            and len(re.findall(r"\w+", before)) <= _LABEL_ONLY_WORDS
        )
    return out


def _blank_until_gap(line: str, start: int) -> str:
    gap = _COLUMN_GAP.search(line, start + 1)
    end = gap.start() if gap else len(line)
    return line[:start] + BARRIER * (end - start) + line[end:]
