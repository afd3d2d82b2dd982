#!/usr/bin/env bash
# Runs the showcase of the seed programs from a fresh clone: builds the modules it needs (no
# install by hand) and runs id.terampil.examples.Showcase. Arguments go to the showcase,
# e.g. scripts/showcase.sh --lang id
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -q -B -DskipTests -pl examples -am verify -Pshowcase -Dshowcase.args="$*"
