#!/usr/bin/env bash
# Regenerates client/metadata/aitbc.scale from a freshly spawned dev node, so the subxt API
# follows the runtime (run it after adding pallets such as Disputes or ZkVerifier).
# Usage: client/update-metadata.sh [path/to/aitbc-node]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
node="${1:-${AITBC_NODE:-$HOME/.cache/aitbc-target/release/aitbc-node}}"
[ -x "$node" ] || { echo "node binary not found: $node" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
rpc_port="$(free_port)"; p2p_port="$(free_port)"
log="$(mktemp)"
"$node" --dev --tmp --rpc-port "$rpc_port" --port "$p2p_port" --no-telemetry --no-mdns >"$log" 2>&1 &
node_pid=$!
trap 'kill "$node_pid" 2>/dev/null || true; wait "$node_pid" 2>/dev/null || true; rm -f "$log"' EXIT

# Metadata V15: it describes the runtime APIs too (the client calls `SettlementApi`).
request='{"id":1,"jsonrpc":"2.0","method":"state_call","params":["Metadata_metadata_at_version","0x0f000000"]}'
for _ in $(seq 1 60); do
	if response="$(curl -sf -H 'Content-Type: application/json' -d "$request" "http://127.0.0.1:$rpc_port")"; then
		mkdir -p "$here/metadata"
		printf '%s' "$response" | python3 -c '
import json, sys
raw = bytes.fromhex(json.load(sys.stdin)["result"][2:])
# Option<OpaqueMetadata>: Some, then a compact length, then the metadata itself.
assert raw[0] == 1, "the runtime has no metadata V15"
mode = raw[1] & 3
skip = {0: 1, 1: 2, 2: 4}[mode]
sys.stdout.buffer.write(raw[1 + skip:])' >"$here/metadata/aitbc.scale.new"
		mv "$here/metadata/aitbc.scale.new" "$here/metadata/aitbc.scale"
		echo "wrote $here/metadata/aitbc.scale ($(wc -c <"$here/metadata/aitbc.scale") bytes)"
		exit 0
	fi
	sleep 1
done
echo "node did not answer Metadata_metadata_at_version; log:" >&2
tail -20 "$log" >&2
exit 1
