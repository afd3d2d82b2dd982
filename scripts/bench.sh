#!/usr/bin/env bash
# Builds the benchmarks jar and runs the whole suite in one JMH run (id.terampil.benchmarks.Suite:
# every benchmark class, -prof gc; forks, warm-up and measurement as annotated on each class:
# 2 forks for the batch validator, the hand-written loop and Hibernate Validator, whose times the
# targets are judged on, 1 for the rest; 3 warm-up and 5 measurement iterations of 2 s; a 6 GB
# fixed heap for the roster and selection benchmarks, touched once at start
# (-XX:+AlwaysPreTouch) and on transparent huge pages (-XX:+UseTransparentHugePages)), then the
# time-to-first-report script and the heap a report of 1,000,000 records keeps (ReportFootprint).
# Writes to benchmarks/results/, replacing the previous run's files once the run has finished:
#   latest.txt        the table, with the machine, the commit and the startup times
#   latest.json       the same run's JMH JSON results
# Takes about 8-9 minutes on a 2-core machine, much of it generating the data (jqwik) in each fork.
# Measures on $JAVA_HOME/bin/java when JAVA_HOME is set (which also builds the jar), else on the
# java on the PATH; the table names the JVM. The jar is built for Java 17 either way.
# Usage: [JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64] scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
./mvnw -B -q -pl benchmarks -am package -DskipTests
out=benchmarks/results
work=benchmarks/target/bench-run
mkdir -p "$out" "$work"
table="$work/latest.txt"
start=$(date +%s)
"$JAVA" -cp benchmarks/target/benchmarks.jar id.terampil.benchmarks.Suite \
  "$work/latest.json" "$table.jmh"
{
  echo "Terampil benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "CPU: $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ //' || uname -m)," \
    "$(nproc 2>/dev/null || echo '?') cores; memory $(free -g 2>/dev/null | awk '/Mem:/ {print $2 " GB"}' || echo '?')"
  echo "Command: ${JAVA_HOME:+JAVA_HOME=$JAVA_HOME }scripts/bench.sh ($JAVA -cp benchmarks/target/benchmarks.jar id.terampil.benchmarks.Suite)"
  cat "$table.jmh"
  echo
  scripts/startup.sh --no-build
  echo
  echo "Heap a report keeps (ReportFootprint, after full collections):"
  echo "  $("$JAVA" -Xmx6g -cp benchmarks/target/benchmarks.jar id.terampil.benchmarks.ReportFootprint 2>/dev/null)"
  echo
  echo "Total time of the run: $(( $(date +%s) - start )) s"
} | tee "$table"
rm -f "$table.jmh"
mv "$table" "$out/latest.txt"
mv "$work/latest.json" "$out/latest.json"
