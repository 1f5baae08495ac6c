"""The decrypted payload: the vault as UTF-8 JSON (schema in docs/FORMAT.md)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from vault.errors import DamagedVaultError, NewerVersionError
from vault.model import Account, Action, Code, CodeSet, Event, Kind, Vault

SCHEMA_VERSION = 1


def _time(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_time(value: Any) -> datetime | None:
    if value is None:
        return None
    parsed = datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _required_time(value: Any) -> datetime:
    parsed = _parse_time(value)
    if parsed is None:
        raise ValueError("missing time")
    return parsed


def vault_to_dict(vault: Vault) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "accounts": [_account_to_dict(a) for a in vault.accounts],
        "deleted": {k: _time(v) for k, v in vault.deleted.items()},
    }


def _account_to_dict(a: Account) -> dict[str, Any]:
    return {
        "id": a.id,
        "name": a.name,
        "service": a.service,
        "username": a.username,
        "url": a.url,
        "notes": a.notes,
        "threshold": a.threshold,
        "sets": [
            {
                "id": s.id,
                "kind": s.kind.value,
                "imported_at": _time(s.imported_at),
                "retired_at": _time(s.retired_at),
                "source": s.source,
                "codes": [_code_to_dict(c) for c in s.codes],
            }
            for s in a.sets
        ],
        "events": [
            {"at": _time(e.at), "action": e.action.value, "detail": e.detail} for e in a.events
        ],
    }


def _code_to_dict(c: Code) -> dict[str, Any]:
    out: dict[str, Any] = {"text": c.text, "used_at": _time(c.used_at), "note": c.note}
    if c.used_undated:  # written only when set, so files without it read as before
        out["used_undated"] = True
    return out


def vault_from_dict(data: dict[str, Any]) -> Vault:
    """Build a :class:`Vault`; unknown keys are ignored (later versions may add some)."""
    schema = data.get("schema")
    if isinstance(schema, int) and schema > SCHEMA_VERSION:
        raise NewerVersionError(schema)
    try:
        return Vault(
            accounts=[_account_from_dict(a) for a in data["accounts"]],
            deleted={str(k): _required_time(v) for k, v in data.get("deleted", {}).items()},
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DamagedVaultError(f"payload does not follow the schema: {exc!r}") from exc


def _account_from_dict(a: dict[str, Any]) -> Account:
    return Account(
        id=str(a["id"]),
        name=str(a["name"]),
        service=None if a.get("service") is None else str(a["service"]),
        username=str(a.get("username", "")),
        url=str(a.get("url", "")),
        notes=str(a.get("notes", "")),
        threshold=int(a.get("threshold", 3)),
        sets=[
            CodeSet(
                id=str(s["id"]),
                kind=Kind(s["kind"]),
                imported_at=_required_time(s["imported_at"]),
                retired_at=_parse_time(s.get("retired_at")),
                source=str(s.get("source", "")),
                codes=[
                    Code(
                        str(c["text"]),
                        _parse_time(c.get("used_at")),
                        str(c.get("note", "")),
                        c.get("used_undated") is True,
                    )
                    for c in s["codes"]
                ],
            )
            for s in a["sets"]
        ],
        events=[
            Event(_required_time(e["at"]), Action(e["action"]), str(e.get("detail", "")))
            for e in a.get("events", [])
        ],
    )


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def dumps(vault: Vault) -> bytes:
    """The payload bytes; the same JSON as ``vault_to_dict`` gives, encoded account by account.

    Encoding one account at a time lets other threads run in between: one ``json.dumps`` of a
    10,000-account vault would hold the interpreter lock (and stall the window) for ~100 ms.
    """
    deleted = {k: _time(v) for k, v in vault.deleted.items()}
    accounts = ",".join(_ENCODER.encode(_account_to_dict(a)) for a in vault.accounts)
    head = f'{{"schema":{SCHEMA_VERSION},"deleted":{_ENCODER.encode(deleted)},"accounts":['
    return (head + accounts + "]}").encode()


def loads(payload: bytes) -> Vault:
    try:
        data = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DamagedVaultError("payload is not JSON") from exc
    if not isinstance(data, dict):
        raise DamagedVaultError("payload is not an object")
    return vault_from_dict(data)


def copy(vault: Vault) -> Vault:
    """A deep copy (through the serialised form, which is what a save would see)."""
    return vault_from_dict(vault_to_dict(vault))
