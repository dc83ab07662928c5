#!/usr/bin/env bash
# Runs the zombienet network tests (native provider) against the aitbc-node that
# scripts/lib.sh builds. Each test spawns its own network in a temporary directory.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"

ensure_node_modules "$AITBC_ROOT/zombienet"
export PATH="$(dirname "$AITBC_NODE"):$PATH"
cd "$AITBC_ROOT/zombienet"
# The network files name zombienet/scripts/chain-spec.js through it.
export AITBC_ZOMBIENET="$AITBC_ROOT/zombienet"

tests=("$@")
if [ ${#tests[@]} -eq 0 ]; then tests=(*.zndsl); fi
passed=0
failed=0
for t in "${tests[@]}"; do
	log "zombienet test $t"
	started=$SECONDS
	if ./node_modules/.bin/zombienet --provider native --logType text --force test "$t"; then
		passed=$((passed + 1))
		log "$t passed in $((SECONDS - started))s"
	else
		failed=$((failed + 1))
		log "$t FAILED after $((SECONDS - started))s"
	fi
done
echo "zombienet: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
