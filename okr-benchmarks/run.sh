#!/usr/bin/env bash
# Builds the benchmarks jar and runs the whole suite (JMH benchmarks and memory probes), then
# rewrites the generated part of BENCHMARKS.md at the repository root.
#
#   okr-benchmarks/run.sh            # the suite: about 7 minutes on 2 cores
#   okr-benchmarks/run.sh --quick    # one short iteration of everything: checks the suite only
#
# Needs only a JDK 17. Run it on an otherwise idle machine: other work on the same cores shows up
# in the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl okr-benchmarks -am package -DskipTests
exec java -Xmx2g -jar okr-benchmarks/target/benchmarks.jar --out BENCHMARKS.md "$@"
