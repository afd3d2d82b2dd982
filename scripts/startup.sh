#!/usr/bin/env bash
# Time to first report in a new JVM: runs each tiny main of the benchmarks jar as a whole process
# RUNS times (default 5) and prints the wall-clock times (bash + date +%s%N), beside each other:
#   FirstReport          builds a one-cohort program, validates one record with the
#                        BatchValidator (RecordValidator inside) and prints the report;
#   FirstReportHibernate bootstraps Hibernate Validator and validates the same record as a DTO
#                        annotated with the library's constraints.
# Then checks that the batch validator's path loads no Hibernate Validator class
# (java -verbose:class | grep -c org.hibernate must be 0) and fails otherwise.
# Builds the jar first unless given --no-build. Runs on $JAVA_HOME/bin/java when JAVA_HOME is set,
# else on the java on the PATH. Usage: [JAVA_HOME=...] scripts/startup.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
RUNS="${RUNS:-5}"
JAR=benchmarks/target/benchmarks.jar
if [[ "${1:-}" != "--no-build" ]]; then
  ./mvnw -B -q -pl benchmarks -am package -DskipTests
fi

run() { # main class -> prints milliseconds
  local start end
  start=$(date +%s%N)
  "$JAVA" -cp "$JAR" "id.terampil.benchmarks.$1" > /dev/null 2>&1
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

summary() { # label, times...
  local label=$1; shift
  local sorted
  sorted=$(printf '%s\n' "$@" | sort -n)
  local median
  median=$(printf '%s\n' "$sorted" | sed -n "$(( ($# + 1) / 2 ))p")
  printf '  %-64s %s ms; median %s ms\n' "$label" "$*" "$median"
}

echo "Time to first report in a new JVM ($RUNS runs each, $("$JAVA" -version 2>&1 | head -1)):"
batch=(); hibernate=()
for ((i = 0; i < RUNS; i++)); do
  # Alternate, so that both see the same machine state.
  batch+=("$(run FirstReport)")
  hibernate+=("$(run FirstReportHibernate)")
done
summary "BatchValidator, one record (FirstReport)" "${batch[@]}"
summary "Hibernate Validator bootstrap + validate (FirstReportHibernate)" "${hibernate[@]}"

echo "First report of the batch validator:"
"$JAVA" -cp "$JAR" id.terampil.benchmarks.FirstReport | sed 's/^/  /'
loaded=$("$JAVA" -verbose:class -cp "$JAR" id.terampil.benchmarks.FirstReport | grep -c 'org\.hibernate' || true)
hv_loaded=$("$JAVA" -verbose:class -cp "$JAR" id.terampil.benchmarks.FirstReportHibernate 2>/dev/null | grep -c 'org\.hibernate' || true)
echo "Classes of org.hibernate loaded: batch validator path $loaded, Hibernate Validator path $hv_loaded"
if [[ "$loaded" != "0" ]]; then
  echo "FAIL: the batch validator's path loads Hibernate Validator classes" >&2
  exit 1
fi
