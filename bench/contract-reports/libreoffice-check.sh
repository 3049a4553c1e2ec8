#!/usr/bin/env bash
# Opens the monthly report's and the METI 実績報告's xlsx in LibreOffice (headless, converted to CSV) and their PDFs
# with pdftoppm/pdftotext, as an official's office would. The two tests write the files after asserting that the
# xlsx figures equal the API's; this shows that LibreOffice reads the same figures and the Japanese text intact.
# Needs: apt-get install -y --no-install-recommends libreoffice-calc poppler-utils
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
command -v libreoffice >/dev/null || { echo "libreoffice is missing: apt-get install -y --no-install-recommends libreoffice-calc" >&2; exit 1; }
[ "${BUILD:-1}" = 0 ] || ./mvnw -B -q test -Dtest='MonthlyReportExportTests,MetiReportTests' >/dev/null
OUT=${OUT:-target/reports/libreoffice}
rm -rf "$OUT" && mkdir -p "$OUT"
for report in monthly-report meti-report; do
  libreoffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76' --outdir "$OUT" \
    "target/reports/$report.xlsx" >/dev/null 2>&1
  pdftoppm -png -r 60 "target/reports/$report.pdf" "$OUT/$report"
  pdftotext -layout "target/reports/$report.pdf" "$OUT/$report.txt"
  echo "== $report.xlsx read by $(libreoffice --version | head -1)"
  cat "$OUT/$report.csv"
  echo "== $report.pdf: $(ls "$OUT/$report"-*.png | wc -l) pages rendered; text layer has 開: $(grep -c 開 "$OUT/$report.txt" || true) lines"
done
