//! The whole job flow against a real dev node, through the library and the in-process miner.

mod common;

use aitbc_client::{
	aitbc::{self, runtime_types::aitbc_primitives::traits::JobStatus},
	executor::HashChain,
	keys::account_of,
	miner::{Miner, MinerConfig},
	receipt::receipt_id_for,
	Chain,
};
use common::*;
use std::{sync::Arc, time::Duration};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn operator_client_and_miner_settle_a_job() {
	let Some(binary) = node_or_skip("operator_client_and_miner_settle_a_job") else {
		return;
	};
	let dir = tempfile::tempdir().unwrap();
	let node = DevNode::start(binary, None, dir.path()).await;
	let chain = Chain::connect(&node.url()).await.unwrap();
	let (alice, bob, charlie) = (pair("//Alice"), pair("//Bob"), pair("//Charlie"));
	let operator = account_of(&bob);

	let (_blueprint, service) = service_for(&chain, &alice, &bob, &charlie).await;

	// The miner runs in-process, for exactly one job.
	let mut config = MinerConfig::new(node.url());
	config.state_path = Some(dir.path().join("miner.json"));
	config.max_jobs = Some(1);
	let miner = Miner::new(config, bob.clone(), Arc::new(HashChain::default())).unwrap();
	let miner = tokio::spawn(miner.run());

	let score_before = chain.work_score(&operator).await.unwrap();
	// The balance as of a known block: events from the next block on explain every change.
	let (balance_before, first_block) = loop {
		let before = chain.at_best().await.unwrap().block_number();
		let balance = chain.free_balance(&operator).await.unwrap();
		if chain.at_best().await.unwrap().block_number() == before {
			break (balance, before + 1);
		}
	};

	let units = 5;
	let quote = chain
		.quote(1, units)
		.await
		.unwrap()
		.expect("class 1 exists");
	let cap = quote.total_plancks().unwrap() * 2;
	let called = chain
		.call_job(&charlie, service, 0, [42; 32], units, cap)
		.await
		.unwrap();
	assert_eq!(called.max_units, units);
	assert!(called.price > 0 && called.price <= cap);

	let report = tokio::time::timeout(Duration::from_secs(240), miner)
		.await
		.expect("the miner settles the job in time")
		.unwrap()
		.unwrap();
	assert_eq!(report.claimed, vec![called.job_id], "report: {report:?}");

	// The miner claimed; the client accepts, so the operator is paid now rather than when the
	// challenge window closes.
	let job = chain.job(called.job_id).await.unwrap().unwrap();
	assert!(
		matches!(job.status, JobStatus::Claimed | JobStatus::Settled),
		"status {:?}",
		job.status
	);
	if matches!(job.status, JobStatus::Claimed) {
		let settled = chain.accept(&charlie, called.job_id).await.unwrap();
		assert_eq!(settled.compute_units, units);
	}

	// The job is settled, the receipt too, the work score grew by the units done.
	let job = chain.job(called.job_id).await.unwrap().unwrap();
	assert!(
		matches!(job.status, JobStatus::Settled),
		"status {:?}",
		job.status
	);
	let receipt_id = receipt_id_for(&chain.genesis_hash(), called.job_id, &operator);
	let status = chain.receipt_status(&operator, receipt_id).await.unwrap();
	assert_eq!(status.state, "settled");
	assert_eq!(status.job_id, Some(called.job_id));
	assert_eq!(status.compute_units, Some(units));
	let score_after = chain.work_score(&operator).await.unwrap();
	assert_eq!(score_after.total_work, score_before.total_work + units);

	// The same through `aitbc --json`, as a script reads it.
	let aitbc_json = |args: &[&str]| -> serde_json::Value {
		let output = std::process::Command::new(env!("CARGO_BIN_EXE_aitbc"))
			.env_remove("AITBC_SURI")
			.args(["--url", &node.url(), "--json"])
			.args(args)
			.output()
			.unwrap();
		let stdout = String::from_utf8_lossy(&output.stdout);
		assert!(
			output.status.success(),
			"{args:?}: {}",
			String::from_utf8_lossy(&output.stderr)
		);
		assert_eq!(stdout.lines().count(), 1, "one JSON line: {stdout}");
		serde_json::from_str(&stdout).unwrap()
	};
	let shown = aitbc_json(&["client", "job", &called.job_id.to_string()]);
	assert_eq!(shown["jobId"], called.job_id);
	assert_eq!(shown["serviceId"], service);
	assert_eq!(shown["status"], "Settled");
	assert_eq!(shown["maxUnits"], units);
	assert_eq!(shown["price"], called.price.to_string());
	assert_eq!(shown["client"], account_of(&charlie).to_string());
	assert_eq!(shown["result"]["operator"], operator.to_string());
	let score = aitbc_json(&["miner", "work-score", "bob"]);
	assert_eq!(score["account"], operator.to_string());
	assert_eq!(score["totalWork"], score_after.total_work);
	let status = aitbc_json(&[
		"miner",
		"receipt-status",
		&format!("0x{}", hex::encode(receipt_id)),
		"--operator",
		"bob",
	]);
	assert_eq!(status["state"], "settled");
	assert_eq!(status["jobId"], called.job_id);

	// The operator's balance grew by what escrow paid plus its mint share, less its fees.
	let balance_after = chain.free_balance(&operator).await.unwrap();
	let last_block = chain.at_best().await.unwrap().block_number();
	let platform_fee = chain
		.read(aitbc::storage().escrow().platform_fee(), ())
		.await
		.unwrap()
		.map_or(0, |fee| fee.0);
	let (mut paid, mut minted, mut fees) = (0u128, 0u128, 0u128);
	for number in first_block..=last_block {
		let at = chain.api.at_block(number).await.unwrap();
		let events = at.events().fetch().await.unwrap();
		for e in events.find::<aitbc::receipts::events::ReceiptSettled>() {
			let e = e.unwrap();
			if e.job_id == called.job_id {
				// The rest of the price is the platform fee on what the operator claimed,
				// burned.
				let claimed = called.price - e.refunded;
				let fee = claimed - e.paid;
				assert_eq!(fee, claimed * u128::from(platform_fee) / 1_000_000_000);
				paid += e.paid;
			}
		}
		for e in events.find::<aitbc::receipts::events::Minted>() {
			let e = e.unwrap();
			if e.to == operator {
				minted += e.amount;
			}
		}
		for e in events.find::<aitbc::transaction_payment::events::TransactionFeePaid>() {
			let e = e.unwrap();
			if e.who == operator {
				fees += e.actual_fee;
			}
		}
	}
	assert!(paid > 0, "escrow paid the operator");
	assert!(minted > 0, "AIT was minted for the operator");
	assert_eq!(balance_after + fees, balance_before + paid + minted);
	eprintln!(
		"price {} paid {} minted {} fees {} (balance {} -> {})",
		called.price, paid, minted, fees, balance_before, balance_after
	);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chain_errors_show_pallet_error_names() {
	let Some(binary) = node_or_skip("chain_errors_show_pallet_error_names") else {
		return;
	};
	let dir = tempfile::tempdir().unwrap();
	let node = DevNode::start(binary, None, dir.path()).await;
	let chain = Chain::connect(&node.url()).await.unwrap();
	let blueprint = chain
		.create_blueprint(&pair("//Alice"), "inference", &["run"], 1, 1, 600)
		.await
		.unwrap();

	// Through the library: a typed error with the pallet, name and docs.
	let error = chain
		.register(&pair("//Dave"), blueprint, "http://x", 10, 1)
		.await
		.unwrap_err();
	assert_eq!(
		error.module_name().as_deref(),
		Some("Services.NotBondedOperator")
	);
	assert!(
		error
			.to_string()
			.starts_with("Services.NotBondedOperator: Only bonded"),
		"shown as {error}"
	);

	// Through the command line: the same text on standard error, and a failing exit status.
	let output = std::process::Command::new(env!("CARGO_BIN_EXE_aitbc"))
		.args([
			"--url",
			&node.url(),
			"--suri",
			"//Eve",
			"operator",
			"register",
		])
		.args(["--blueprint", &blueprint.to_string()])
		.output()
		.unwrap();
	let stderr = String::from_utf8_lossy(&output.stderr);
	assert!(!output.status.success());
	assert!(
		stderr.contains("error: Services.NotBondedOperator: Only bonded"),
		"stderr: {stderr}"
	);

	// A call of an id that does not exist names its error too.
	let error = chain.approve(&pair("//Bob"), 999).await.unwrap_err();
	assert!(
		error
			.module_name()
			.is_some_and(|n| n.starts_with("Services.")),
		"{error}"
	);
}
