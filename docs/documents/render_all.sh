#!/usr/bin/env bash
# Every document kind of the sample, printed through the command line as a user prints it,
# and each page rendered at 70 dpi into FOLDER (default /tmp/documents). The PNGs kept in
# docs/documents/ (all-*.png) are first pages from this, reduced to a 64-colour palette.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-/tmp/documents}"
mkdir -p "$out"
ep=(.venv/bin/exchange-planner)
db="$out/sample.sqlite3"
rm -f "$db" "$db-wal" "$db-shm"
"${ep[@]}" demo "$db" >/dev/null
# The head of the delegation, for a personal itinerary.
person=$(.venv/bin/python -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(
    'SELECT person_id FROM visit_member WHERE visit_id = 1 ORDER BY precedence LIMIT 1'
).fetchone()[0])" "$db")
print() { "${ep[@]}" print "$@" --db "$db"; }
print itinerary --visit 1 --lang de+ko -o "$out/itinerary-de-ko.pdf"
print itinerary --visit 1 --person "$person" --lang ko -o "$out/personal-itinerary-ko.pdf"
print personal-itineraries --visit 1 --booklet --lang de -o "$out/booklet-de.pdf"
print gifts --visit 1 --lang de+ko -o "$out/gift-protocol-de-ko.pdf"
print gifts --year 2023 --lang en -o "$out/gift-register-en.pdf"
print residency-sheet --residency 1 --lang de -o "$out/residency-sheet-de.pdf"
print balance --lang de+ko -o "$out/balance-de-ko.pdf"
print calendar --from 2023-07-01 --to 2023-07-31 --view month --lang de+ko -o "$out/calendar-month-de-ko.pdf"
print calendar --from 2023-07-24 --to 2023-07-30 --view week --lang ko -o "$out/calendar-week-ko.pdf"
print calendar --from 2023-07-01 --to 2023-08-31 --view agenda --lang en -o "$out/calendar-agenda-en.pdf"
for pdf in "$out"/*.pdf; do
  pdftoppm -png -r 70 "$pdf" "${pdf%.pdf}"
done
