#!/usr/bin/env bash
# Builds the published artifacts twice from clean and compares the SHA-256 of every published
# jar (main, sources, javadoc). Exits non-zero on any difference.
set -euo pipefail
cd "$(dirname "$0")/.."

modules=(core validation regions testkit)
out1=$(mktemp -d) out2=$(mktemp -d)
trap 'rm -rf "$out1" "$out2"' EXIT

build() {
  local dest="$1"
  ./mvnw -B -q clean package -DskipTests -pl "$(IFS=,; echo "${modules[*]}")" -am >/dev/null
  for m in "${modules[@]}"; do
    for jar in "$m"/target/*.jar; do
      cp "$jar" "$dest/"
    done
  done
  (cd "$dest" && sha256sum -- *.jar | sort -k2)
}

echo "build 1"; sums1=$(build "$out1")
echo "build 2"; sums2=$(build "$out2")
echo "$sums1"
if [ "$sums1" != "$sums2" ]; then
  echo "NOT reproducible:" >&2
  diff <(echo "$sums1") <(echo "$sums2") >&2 || true
  exit 1
fi
count=$(echo "$sums1" | wc -l)
echo "reproducible: $count jars identical across two clean builds"
