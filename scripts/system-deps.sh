#!/usr/bin/env bash
# Install the system programs the real-service tests use, only where they are missing:
# PostgreSQL server binaries (initdb, pg_ctl), a Java runtime for local Spark and Chromium
# (headless) for the HTML report test.
set -euo pipefail
need=()
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  need+=(postgresql)
fi
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jre-headless)
# Headless browser for the inventory report test (tests/unit/inventory/test_report_browser.py).
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing system packages: ${need[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
