//! The `aitbc` binary as scripts use it: which key it signs with when given none, and `--json`
//! (one JSON object on stdout, a JSON error on stderr).

mod common;

use aitbc_client::{keys::account_of, Chain, AIT};
use common::*;
use serde_json::Value;
use std::process::Output;

/// Runs `aitbc` with `args`, with `AITBC_SURI` set to `suri` or removed.
fn aitbc(suri: Option<&str>, args: &[&str]) -> Output {
	let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_aitbc"));
	command.args(args);
	match suri {
		Some(suri) => command.env("AITBC_SURI", suri),
		None => command.env_remove("AITBC_SURI"),
	};
	command.output().unwrap()
}

fn text(bytes: &[u8]) -> String {
	String::from_utf8_lossy(bytes).into_owned()
}

/// The one JSON object a successful `--json` command prints: a single line on stdout.
fn json_of(output: &Output) -> Value {
	let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
	assert!(
		output.status.success(),
		"status {}; stdout {stdout}; stderr {stderr}",
		output.status
	);
	assert_eq!(stdout.lines().count(), 1, "one line: {stdout}");
	let value: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"));
	assert!(value.is_object(), "{stdout}");
	value
}

/// The `{"error": ...}` a failed `--json` command prints on stderr, with stdout empty.
fn json_error_of(output: &Output) -> String {
	let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
	assert_eq!(output.status.code(), Some(1), "stderr {stderr}");
	assert!(stdout.is_empty(), "nothing on stdout: {stdout}");
	assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
	let value: Value = serde_json::from_str(&stderr).unwrap_or_else(|e| panic!("{e}: {stderr}"));
	value["error"]
		.as_str()
		.unwrap_or_else(|| panic!("no error: {stderr}"))
		.to_string()
}

fn address(suri: &str) -> String {
	account_of(&pair(suri)).to_string()
}

fn plancks(value: &Value) -> u128 {
	value
		.as_str()
		.unwrap_or_else(|| panic!("amounts are strings: {value}"))
		.parse()
		.unwrap()
}

#[test]
fn keys_inspect_takes_the_argument_then_suri_then_aitbc_suri_and_never_a_default() {
	// Nothing listens here: inspect must not need a node.
	let url = format!("ws://127.0.0.1:{}", free_port());
	let no_key = aitbc(None, &["--url", &url, "--json", "keys", "inspect"]);
	let error = json_error_of(&no_key);
	assert!(error.contains("give a secret URI or key file"), "{error}");
	let empty = aitbc(Some(" "), &["--url", &url, "--json", "keys", "inspect"]);
	assert!(json_error_of(&empty).contains("give a secret URI or key file"));

	let from_env = json_of(&aitbc(
		Some("//Bob"),
		&["--url", &url, "--json", "keys", "inspect"],
	));
	assert_eq!(from_env["address"], address("//Bob"));
	assert_eq!(
		from_env["publicKey"],
		format!("0x{}", hex::encode(pair("//Bob").public_key().0))
	);

	let flag_wins = json_of(&aitbc(
		Some("//Bob"),
		&["--json", "--suri", "//Charlie", "keys", "inspect"],
	));
	assert_eq!(flag_wins["address"], address("//Charlie"));
	let argument_wins = json_of(&aitbc(
		Some("//Bob"),
		&["keys", "inspect", "//Dave", "--json"],
	));
	assert_eq!(argument_wins["address"], address("//Dave"));

	// Without --json: text, and the error as text.
	let human = aitbc(None, &["keys", "inspect", "//Eve"]);
	assert!(human.status.success());
	assert!(text(&human.stdout).contains(&format!("address:    {}", address("//Eve"))));
	let human_error = aitbc(None, &["keys", "inspect"]);
	assert_eq!(human_error.status.code(), Some(1));
	assert!(text(&human_error.stderr).starts_with("error: give a secret URI or key file"));

	// keys generate --json includes the phrase, which inspects to the same address.
	let generated = json_of(&aitbc(None, &["--json", "keys", "generate"]));
	let phrase = generated["secretPhrase"].as_str().unwrap();
	assert_eq!(phrase.split(' ').count(), 12);
	assert_eq!(generated["address"], address(phrase));
	assert_eq!(generated["keyFile"], Value::Null);

	// Bad arguments with --json: a JSON error too, exit status 2.
	let bad = aitbc(None, &["--json", "keys", "frobnicate"]);
	assert_eq!(bad.status.code(), Some(2));
	assert!(bad.stdout.is_empty());
	let error: Value = serde_json::from_str(&text(&bad.stderr)).unwrap();
	assert!(
		error["error"].as_str().unwrap().contains("frobnicate"),
		"{error}"
	);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_command_line_signs_as_alice_only_by_default_on_a_dev_chain_and_speaks_json() {
	let Some(binary) = node_or_skip(
		"the_command_line_signs_as_alice_only_by_default_on_a_dev_chain_and_speaks_json",
	) else {
		return;
	};
	let dir = tempfile::tempdir().unwrap();
	let node = DevNode::start(binary, None, dir.path()).await;
	let url = node.url();
	let chain = Chain::connect(&url).await.unwrap();
	assert_eq!(
		chain.chain_type().await.unwrap(),
		aitbc_client::chain::ChainType::Development
	);
	let (alice, bob, charlie) = (address("//Alice"), address("//Bob"), address("//Charlie"));

	// `balance` with no key: //Alice's, said on stderr, as one JSON object on stdout.
	let alice_id = account_of(&pair("//Alice"));
	let before = chain.free_balance(&alice_id).await.unwrap();
	let output = aitbc(None, &["--url", &url, "--json", "balance"]);
	let after = chain.free_balance(&alice_id).await.unwrap();
	let balance = json_of(&output);
	assert_eq!(balance["account"], alice);
	let free = plancks(&balance["free"]);
	assert!(
		free == before || free == after,
		"{free} vs {before}..{after}"
	);
	assert!(free > 1_000 * AIT, "Alice is endowed: {free}");
	assert_eq!(
		text(&output.stderr).trim(),
		"note: no --suri or AITBC_SURI given; using //Alice, the development key of this Development chain",
		"with --json, stderr has only the note"
	);
	// An empty AITBC_SURI is no key (not the empty secret URI, the development phrase's root).
	let output = aitbc(Some(""), &["--url", &url, "--json", "balance"]);
	assert_eq!(json_of(&output)["account"], alice);
	assert!(text(&output.stderr).contains("using //Alice"));
	// Someone else's balance needs no key and says nothing.
	let output = aitbc(None, &["--url", &url, "--json", "balance", "charlie"]);
	assert_eq!(json_of(&output)["account"], charlie);
	assert!(output.stderr.is_empty(), "{}", text(&output.stderr));

	// A quote, as the node gives it.
	let quote = json_of(&aitbc(
		None,
		&[
			"--url", &url, "--json", "client", "quote", "--class", "1", "--units", "5",
		],
	));
	assert_eq!(quote["resourceClass"], 1);
	assert_eq!(quote["units"], 5);
	assert!(plancks(&quote["pricePerUnit"]) > 0);
	assert!(plancks(&quote["total"]) >= plancks(&quote["pricePerUnit"]));
	assert!(quote["at"].as_str().unwrap().starts_with("0x"), "{quote}");

	// A signed call with no key signs as //Alice and reports it.
	let output = aitbc(
		None,
		&[
			"--url",
			&url,
			"--json",
			"client",
			"create-blueprint",
			"--name",
			"cli-test",
		],
	);
	let created = json_of(&output);
	assert_eq!(created["signer"], alice);
	assert!(created["blueprintId"].is_u64(), "{created}");
	assert!(
		text(&output.stderr)
			.contains("signing as //Alice, the development key of this Development chain"),
		"{}",
		text(&output.stderr)
	);

	// AITBC_SURI=//Bob: Bob signs, and nothing about a default key is said.
	let (bob_id, charlie_id) = (account_of(&pair("//Bob")), account_of(&pair("//Charlie")));
	let bob_before = chain.free_balance(&bob_id).await.unwrap();
	let charlie_before = chain.free_balance(&charlie_id).await.unwrap();
	let output = aitbc(
		Some("//Bob"),
		&["--url", &url, "--json", "transfer", "charlie", "2"],
	);
	let sent = json_of(&output);
	assert!(output.stderr.is_empty(), "{}", text(&output.stderr));
	assert_eq!(sent["signer"], bob);
	assert_eq!(sent["to"], charlie);
	assert_eq!(plancks(&sent["amount"]), 2 * AIT);
	assert_eq!(
		chain.free_balance(&charlie_id).await.unwrap(),
		charlie_before + 2 * AIT
	);
	assert!(chain.free_balance(&bob_id).await.unwrap() <= bob_before - 2 * AIT);

	// Without --json the same command prints text and its progress on stderr.
	let output = aitbc(Some("//Bob"), &["--url", &url, "transfer", "charlie", "1"]);
	assert!(output.status.success(), "{}", text(&output.stderr));
	assert_eq!(
		text(&output.stdout).trim(),
		format!("sent 1 AIT to {charlie}")
	);
	assert!(text(&output.stderr).contains("transferring"));

	// A failure with --json: the error as JSON on stderr, nothing on stdout, status 1.
	let error = json_error_of(&aitbc(
		None,
		&["--url", &url, "--json", "client", "job", "999999"],
	));
	assert_eq!(error, "no job 999999");
	// A chain refusal keeps its `Pallet.Error: docs` text.
	let blueprint = created["blueprintId"].to_string();
	let error = json_error_of(&aitbc(
		Some("//Eve"),
		&[
			"--url",
			&url,
			"--json",
			"operator",
			"register",
			"--blueprint",
			&blueprint,
		],
	));
	assert!(error.starts_with("Services.NotBondedOperator"), "{error}");
}

/// A validator operator's path on a dev chain, all through the command line: bond, keys made on
/// the node and registered, a council motion that adds it, and the status that follows it until
/// it validates. Bad keys are refused with a JSON error before anything is sent.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_validator_joins_through_the_command_line() {
	let Some(binary) = node_or_skip("a_validator_joins_through_the_command_line") else {
		return;
	};
	let dir = tempfile::tempdir().unwrap();
	let node = DevNode::start(binary, None, dir.path()).await;
	let url = node.url();
	let dave = address("//Dave");
	let as_dave = |args: &[&str]| {
		let mut all = vec!["--url", &url, "--json"];
		all.extend_from_slice(args);
		aitbc(Some("//Dave"), &all)
	};

	let outsider = json_of(&as_dave(&["validator", "status"]));
	assert_eq!(outsider["account"], dave);
	assert_eq!(outsider["member"], false);
	assert_eq!(outsider["keys"], Value::Null);
	assert_eq!(outsider["bond"], Value::Null);
	let text_status = aitbc(Some("//Dave"), &["--url", &url, "validator", "status"]);
	assert!(
		text(&text_status.stdout).contains("not in the set; needs session keys"),
		"{}",
		text(&text_status.stdout)
	);

	// Keys that are not this chain's session keys never reach the chain.
	let error = json_error_of(&as_dave(&[
		"validator",
		"set-keys",
		"--keys",
		"0x0102",
		"--proof",
		"0x00",
	]));
	assert!(error.contains("64 bytes"), "{error}");
	// Alice's keys with a proof that is no proof: the runtime refuses them.
	let alice_keys = format!("0x{}{}", "d4".repeat(32), "88".repeat(32));
	let error = json_error_of(&as_dave(&[
		"validator",
		"set-keys",
		"--keys",
		&alice_keys,
		"--proof",
		"0x00",
	]));
	assert!(error.contains("Session."), "{error}");

	json_of(&as_dave(&["operator", "bond", "1000"]));
	let set = json_of(&as_dave(&["validator", "set-keys"]));
	assert_eq!(set["signer"], dave);
	let session = set["status"]["session"].as_u64().unwrap();
	assert_eq!(set["effectiveSession"].as_u64().unwrap(), session + 2);
	let keys = set["keys"].clone();
	let ready = json_of(&as_dave(&["validator", "status"]));
	assert_eq!(ready["keys"], keys);
	assert_eq!(ready["keysOnNode"], true, "the node made them: {ready}");
	assert_eq!(plancks(&ready["bond"]), 1_000 * AIT);
	assert_eq!(ready["member"], false);

	// Half the council (Alice and Bob of three) adds Dave.
	let proposal = json_of(&aitbc(
		Some("//Alice"),
		&[
			"--url",
			&url,
			"--json",
			"governance",
			"propose-validator",
			&dave,
		],
	));
	assert_eq!(proposal["executed"], false, "{proposal}");
	let (hash, index) = (
		proposal["proposalHash"].as_str().unwrap().to_string(),
		proposal["proposalIndex"].to_string(),
	);
	for voter in ["//Alice", "//Bob"] {
		json_of(&aitbc(
			Some(voter),
			&[
				"--url",
				&url,
				"--json",
				"governance",
				"vote",
				"--hash",
				&hash,
				"--index",
				&index,
			],
		));
	}
	json_of(&aitbc(
		Some("//Alice"),
		&[
			"--url",
			&url,
			"--json",
			"governance",
			"close",
			"--hash",
			&hash,
			"--index",
			&index,
		],
	));
	let member = json_of(&as_dave(&["validator", "status"]));
	assert_eq!(member["member"], true, "{member}");

	// The next session queues Dave, the one after seats him (a session is ten blocks here).
	let url_ = url.clone();
	wait_until(
		"Dave to validate",
		std::time::Duration::from_secs(240),
		|| {
			let url = url_.clone();
			async move {
				let status = json_of(&aitbc(
					Some("//Dave"),
					&["--url", &url, "--json", "validator", "status"],
				));
				status["active"] == true
			}
		},
	)
	.await;
	let active = aitbc(Some("//Dave"), &["--url", &url, "validator", "status"]);
	assert!(
		text(&active.stdout).contains("validating session"),
		"{}",
		text(&active.stdout)
	);
}

/// A rental on a dev chain through the command line and the miner daemon: the client offers it
/// (`client rent`), withdraws a second offer (`rental cancel`), the operator accepts
/// (`operator accept-rental`), the daemon sends the rental's heartbeats and reports each
/// period's metrics, and each period is paid in full, without penalty, until `rental show` says
/// it completed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rental_runs_through_the_command_line_and_the_miner_daemon() {
	use aitbc_client::{
		executor::HashChain,
		miner::{Miner, MinerConfig},
	};
	use std::{
		sync::{Arc, Mutex},
		time::Duration,
	};
	let Some(binary) = node_or_skip("a_rental_runs_through_the_command_line_and_the_miner_daemon")
	else {
		return;
	};
	let dir = tempfile::tempdir().unwrap();
	let node = DevNode::start(binary, None, dir.path()).await;
	let url = node.url();
	let chain = Chain::connect(&url).await.unwrap();
	let (alice, bob) = (pair("//Alice"), pair("//Bob"));
	// Bob serves a blueprint whose heartbeat interval is 3 blocks.
	chain
		.bond(&bob, chain.min_operator_bond().await.unwrap())
		.await
		.unwrap();
	let blueprint = chain
		.create_blueprint(&alice, "gpu-hours", &["run"], 1, 1, 3)
		.await
		.unwrap();
	chain
		.register(&bob, blueprint, "http://127.0.0.1:0", 1_000, 4)
		.await
		.unwrap();

	// Every period settled from now on, as the chain reports it.
	let settled: Arc<Mutex<Vec<(u32, u128, u128)>>> = Arc::default();
	let watcher = {
		let settled = settled.clone();
		let api = chain.api.clone();
		tokio::spawn(async move {
			let mut blocks = api.stream_blocks().await.unwrap();
			while let Some(Ok(block)) = blocks.next().await {
				let events = block.at().await.unwrap().events().fetch().await.unwrap();
				for event in
					events.find::<aitbc_client::aitbc::services::events::RentalPeriodSettled>()
				{
					let event = event.unwrap();
					settled
						.lock()
						.unwrap()
						.push((event.period, event.paid, event.penalty));
				}
			}
		})
	};

	let blueprint_arg = blueprint.to_string();
	let rent = |periods: &str| {
		json_of(&aitbc(
			Some("//Ferdie"),
			&[
				"--url",
				&url,
				"--json",
				"client",
				"rent",
				"--provider",
				"bob",
				"--blueprint",
				&blueprint_arg,
				"--capacity",
				"100",
				"--period-blocks",
				"6",
				"--periods",
				periods,
				"--min-availability",
				"50",
				"--ttl",
				"30",
			],
		))
	};
	let withdrawn = rent("1");
	let withdrawn_id = withdrawn["rentalId"].to_string();
	let cancelled = json_of(&aitbc(
		Some("//Ferdie"),
		&["--url", &url, "--json", "rental", "cancel", &withdrawn_id],
	));
	assert_eq!(
		cancelled["endsAt"],
		Value::Null,
		"an offer is withdrawn whole"
	);

	let offered = rent("2");
	let rental_id = offered["rentalId"].as_u64().unwrap();
	let price = plancks(&offered["pricePerPeriod"]);
	assert_eq!(plancks(&offered["total"]), 2 * price);
	let shown = json_of(&aitbc(
		None,
		&[
			"--url",
			&url,
			"--json",
			"rental",
			"show",
			&rental_id.to_string(),
		],
	));
	assert_eq!(shown["status"], "created");
	assert_eq!(shown["provider"], address("//Bob"));

	// Bob's daemon runs from before the rental starts, so it beats from its first block.
	let lines: Arc<Mutex<Vec<String>>> = Arc::default();
	let daemon = {
		let lines = lines.clone();
		let miner = Miner::new(
			MinerConfig::new(url.clone()),
			bob.clone(),
			Arc::new(HashChain::default()),
		)
		.unwrap()
		.with_log(move |line| lines.lock().unwrap().push(line.to_string()));
		tokio::spawn(miner.run())
	};
	let accepted = json_of(&aitbc(
		Some("//Bob"),
		&[
			"--url",
			&url,
			"--json",
			"operator",
			"accept-rental",
			&rental_id.to_string(),
		],
	));
	assert!(accepted["serviceId"].is_u64(), "{accepted}");

	wait_until("the rental to complete", Duration::from_secs(300), || {
		let chain = &chain;
		async move {
			chain
				.rental(rental_id)
				.await
				.unwrap()
				.is_some_and(|r| aitbc_client::rental::status_name(&r.status) == "completed")
		}
	})
	.await;
	let shown = json_of(&aitbc(
		None,
		&[
			"--url",
			&url,
			"--json",
			"rental",
			"show",
			&rental_id.to_string(),
		],
	));
	assert_eq!(shown["status"], "completed");
	assert_eq!(shown["carved"], 2);
	let listed = json_of(&aitbc(
		Some("//Ferdie"),
		&["--url", &url, "--json", "rental", "list"],
	));
	assert!(
		listed["rentals"]
			.as_array()
			.unwrap()
			.contains(&Value::from(rental_id)),
		"{listed}"
	);
	// Both periods paid in full: the daemon's heartbeats kept availability at 50% or more.
	wait_until(
		"both settlements to be seen",
		Duration::from_secs(30),
		|| {
			let settled = settled.clone();
			async move { settled.lock().unwrap().len() >= 2 }
		},
	)
	.await;
	let mut periods = settled.lock().unwrap().clone();
	periods.sort();
	assert_eq!(
		periods,
		vec![(0, price, 0), (1, price, 0)],
		"{:?}",
		lines.lock().unwrap()
	);
	let log = lines.lock().unwrap().join("\n");
	assert!(
		log.contains(&format!("rental {rental_id}: reported period")),
		"{log}"
	);
	daemon.abort();
	watcher.abort();
}
