#!/usr/bin/env bash
# Starts a single-validator development chain (Alice) with temporary storage.
# Extra arguments go to aitbc-node, for example: scripts/dev-chain.sh --rpc-port 9955
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

build_all
log "starting $AITBC_NODE --dev (RPC ws://127.0.0.1:9944; Ctrl-C stops it and deletes its storage)"
exec "$AITBC_NODE" --dev "$@"
