#!/usr/bin/env bash
# The macOS disk image: dist/BackupCodeVault-VERSION.dmg holding "Backup Code Vault.app" and a
# link to Applications (drag one onto the other). Run after `python3 dev.py bundle` on a Mac;
# signs and notarises first when the signing secrets are there (sign_and_notarize.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."

version="${1:?usage: make_dmg.sh VERSION}"
app="dist/Backup Code Vault.app"
dmg="dist/BackupCodeVault-${version}.dmg"
[ -d "$app" ] || { echo "make_dmg: $app is missing; run python3 dev.py bundle first" >&2; exit 1; }

bash packaging/macos/sign_and_notarize.sh app "$app"

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "Backup Code Vault" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"

bash packaging/macos/sign_and_notarize.sh dmg "$dmg"
echo "make_dmg: $dmg ($(du -h "$dmg" | cut -f1))"
