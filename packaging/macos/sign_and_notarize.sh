#!/usr/bin/env bash
# Code-sign (and, for the disk image, notarise and staple) — only when the secrets exist.
#   sign_and_notarize.sh app PATH.app | dmg PATH.dmg
# Secrets, from the release workflow's repository secrets (all or nothing):
#   MACOS_CERTIFICATE_P12_BASE64  the Developer ID Application certificate, .p12, base64
#   MACOS_CERTIFICATE_PASSWORD    its password
#   MACOS_SIGNING_IDENTITY        e.g. "Developer ID Application: Name (TEAMID)"
#   MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD  (an app-specific password)
# Without them the build goes on unsigned and says so: Gatekeeper then asks the user to confirm
# the first start (right-click → Open), which the README explains.
set -euo pipefail
cd "$(dirname "$0")/../.."

what="${1:?app or dmg}"
target="${2:?path}"
if [ -z "${MACOS_CERTIFICATE_P12_BASE64:-}" ] || [ -z "${MACOS_SIGNING_IDENTITY:-}" ]; then
  echo "sign_and_notarize: no signing secrets; $target is left unsigned"
  exit 0
fi

keychain="$RUNNER_TEMP/codevault-signing.keychain-db"
if [ ! -f "$keychain" ]; then
  keychain_password="$(uuidgen)"
  certificate="$RUNNER_TEMP/certificate.p12"
  echo "$MACOS_CERTIFICATE_P12_BASE64" | base64 --decode > "$certificate"
  security create-keychain -p "$keychain_password" "$keychain"
  security set-keychain-settings -lut 21600 "$keychain"
  security unlock-keychain -p "$keychain_password" "$keychain"
  security import "$certificate" -P "$MACOS_CERTIFICATE_PASSWORD" -A -t cert -f pkcs12 -k "$keychain"
  security set-key-partition-list -S apple-tool:,apple: -k "$keychain_password" "$keychain" >/dev/null
  security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
  rm -f "$certificate"
fi

case "$what" in
  app)
    # inside out: every library and both programs, then the bundle itself
    find "$target/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print0 |
      xargs -0 codesign --force --timestamp --options runtime \
        --entitlements packaging/macos/entitlements.plist --sign "$MACOS_SIGNING_IDENTITY"
    codesign --force --timestamp --options runtime \
      --entitlements packaging/macos/entitlements.plist --sign "$MACOS_SIGNING_IDENTITY" "$target"
    codesign --verify --deep --strict --verbose=2 "$target"
    ;;
  dmg)
    codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$target"
    if [ -n "${MACOS_NOTARY_APPLE_ID:-}" ]; then
      xcrun notarytool submit "$target" --apple-id "$MACOS_NOTARY_APPLE_ID" \
        --team-id "$MACOS_NOTARY_TEAM_ID" --password "$MACOS_NOTARY_PASSWORD" --wait
      xcrun stapler staple "$target"
      spctl --assess --type open --context context:primary-signature --verbose "$target"
    else
      echo "sign_and_notarize: no notary secrets; $target is signed but not notarised"
    fi
    ;;
  *) echo "sign_and_notarize: first argument is app or dmg" >&2; exit 2 ;;
esac
