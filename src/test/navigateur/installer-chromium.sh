#!/usr/bin/env bash
# Installs Debian's Chromium for the HTML report's browser test (ReportBrowserTests).
# Idempotent: does nothing when /usr/bin/chromium is there. Browser downloads by test tools
# (playwright, puppeteer) are not reachable from CI, the Debian mirrors are.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO=sudo
    else
        echo "installer-chromium : /usr/bin/chromium absent et pas de droits root pour l'installer (apt-get install chromium)." >&2
        exit 0
    fi
else
    SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium
/usr/bin/chromium --version
