#!/usr/bin/env bash
# Vendors the French State design system (DSFR, @gouvfr/dsfr on npm) into the portal's static
# resources at build time: only the compiled CSS and JS, fonts, icons and favicons, checked
# against the package's pinned integrity. Run by Maven (generate-resources); does nothing when
# that version is already in place.
#   recuperer-dsfr.sh <version> <sha512 integrity> <target folder>
set -euo pipefail
version="$1"
integrity="$2"
target="$3"
if [ -f "$target/.version" ] && [ "$(cat "$target/.version")" = "$version" ]; then
    exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
    echo "recuperer-dsfr : npm est introuvable ; il faut Node.js et npm pour construire le portail (DSFR)." >&2
    exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "@gouvfr/dsfr@$version" --silent >/dev/null)
archive="$work/gouvfr-dsfr-$version.tgz"
actual="sha512-$(openssl dgst -sha512 -binary "$archive" | base64 -w0)"
if [ "$actual" != "$integrity" ]; then
    echo "recuperer-dsfr : empreinte inattendue pour @gouvfr/dsfr@$version ($actual)." >&2
    exit 1
fi
tar -xzf "$archive" -C "$work"
rm -rf "$target"
mkdir -p "$target"
for item in dsfr.min.css dsfr.module.min.js dsfr.nomodule.min.js fonts icons favicon; do
    cp -R "$work/package/dist/$item" "$target/"
done
mkdir -p "$target/utility/icons"
cp "$work/package/dist/utility/icons/icons.min.css" "$target/utility/icons/"
echo "$version" > "$target/.version"
