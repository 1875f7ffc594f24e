#!/usr/bin/env bash
# Builds the benchmarks jar and runs the whole suite (JMH benchmarks and memory probes), then
# rewrites the generated part of BENCHMARKS.md at the repository root.
#
#   okr-benchmarks/run.sh            # the suite: about 7½ minutes on 2 cores, build included
#   okr-benchmarks/run.sh --quick    # one short iteration of everything: checks the suite only,
#                                    # writing okr-benchmarks/target/BENCHMARKS-quick.md
#
# Needs only a JDK 17. Run it on an otherwise idle machine: other work on the same cores shows up
# in the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl okr-benchmarks -am package -DskipTests
out=BENCHMARKS.md
for arg in "$@"; do
  # A quick run checks the suite; it does not replace the figures in BENCHMARKS.md.
  if [ "$arg" = "--quick" ]; then
    out=okr-benchmarks/target/BENCHMARKS-quick.md
  fi
done
exec java -Xmx2g -jar okr-benchmarks/target/benchmarks.jar --out "$out" "$@"
