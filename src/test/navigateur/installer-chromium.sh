#!/usr/bin/env bash
# Installs Debian's Chromium for the HTML report's browser test (ReportBrowserTests), and its
# ChromeDriver for the portal's Selenium test (PortalBrowserTests).
# Idempotent: does nothing when /usr/bin/chromium and /usr/bin/chromedriver are there. Browser downloads by test tools
# (playwright, puppeteer) are not reachable from CI, the Debian mirrors are.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO=sudo
    else
        echo "installer-chromium : /usr/bin/chromium ou /usr/bin/chromedriver absent et pas de droits root pour l'installer (apt-get install chromium chromium-driver)." >&2
        exit 0
    fi
else
    SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium chromium-driver
/usr/bin/chromium --version
/usr/bin/chromedriver --version
