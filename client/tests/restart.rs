//! The miner daemon (the `aitbc` binary) survives a node restart: it reconnects and settles a job
//! called after the restart, without paying the first one twice.

mod common;

use aitbc_client::{aitbc::runtime_types::aitbc_primitives::traits::JobStatus, Chain};
use common::*;
use std::{
	process::{Command, Stdio},
	time::Duration,
};

async fn settled(chain: &Chain, job_id: u64) -> bool {
	matches!(chain.job(job_id).await, Ok(Some(job)) if matches!(job.status, JobStatus::Settled))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn miner_daemon_survives_a_node_restart() {
	let Some(binary) = node_or_skip("miner_daemon_survives_a_node_restart") else {
		return;
	};
	let dir = tempfile::tempdir().unwrap();
	let base = dir.path().join("chain");
	let mut node = DevNode::start(binary, Some(&base), dir.path()).await;
	let chain = Chain::connect(&node.url()).await.unwrap();
	let (alice, bob, charlie) = (pair("//Alice"), pair("//Bob"), pair("//Charlie"));
	let (_blueprint, service) = service_for(&chain, &alice, &bob, &charlie).await;

	let state = dir.path().join("miner.json");
	let miner_log = std::fs::File::create(dir.path().join("miner.log")).unwrap();
	let mut miner = Command::new(env!("CARGO_BIN_EXE_aitbc"))
		.args([
			"--url",
			&node.url(),
			"--suri",
			"//Bob",
			"miner",
			"run",
			"--executor",
			"matmul:8",
		])
		.arg("--state")
		.arg(&state)
		.args(["--max-jobs", "2", "--max-backoff", "2"])
		.stdout(Stdio::piped())
		.stderr(miner_log)
		.spawn()
		.unwrap();

	let first = chain
		.call_job(&charlie, service, 0, [1; 32], 3, 1_000_000_000_000_000)
		.await
		.unwrap();
	wait_until("the first job to settle", Duration::from_secs(180), || {
		settled(&chain, first.job_id)
	})
	.await;
	drop(chain);

	node.stop();
	tokio::time::sleep(Duration::from_secs(3)).await;
	node.launch().await;

	let chain = Chain::connect(&node.url()).await.unwrap();
	assert!(
		settled(&chain, first.job_id).await,
		"the chain kept its state over the restart"
	);
	let second = chain
		.call_job(&charlie, service, 0, [2; 32], 4, 1_000_000_000_000_000)
		.await
		.unwrap();
	wait_until("the second job to settle", Duration::from_secs(240), || {
		settled(&chain, second.job_id)
	})
	.await;

	let deadline = std::time::Instant::now() + Duration::from_secs(60);
	let status = loop {
		if let Some(status) = miner.try_wait().unwrap() {
			break status;
		}
		assert!(
			std::time::Instant::now() < deadline,
			"the miner did not stop after two jobs"
		);
		tokio::time::sleep(Duration::from_millis(500)).await;
	};
	let mut stdout = String::new();
	std::io::Read::read_to_string(miner.stdout.as_mut().unwrap(), &mut stdout).unwrap();
	let log = std::fs::read_to_string(dir.path().join("miner.log")).unwrap();
	assert!(status.success(), "miner failed: {stdout}\n{log}");
	assert!(
		stdout.contains(&format!(
			"claimed jobs: [{}, {}]",
			first.job_id, second.job_id
		)),
		"stdout: {stdout}\nlog: {log}"
	);
	assert!(
		log.contains("reconnecting"),
		"the miner noticed the restart: {log}"
	);
	let state = std::fs::read_to_string(&state).unwrap();
	assert!(state.contains("\"done\""), "state: {state}");
}
