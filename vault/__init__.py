"""The engine of Backup Code Vault: accounts and codes, the vault file, importers and exports.

What this package guarantees:

- **No screen.** Nothing here imports Qt, ``ui`` or ``resources`` (a ruff rule, TID251, and a test
  keep it so); the desktop app and the command line in ``ui/`` drive the same code.
- **The file** (``docs/FORMAT.md``, format version 1): a plain header — magic, version, the key
  slots with their Argon2id parameters and salts, and a SHA-256 checksum checked before any key
  derivation — then the payload (every account, code, note and event, as JSON) under AES-256-GCM
  with a fresh nonce on every save and the whole header as associated data. Nothing else is kept:
  no plaintext index, no cache. KDF parameters are bounded on read, so a hostile file cannot ask
  for unbounded memory or time.
- **What it writes**: only the files it is told to — the vault (atomically: a 0600 temporary file
  in the same folder, fsync, rename, fsync of the folder, the previous version kept as ``.bak``),
  its ``.lock`` file, and the printouts and exports the user asked for, through the same writer.
  No plaintext code or passphrase ever reaches a log, a setting or a temporary file.
- **Errors** are typed (``vault.errors``: wrong passphrase, damaged, newer version, locked by
  another program, save failed, …; ``vault.importers.ScanError`` with a ``ScanFailure``) and carry
  no sentences for the user; ``ui/`` turns them into words.
- **Compatibility**: every later version opens every file an earlier version wrote (golden files
  in ``tests/golden`` prove it); a file from a newer version is refused with its own error, never
  misread.
"""
