"""Everything a real code page puts around the codes: prose, labelled numbers, dates, footers.

Every function takes the document's ``random.Random`` and returns text; the numbers it prints
that could pass for a code are also returned, so the truth can list them as decoys. None of this
text is a code, and the scorer counts any of it in ``codes`` as a false code.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from .families import DIGITS, UPPER_ALNUM, Family, _grouped, _pick

FIRST = ("jane", "maria", "li", "ahmed", "olga", "juan", "priya", "kofi", "sam", "anna", "wei")
LAST = ("doe", "garcia", "nguyen", "khan", "ivanova", "lopez", "patel", "mensah", "lee", "silva")
DOMAINS = ("example.com", "mail.example.org", "example.net", "inbox.example")

MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)


def a_date(rng: random.Random) -> date:
    """A day in the last few years."""
    return date(2022, 1, 1) + timedelta(days=rng.randrange(1400))


def show_date(day: date, rng: random.Random) -> str:
    """The day in one of the ways sites print dates."""
    month = MONTHS[day.month - 1]
    return rng.choice(
        (
            day.isoformat(),
            f"{day.month:02d}/{day.day:02d}/{day.year}",
            f"{month} {day.day}, {day.year}",
            f"{day.day} {month[:3]} {day.year}",
            f"{month[:3]} {day.day}, {day.year}",
            f"{day.day:02d}.{day.month:02d}.{day.year}",
        )
    )


def show_time(rng: random.Random) -> str:
    hour, minute = rng.randrange(24), rng.randrange(60)
    return rng.choice(
        (
            f"{hour:02d}:{minute:02d}",
            f"{hour % 12 or 12}:{minute:02d} {'AM' if hour < 12 else 'PM'}",
            f"{hour:02d}:{minute:02d}:{rng.randrange(60):02d} UTC",
        )
    )


def email(rng: random.Random) -> str:
    sep = rng.choice((".", "_", ""))
    number = str(rng.randrange(100)) if rng.random() < 0.4 else ""
    return f"{rng.choice(FIRST)}{sep}{rng.choice(LAST)}{number}@{rng.choice(DOMAINS)}"


def username(rng: random.Random) -> str:
    return (
        f"{rng.choice(FIRST)}{rng.choice(('_', '-', ''))}{rng.choice(LAST)}{rng.randrange(10, 99)}"
    )


def account_line(hint: str, rng: random.Random) -> str:
    """A line naming the account the codes belong to."""
    return rng.choice(
        (
            f"Account: {hint}",
            f"Signed in as {hint}",
            f"These codes are for {hint}",
            f"Username: {hint}",
            f"For account {hint}",
        )
    )


# labelled identifiers: (label text before the number, maker of the number)
def _phone(rng: random.Random) -> str:
    area = _pick(rng, "23456789", 1) + _pick(rng, DIGITS, 2)
    return rng.choice(
        (
            f"({area}) {_pick(rng, DIGITS, 3)}-{_pick(rng, DIGITS, 4)}",
            f"+1 {_pick(rng, '23456789', 1)}{_pick(rng, DIGITS, 2)} 555 {_pick(rng, DIGITS, 4)}",
            f"1-800-{_pick(rng, DIGITS, 3)}-{_pick(rng, DIGITS, 4)}",
        )
    )


def _receipt(rng: random.Random) -> str:
    return rng.choice(("IOE", "MSC", "EAC", "WAC", "LIN", "SRC", "NBC")) + _pick(rng, DIGITS, 10)


LABELLED: tuple[tuple[str, ...], ...] = (
    # (word a checker keys on, sentence with {n} for the number)
    ("device", "Registered device {n} was added to your account."),
    ("device", "If you lose device {n}, use a backup code to sign in."),
    ("user", "Your user number is {n}."),
    ("customer", "Customer ID: {n}"),
    ("case", "Case number: {n}"),
    ("receipt", "Receipt #: {n}"),
    ("account", "Account number: {n}"),
    ("order", "Order #{n}"),
    ("ticket", "Support ticket {n}"),
    ("reference", "Reference: {n}"),
    ("confirmation", "Confirmation number: {n}"),
    ("invoice", "Invoice {n}"),
)


def labelled_number(rng: random.Random, family: Family | None) -> tuple[str, str]:
    """A sentence with a labelled identifier; half the time it has the family's own shape.

    Returns the sentence and the identifier.
    """
    _word, sentence = rng.choice(LABELLED)
    if family is not None and rng.random() < 0.5 and family.name != "words12":
        number = family.make(rng)
    else:
        number = rng.choice(
            (
                f"{_pick(rng, DIGITS, 4)} {_pick(rng, DIGITS, 4)}",
                _pick(rng, DIGITS, 8),
                _receipt(rng),
                _pick(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ", 3) + "-" + _grouped(rng, DIGITS, (4, 4)),
                _pick(rng, UPPER_ALNUM, 10),
                f"INV-{rng.randrange(2019, 2027)}-{_pick(rng, DIGITS, 5)}",
                _grouped(rng, DIGITS, (3, 3, 4)),
            )
        )
    return sentence.format(n=number), number


def fixed_identifier(rng: random.Random) -> tuple[str, str]:
    """An identifier every immigration or shop page carries: A-Number, phone, ZIP, version."""
    choice = rng.randrange(5)
    if choice == 0:
        value = "A" + _pick(rng, DIGITS, 9)
        return f"A-Number: {value}", value
    if choice == 1:
        value = _phone(rng)
        return rng.choice((f"Phone: {value}", f"Call us at {value}.")), value
    if choice == 2:
        value = _pick(rng, DIGITS, 5) + (f"-{_pick(rng, DIGITS, 4)}" if rng.random() < 0.5 else "")
        return f"Washington, DC {value}", value
    if choice == 3:
        value = f"{rng.randrange(1, 20)}.{rng.randrange(30)}.{rng.randrange(10)}"
        return f"Version {value} (build {_pick(rng, DIGITS, 8)})", value
    value = _receipt(rng)
    return f"Receipt Number: {value}", value


def url(rng: random.Random, service: str) -> str:
    host = service.lower().replace(" ", "").replace(".", "")
    return rng.choice(
        (
            f"https://{host}.example.com/settings/security",
            f"https://account.{host}.example/2fa?step={rng.randrange(1, 9)}"
            f"&ref={_pick(rng, DIGITS, 8)}",
            f"www.{host}.example/help/recovery-codes",
        )
    )


INSTRUCTIONS = (
    "Keep these codes somewhere safe but accessible.",
    "Each code can be used only once.",
    "You can use one of these codes to sign in if you lose access to your phone.",
    "Generating new codes makes the old ones stop working.",
    "Treat these codes like a password. Never share them with anyone.",
    "No one from {service} will ever ask you for these codes.",
    "If you run out, sign in and create a new set on the security page.",
    "Print this page and keep it with your important papers.",
)


def instructions(rng: random.Random, service: str, count: int) -> list[str]:
    """A few sentences of guidance, some with numbers in them (never codes)."""
    lines = [line.format(service=service) for line in rng.sample(INSTRUCTIONS, rng.randrange(1, 4))]
    if count > 1 and rng.random() < 0.6:
        lines.insert(0, f"You have {count} codes. Each one works once, for up to 2 years.")
    return lines


def generated_on(rng: random.Random) -> str:
    day = a_date(rng)
    return rng.choice(
        (
            f"Generated on {show_date(day, rng)} at {show_time(rng)}",
            f"Created {show_date(day, rng)}",
            f"Printed: {show_date(day, rng)} {show_time(rng)}",
            f"Date: {show_date(day, rng)}",
        )
    )


def page_footer(page: int, pages: int, rng: random.Random) -> str:
    return rng.choice((f"Page {page} of {pages}", f"{page}/{pages}", f"- {page} -"))
