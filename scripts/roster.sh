#!/usr/bin/env bash
# Validates a roster CSV against the Pekalongan 2024 program from a fresh clone: builds the
# modules it needs (no install by hand) and runs id.terampil.examples.roster.RosterValidation.
# Arguments go to the example, e.g.
#   scripts/roster.sh --lang id                          (the bundled sample, with broken rows)
#   scripts/roster.sh --file my-roster.csv --date 2024-06-25
#   scripts/roster.sh --file export.csv --cohort PKL24-BENDAN-KERGON   (a file without a cohort column)
# Exits 1 when a row has an error (usable as a CI gate), 2 on bad arguments or an unreadable file.
# Paths must not contain spaces.
set -euo pipefail
args=()
prev=""
for a in "$@"; do
  # A --file path is relative to the caller's directory, not to the repository.
  if [[ "$prev" == "--file" ]]; then
    a="$(realpath -m -- "$a")"
  fi
  args+=("$a")
  prev="$a"
done
cd "$(dirname "$0")/.."
exec ./mvnw -q -B -DskipTests -pl examples -am verify -Pshowcase \
  -Dshowcase.main=id.terampil.examples.roster.RosterValidation -Dshowcase.args="${args[*]:-}"
