"""Pages of the kinds an importer got wrong on documents it had never seen, made at random.

Each maker takes a ``random.Random`` and a producer and returns a :class:`GeneratedDocument`
whose truth says what a careful person reads off the page:

- :func:`emergency_kit` — a 1Password Emergency Kit whose Secret Key wraps over two lines, cut
  inside a group or at a dash (or, ``damaged``, only the key's second line is left: no code of
  the service's fixed shape is on the page, and the piece must not pass for the key);
- :func:`proton_login_gov` — Login.gov backup codes for an account whose e-mail is at Proton;
- :func:`notice_page` — a USCIS-style notice with no backup code at all: words in capitals,
  names, a street address, receipt and A-numbers, dates;
- :func:`receipt_page` — a purchase receipt with a software product key (five groups of five);
- :func:`github_page` — GitHub recovery codes among "sign in" wording, with or without the
  user name the page is for.

They are drawn by the corpus's producers (``render.document_bytes``), so a test runs every kind
through Qt, fpdf2, the hand-written PDF writer and text files.
"""

from __future__ import annotations

import random

from . import decoys
from .families import CROCKFORD, DIGITS, HEX, ONEPASSWORD, UPPER_ALNUM, _grouped, _pick
from .model import Block, GeneratedDocument, Table, Truth, cell, text

HARD_PRODUCERS = ("text-utf8", "fpdf", "qt", "hand")


def _document(
    rng: random.Random, kind: str, producer: str, pages: list[list[Block]], truth: Truth
) -> GeneratedDocument:
    return GeneratedDocument(
        doc_id=f"{kind}-{rng.randrange(10**6)}",
        family=kind,
        layout=kind,
        producer=producer,
        pages=pages,
        truth=truth,
        newline=rng.choice(("\n", "\r\n")),
    )


def _day(rng: random.Random) -> str:
    return decoys.show_date(decoys.a_date(rng), rng)


# 1. a Secret Key wrapped inside a group ----------------------------------------------------------


def secret_key(rng: random.Random) -> str:
    """A 1Password Secret Key: ``A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX``."""
    return "A3-" + _grouped(rng, ONEPASSWORD, (6, 6, 5, 5, 5, 5))


def _cut(key: str, rng: random.Random) -> tuple[str, str]:
    """The key cut where a narrow box wraps it: inside a group, after a dash or before one."""
    inside = [i for i in range(8, len(key) - 4) if key[i - 1] != "-" and key[i] != "-"]
    where = rng.choice(("inside", "inside", "after-dash", "before-dash"))
    if where == "inside":
        at = rng.choice(inside)
    else:
        dashes = [i for i, ch in enumerate(key) if ch == "-" and 6 < i < len(key) - 4]
        at = rng.choice(dashes) + (1 if where == "after-dash" else 0)
    return key[:at], key[at:]


def emergency_kit(rng: random.Random, producer: str, *, damaged: bool = False) -> GeneratedDocument:
    """A 1Password Emergency Kit; the Secret Key wraps over two lines (or lost its first)."""
    key = secret_key(rng)
    name = f"{rng.choice(decoys.FIRST).title()} {rng.choice(decoys.LAST).title()}"
    address = decoys.email(rng)
    first, second = _cut(key, rng)
    if damaged:  # the page lost the key's first line: what is left is no whole key
        at = rng.choice([i for i in range(4, 11) if "-" not in key[i - 1 : i + 1]])
        first, second = key[at:], ""
    head: list[Block] = [
        text("1Password Emergency Kit", "heading"),
        text(f"Created for {name} on {_day(rng)}."),
        text("SIGN-IN ADDRESS", "small"),
        text(f"https://{rng.choice(('my', 'team', 'family'))}.1password.com"),
        text("EMAIL ADDRESS", "small"),
        text(address),
        text("SECRET KEY", "small"),
        text(first, "mono"),
        *([text(second, "mono")] if second else []),
        text("MASTER PASSWORD", "small"),
        text("Write your password here, or store it somewhere safe.", "small"),
    ]
    if rng.random() < 0.5:
        head.append(text(f"Account ID: {_pick(rng, UPPER_ALNUM, 26)}", "small"))
    head.append(text(f"1Password 8.{rng.randrange(9, 12)}.{rng.randrange(40)} · Page 1 of 1"))
    truth = Truth([] if damaged else [key], "key", account_hint=address)
    return _document(rng, "emergency-kit", producer, [head], truth)


# 2. Login.gov codes for a Proton account ---------------------------------------------------------


def proton_login_gov(rng: random.Random, producer: str) -> GeneratedDocument:
    """Login.gov's ten backup codes, two columns or numbered, for an e-mail at Proton."""
    codes = [_grouped(rng, CROCKFORD, (4, 4, 4)) for _ in range(10)]
    user = f"{rng.choice(decoys.FIRST)}.{rng.choice(decoys.LAST)}{rng.randrange(10, 99)}"
    address = f"{user}@{rng.choice(('proton.me', 'protonmail.com', 'pm.me', 'proton.me'))}"
    named = rng.choice(("title", "sentence", "footer", "nowhere"))
    title = "Login.gov backup codes" if named == "title" else "Your backup codes"
    blocks: list[Block] = [text(title, "heading"), text(f"Account: {address}")]
    if named == "sentence":
        blocks.append(text("Use these codes to sign in to Login.gov if you lose your phone."))
    blocks.append(text("Each code can be used only once. Keep them somewhere safe."))
    if rng.random() < 0.5:
        rows = tuple((cell(codes[i]), cell(codes[i + 5])) for i in range(5))
        order = [codes[i + j] for i in range(5) for j in (0, 5)]  # read row by row
    else:
        rows = tuple((cell(f"{n}."), cell(code)) for n, code in enumerate(codes, 1))
        order = codes
    blocks.append(Table(rows, borders=rng.random() < 0.5))
    blocks.append(text(f"Generated {_day(rng)}", "small"))
    if named == "footer":
        blocks.append(text("https://secure.login.gov/account/two_factor_authentication", "small"))
    truth = Truth(order, "set", account_hint=address)
    return _document(rng, "proton-login-gov", producer, [blocks], truth)


# 3. a notice with no code at all -----------------------------------------------------------------

_CAPITAL_WORDS = (
    "RELATIVE",
    "PETITIONER",
    "BENEFICIARY",
    "APPLICANT",
    "APPROVED",
    "RECEIVED",
    "TRANSFERRED",
    "SCHEDULED",
    "BIOMETRICS",
    "PRIORITY",
    "CATEGORY",
    "ORIGINAL",
)
# four-letter streets after a four-digit number: the length of the eight-letter words above
_STREETS = ("MAIN", "PARK", "LAKE", "HILL", "MILL", "POND")
_STREET_WORDS = ("STREET", "ST", "AVENUE", "AVE", "ROAD", "RD", "BLVD", "DRIVE", "LANE", "WAY")
_CITIES = (("SPRINGFIELD", "IL"), ("FAIRFAX", "VA"), ("HOUSTON", "TX"), ("PHOENIX", "AZ"))


def notice_page(rng: random.Random, producer: str) -> GeneratedDocument:
    """A USCIS-style notice of action: capitals, a name, an address, numbers; no code."""
    receipt = rng.choice(("IOE", "MSC", "EAC", "WAC")) + _pick(rng, DIGITS, 10)
    a_number = "A" + _pick(rng, DIGITS, 9)
    name = f"{rng.choice(decoys.FIRST).upper()} {rng.choice(decoys.LAST).upper()}"
    number = str(rng.randrange(1000, 9999))
    street = f"{number} {rng.choice(_STREETS)} {rng.choice(_STREET_WORDS)}"
    city, state = rng.choice(_CITIES)
    word = rng.choice(_CAPITAL_WORDS)
    agency = rng.choice(
        ("U.S. Citizenship and Immigration Services", "Department of Homeland Security", "", "")
    )
    lines = [
        text(agency or "THE UNITED STATES OF AMERICA", "heading"),
        text("I-797C, NOTICE OF ACTION"),
        text(word, "heading"),
        text(f"Receipt Number {receipt}"),
        text(f"Notice Date {_day(rng)}"),
        text(f"Case Type I-130 - PETITION FOR ALIEN {rng.choice(_CAPITAL_WORDS)}"),
        text(name),
        text(street + (f" APT {rng.randrange(1, 40)}" if rng.random() < 0.4 else "")),
        text(f"{city} {state} {_pick(rng, DIGITS, 5)}"),
        text(f"A-Number: {a_number}"),
        text(
            f"The above application or petition has been {rng.choice(_CAPITAL_WORDS)}. "
            "Please notify us immediately if any of the above information is incorrect."
        ),
        text(rng.choice(_CAPITAL_WORDS)),
        text(f"Contact Center: 800-375-{_pick(rng, DIGITS, 4)}", "small"),
    ]
    middle = lines[6:12]  # the order of the address, the name and the notes varies
    rng.shuffle(middle)
    lines[6:12] = middle
    truth = Truth([], "none", decoys=[word, street, receipt, a_number])
    return _document(rng, "notice", producer, [lines], truth)


# 4. a software product key on a receipt ----------------------------------------------------------

_PRODUCTS = (
    "Office Home 2024",
    "Windows 11 Pro",
    "PhotoSuite Pro 2025",
    "Studio Editor Deluxe",
    "Antivirus Plus (3 devices)",
)


def product_key(rng: random.Random) -> str:
    """Five groups of five capitals and digits, as software product keys are printed."""
    return _grouped(rng, UPPER_ALNUM.replace("O", "").replace("I", ""), (5, 5, 5, 5, 5))


def receipt_page(rng: random.Random, producer: str) -> GeneratedDocument:
    """A receipt for a program, its product key labelled on the line or above it."""
    key = product_key(rng)
    order = _pick(rng, DIGITS, 10)
    label = rng.choice(("Product key", "License key", "Licence key", "Activation key"))
    where = rng.choice(("inline", "above", "cell"))
    blocks: list[Block] = [
        text(
            rng.choice(("Order confirmation", "Your receipt", "Thank you for your purchase")),
            "heading",
        ),
        text(f"Order number: {order}"),
        text(f"Billed to {decoys.email(rng)}"),
    ]
    product = rng.choice(_PRODUCTS)
    if where == "inline":
        blocks += [text(product), text(f"{label}: {key}", "mono")]
    elif where == "above":
        blocks += [text(product), text(f"Your {label.lower()}"), text(key, "mono")]
    else:
        blocks.append(
            Table(
                (
                    (cell("Item"), cell(label), cell("Price")),
                    (cell(product), cell(key), cell(f"${rng.randrange(20, 250)}.99")),
                ),
                header=True,
                mono=False,
            )
        )
    blocks += [
        text(f"Total: ${rng.randrange(20, 250)}.{rng.randrange(100):02d}"),
        text(
            "Keep this receipt for your records. Activate the program with the key above.", "small"
        ),
    ]
    truth = Truth([], "none", decoys=[key])
    return _document(rng, "receipt", producer, [blocks], truth)


# 5. account hints among "sign in" wording --------------------------------------------------------

_SIGN_IN_SENTENCES = (
    "Use these codes to sign in to your account in case you lose access to your device.",
    "You are signed in to GitHub.",
    "If you cannot sign in, use one of your recovery codes.",
    "Log in with a recovery code when your phone is not with you.",
    "Keep your account in good standing: store these codes in a safe place.",
)


def github_page(rng: random.Random, producer: str) -> GeneratedDocument:
    """GitHub's sixteen recovery codes, among sign-in sentences, for a named user or none."""
    codes = [_grouped(rng, HEX, (5, 5)) for _ in range(16)]
    user = decoys.username(rng) if rng.random() < 0.6 else None
    blocks: list[Block] = [text("GitHub recovery codes", "heading")]
    if user is not None:
        blocks.append(text(rng.choice((f"Signed in as {user}", f"Username: {user}"))))
    blocks += [text(s) for s in rng.sample(_SIGN_IN_SENTENCES, 3)]
    blocks += [text(code, "mono") for code in codes]
    blocks.append(text(f"Downloaded {_day(rng)}", "small"))
    truth = Truth(codes, "set", account_hint=user)
    return _document(rng, "github-sign-in", producer, [blocks], truth)
