//! `aitbc-node`: the AITBC validator and RPC node.

#![warn(missing_docs)]

mod benchmarking;
mod chain_spec;
mod cli;
mod command;
mod consensus;
mod equivocation;
mod rpc;
mod service;
mod zk;

fn main() -> sc_cli::Result<()> {
	command::run()
}
