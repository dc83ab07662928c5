#!/usr/bin/env bash
# A local AITBC network to look at and play with:
#
#   scripts/devnet.sh                  three validators (Alice, Bob, Charlie; --chain local), a miner
#                                      daemon serving jobs as operator Dave, and a client demo (Eve)
#                                      that calls a job every 12 seconds; runs until Ctrl-C
#   scripts/devnet.sh --duration 120   the same, stopping after 120 seconds with a summary
#
# It prints where to point Polkadot.js Apps. Everything lives in a fresh temporary directory (chain
# databases, logs, the miner's state file), removed on exit unless --keep is given.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

duration=""
keep=false
while [ $# -gt 0 ]; do
	case "$1" in
	--duration) duration="$2"; shift 2 ;;
	--keep) keep=true; shift ;;
	*) echo "usage: $0 [--duration SECONDS] [--keep]" >&2; exit 2 ;;
	esac
done

build_all
AITBC="$CARGO_TARGET_DIR/release/aitbc"
dir="$(mktemp -d "${TMPDIR:-/tmp}/aitbc-devnet.XXXXXX")"
pids=()

stop() {
	log "stopping the devnet"
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	wait 2>/dev/null || true
	if $keep; then log "kept $dir"; else rm -rf "$dir"; fi
}
trap stop EXIT
trap 'exit 130' INT TERM

# Fixed node keys (a validator of a non-dev chain needs one), so the others can name Alice as
# their bootnode. Aura authors only with peers, so all three must connect.
ALICE_PEER_ID=12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp
validator() {
	local name="$1" key="$2" p2p="$3" rpc="$4"
	shift 4
	"$AITBC_NODE" --chain local "--$name" --validator --base-path "$dir/$name" \
		--node-key "$(printf '%064x' "$key")" --port "$p2p" --rpc-port "$rpc" --rpc-cors all \
		--no-telemetry --no-mdns --prometheus-port "$((rpc + 600))" "$@" >"$dir/$name.log" 2>&1 &
	pids+=($!)
}
validator alice 1 30333 9944
validator bob 2 30334 9945 --bootnodes "/ip4/127.0.0.1/tcp/30333/p2p/$ALICE_PEER_ID"
validator charlie 3 30335 9946 --bootnodes "/ip4/127.0.0.1/tcp/30333/p2p/$ALICE_PEER_ID"

log "waiting for the validators' first blocks"
for attempt in $(seq 1 121); do
	if [ "$attempt" = 121 ]; then
		echo "no block within 2 minutes; see $dir/*.log" >&2
		keep=true
		exit 1
	fi
	if curl -sf -H 'Content-Type: application/json' \
		-d '{"id":1,"jsonrpc":"2.0","method":"chain_getHeader","params":[]}' http://127.0.0.1:9944 |
		grep -q '"number":"0x[1-9a-f]'; then
		break
	fi
	sleep 1
done

aitbc() { "$AITBC" --url ws://127.0.0.1:9944 "$@"; }
log "Dave bonds and registers for a blueprint Ferdie publishes; Eve requests a service, Dave approves"
aitbc --suri //Dave operator bond 1000
aitbc --suri //Ferdie client create-blueprint --name inference
aitbc --suri //Dave operator register --blueprint 0 --capacity 1000000 \
	--rpc-endpoint http://127.0.0.1:0 --max-instances 16
aitbc --suri //Eve client request --blueprint 0 --operator dave
aitbc --suri //Dave operator approve 0

log "starting Dave's miner daemon and Eve's client demo"
aitbc --suri //Dave miner run --executor hash-chain --state "$dir/miner.json" >"$dir/miner.log" 2>&1 &
pids+=($!)
(
	i=0
	while true; do
		aitbc --suri //Eve client call --service 0 --input "demo job $i" --max-units 50 || true
		i=$((i + 1))
		sleep 12
	done
) >"$dir/client.log" 2>&1 &
pids+=($!)

cat <<EOF

  AITBC devnet is running.
    Polkadot.js Apps: https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A9944#/explorer
    RPC endpoints:    ws://127.0.0.1:9944 (Alice), :9945 (Bob), :9946 (Charlie)
    logs:             $dir/{alice,bob,charlie,miner,client}.log
    try:              $AITBC miner work-score dave
                      $AITBC client quote --units 50

EOF

if [ -n "$duration" ]; then
	sleep "$duration"
	log "after $duration s:"
	aitbc miner work-score dave
	tail -n 3 "$dir/client.log"
	tail -n 3 "$dir/miner.log"
else
	wait
fi
