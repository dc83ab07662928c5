//! A fuzzer of the whole runtime (issue 17): random signed calls of every AITBC pallet and of the
//! SDK pallets users and governance reach, from ten funded keyring accounts, root (through sudo)
//! and the council, in real blocks; after every block every pallet's `try_state` and the supply
//! audit (`fuzz/issuance.rs`). See `docs/fuzzing.md`.
//!
//! ```text
//! AITBC_FUZZ_SEED=7 AITBC_FUZZ_CALLS=1000000 bash -c 'source scripts/lib.sh &&
//!     SKIP_WASM_BUILD=1 cargo test "${AITBC_CARGO_FLAGS[@]}" --test fuzz -- --nocapture'
//! ```
//!
//! - `AITBC_FUZZ_SEED` (decimal or `0x` hex): the run is a function of it.
//! - `AITBC_FUZZ_CALLS`: how many calls (the default is a short run for CI).
//! - `AITBC_FUZZ_EPISODE`: calls per fresh chain (default 10 000).
//! - `AITBC_FUZZ_CHECK_EVERY`: run the invariants after every n-th block only (default 1).
//! - `AITBC_FUZZ_LONG_JUMPS`: 1 or 0, rare jumps over the long periods (a week of retention)
//!   or not; by default only in runs of 100 000 calls or more.
//! - `AITBC_FUZZ_TRACE=<file>`: write every block and call, with its outcome, to the file.
//!
//! The run stops at the first panic or broken invariant and prints the seed, the call's number
//! and the call. `fuzz_regressions.rs` replays what it found.

mod common;
#[path = "fuzz/generate.rs"]
mod generate;
#[path = "fuzz/harness.rs"]
mod harness;
#[path = "fuzz/issuance.rs"]
mod issuance;

use aitbc_runtime::{BlockNumber, Runtime};
use generate::Gen;
use harness::{CallStats, Chain, Crash, Step, Timing};
use issuance::Books;
use std::{collections::BTreeMap, io::Write, time::Instant};

/// The seed of the CI run.
const DEFAULT_SEED: u64 = 0xA17B_C0DE;
/// The calls of the CI run: under a minute on a two-core machine, in release.
const DEFAULT_CALLS: u64 = 20_000;
/// Calls per episode: each episode starts a fresh chain (with a seed derived from the run's), so
/// that the state, and the time every block's invariants take, stay bounded.
const DEFAULT_EPISODE: u64 = 10_000;
/// Blocks between two commits of the state (the storage root of a block is computed over the
/// changes since the last commit).
const BLOCKS_PER_COMMIT: u32 = 32;
/// Jumps in time longer than this many blocks are rare, and only in long runs.
const MEDIUM_JUMP: BlockNumber = 1_500;
/// Runs of this many calls or more jump over the long periods now and then.
const LONG_RUN: u64 = 100_000;

fn env_u64(name: &str, default: u64) -> u64 {
	match std::env::var(name) {
		Ok(value) => {
			let value = value.trim().replace('_', "");
			let parsed = match value.strip_prefix("0x") {
				Some(hex) => u64::from_str_radix(hex, 16),
				None => value.parse(),
			};
			parsed.unwrap_or_else(|_| panic!("{name} must be a number, not {value:?}"))
		}
		Err(_) => default,
	}
}

/// The runtime's waiting periods: jumping over one makes timeouts, expiries, deferred slashes,
/// dispute deadlines, reward sessions and prunes fire.
fn periods() -> Vec<BlockNumber> {
	let mut periods = vec![
		<Runtime as pallet_receipts::Config>::ChallengeWindow::get(),
		<Runtime as pallet_receipts::Config>::RetentionPeriod::get(),
		<Runtime as pallet_services::Config>::MinJobTimeout::get(),
		<Runtime as pallet_services::Config>::HeartbeatWindow::get(),
		<Runtime as pallet_services::Config>::ServiceExitNotice::get(),
		<Runtime as pallet_services::Config>::JobRetention::get(),
		<Runtime as pallet_services::Config>::MinHeartbeatInterval::get() * 4,
		<Runtime as pallet_disputes::Config>::DisputeWindow::get(),
		<Runtime as pallet_disputes::Config>::EvidencePeriod::get(),
		<Runtime as pallet_disputes::Config>::CommitPeriod::get(),
		<Runtime as pallet_disputes::Config>::EscalationTimeout::get(),
		<Runtime as pallet_disputes::Config>::ResolvedRetention::get(),
		<Runtime as pallet_disputes::Config>::ArbiterWarmup::get(),
		<Runtime as pallet_operator_staking::Config>::SlashDeferDuration::get(),
		<Runtime as pallet_operator_staking::Config>::UnbondingDelay::get(),
		<Runtime as pallet_operator_staking::Config>::SessionLength::get(),
		<Runtime as pallet_pricing::Config>::UpdatePeriod::get(),
	];
	periods.sort();
	periods.dedup();
	periods
}

/// What a run did, over all its episodes.
struct Run {
	seed: u64,
	calls: u64,
	blocks: u64,
	seconds: f64,
	timing: Timing,
	books: Books,
	/// The issuance at the end less at the start, summed over episodes.
	issuance_change: i128,
	stats: BTreeMap<String, CallStats>,
	/// The first panic or broken invariant: the episode's seed, its calls so far, and the call
	/// it came in (if in a call).
	crash: Option<(u64, u64, Crash, Option<Step>)>,
}

/// The seed of episode `n` of a run of `seed`: the run's own for the first.
fn episode_seed(seed: u64, n: u64) -> u64 {
	if n == 0 {
		seed
	} else {
		generate::Rng::new(seed ^ n.wrapping_mul(0x2545_F491_4F6C_DD1D)).next_u64()
	}
}

/// `calls` calls of `seed`, in episodes of `AITBC_FUZZ_EPISODE` calls, each on a fresh chain.
fn run(seed: u64, calls: u64) -> Run {
	let episode = env_u64("AITBC_FUZZ_EPISODE", DEFAULT_EPISODE).max(1);
	// An empty block takes about a millisecond, a jump over a week of blocks two minutes: the
	// short run leaves them out.
	let long_jumps = env_u64("AITBC_FUZZ_LONG_JUMPS", u64::from(calls >= LONG_RUN)) != 0;
	let mut trace = std::env::var("AITBC_FUZZ_TRACE").ok().map(|path| {
		std::io::BufWriter::new(std::fs::File::create(&path).expect("the trace file opens"))
	});
	let mut total = Run {
		seed,
		calls: 0,
		blocks: 0,
		seconds: 0.0,
		timing: Timing::default(),
		books: Books::default(),
		issuance_change: 0,
		stats: BTreeMap::new(),
		crash: None,
	};
	let started = Instant::now();
	let mut n = 0;
	while total.calls < calls && total.crash.is_none() {
		let episode_seed = episode_seed(seed, n);
		let target = episode.min(calls - total.calls);
		if let Some(trace) = trace.as_mut() {
			let _ = writeln!(trace, "episode {n}, seed {episode_seed:#x}");
		}
		let (mut chain, crash) = run_episode(episode_seed, target, long_jumps, &mut trace);
		let issuance = chain.with(|_| aitbc_runtime::Balances::total_issuance());
		total.issuance_change += issuance as i128 - chain.books.issuance_at_start as i128;
		total.calls += chain.calls;
		total.blocks += chain.blocks;
		total.timing.add(&chain.timing);
		total.books.add(&chain.books);
		for (call, stats) in &chain.stats {
			total.stats.entry(call.clone()).or_default().add(stats);
		}
		total.crash = crash.map(|(crash, step)| (episode_seed, chain.calls, crash, step));
		n += 1;
		if n > 1 || total.calls < calls {
			println!(
				"[fuzz] episode {n} (seed {episode_seed:#x}): {} calls, {} blocks; {} calls in \
				 {:.0} s",
				chain.calls,
				chain.blocks,
				total.calls,
				started.elapsed().as_secs_f64()
			);
		}
	}
	total.seconds = started.elapsed().as_secs_f64();
	total
}

/// One episode: `calls` calls on a fresh chain. Returns the chain and the first crash.
fn run_episode(
	seed: u64,
	calls: u64,
	long_jumps: bool,
	trace: &mut Option<std::io::BufWriter<std::fs::File>>,
) -> (Chain, Option<(Crash, Option<Step>)>) {
	let mut chain = Chain::new();
	chain.check_every = env_u64("AITBC_FUZZ_CHECK_EVERY", 1);
	let mut gen = Gen::new(seed);
	let (short, long): (Vec<_>, Vec<_>) = periods().into_iter().partition(|p| *p <= MEDIUM_JUMP);
	// Blocks still to run without calls: a jump in time.
	let mut skip: BlockNumber = 0;
	let mut crash = None;
	while chain.calls < calls && crash.is_none() {
		let mut last: Option<Step> = None;
		let result = chain.with(|state| -> Result<(), Crash> {
			for _ in 0..BLOCKS_PER_COMMIT {
				if *state.calls >= calls {
					break;
				}
				if skip > 0 {
					// Invariants only after the last block of the jump.
					skip -= 1;
					state.start_block()?;
					state.end_block(skip > 0)?;
					continue;
				}
				state.start_block()?;
				let block = frame_system::Pallet::<Runtime>::block_number();
				if let Some(trace) = trace.as_mut() {
					let _ = writeln!(trace, "block {block}");
				}
				for _ in 0..gen.rng.range(1, 24) {
					if *state.calls >= calls || *state.full {
						break;
					}
					let clock = Instant::now();
					let step = gen.next_step();
					state.timing.generate += clock.elapsed();
					last = Some(step.clone());
					let outcome = state.apply(&step)?;
					if let Some(trace) = trace.as_mut() {
						let _ = writeln!(trace, "call {} {:?}: {:?}", *state.calls, step, outcome);
					}
					last = None;
				}
				state.end_block(false)?;
				// Now and then time jumps: a few blocks (3%), a waiting period (0.6%), or rarely
				// (1 in 20 000, in long runs) one of the long periods, such as a week of
				// retention.
				skip = match gen.rng.below(20_000) {
					0..=599 => gen.rng.range(2, 30) as BlockNumber,
					600..=719 if !short.is_empty() => gen.rng.pick(&short) + 1,
					720 if long_jumps && !long.is_empty() => gen.rng.pick(&long) + 1,
					_ => 0,
				};
				if skip > 0 {
					if let Some(trace) = trace.as_mut() {
						let _ = writeln!(trace, "skip {skip} blocks");
					}
				}
			}
			Ok(())
		});
		if let Err(found) = result {
			crash = Some((found, last));
		}
	}
	(chain, crash)
}

fn ait(amount: u128) -> String {
	let whole = amount / aitbc_runtime::AIT;
	let frac = (amount % aitbc_runtime::AIT) / (aitbc_runtime::AIT / 1_000_000);
	format!("{whole}.{frac:06} AIT")
}

fn report(run: &Run) {
	let books = &run.books;
	let (panics, breaks) = match &run.crash {
		Some((_, _, crash, _)) if crash.kind == "panic" => (1, 0),
		Some(_) => (0, 1),
		None => (0, 0),
	};
	println!(
		"[fuzz] seed {:#x}: {} calls in {} blocks, {:.1} s, {:.0} calls/s",
		run.seed,
		run.calls,
		run.blocks,
		run.seconds,
		run.calls as f64 / run.seconds.max(1e-9)
	);
	println!("[fuzz] panics: {panics}, invariant breaks: {breaks}");
	let t = &run.timing;
	println!(
		"[fuzz] time: generating {:.1} s, applying {:.1} s, blocks {:.1} s, invariants {:.1} s, \
		 commits {:.1} s",
		t.generate.as_secs_f64(),
		t.apply.as_secs_f64(),
		t.blocks.as_secs_f64(),
		t.checks.as_secs_f64(),
		t.commits.as_secs_f64()
	);
	let checks: Vec<String> = t
		.per_check
		.iter()
		.map(|(name, time)| format!("{name} {:.2} s", time.as_secs_f64()))
		.collect();
	println!("[fuzz] invariants: {}", checks.join(", "));
	let change = if run.issuance_change < 0 {
		format!("-{}", ait(run.issuance_change.unsigned_abs()))
	} else {
		format!("+{}", ait(run.issuance_change as u128))
	};
	println!(
		"[fuzz] issuance {change}: minted {} for compute; burned {} in escrow fees, {} of key \
		 deposits, {} by users, {} dropped (dust, slashes, fees); {} fees paid to the treasury",
		ait(books.minted),
		ait(books.escrow_fees_burned),
		ait(books.key_deposits_burned),
		ait(books.user_burned),
		ait(books.dropped),
		ait(books.fees_paid),
	);
	let events: Vec<String> = books
		.events
		.iter()
		.map(|(event, count)| format!("{event} {count}"))
		.collect();
	for line in events.chunks(6) {
		println!("[fuzz] events: {}", line.join(", "));
	}
	let mut pallets: BTreeMap<&str, (u64, u64, u64)> = BTreeMap::new();
	for (call, stats) in &run.stats {
		let pallet = call.split("::").next().unwrap_or(call);
		let entry = pallets.entry(pallet).or_default();
		entry.0 += stats.ok;
		entry.1 += stats.failed;
		entry.2 += stats.invalid;
	}
	println!(
		"[fuzz] {:<16} {:>8} {:>8} {:>8}",
		"pallet", "ok", "failed", "invalid"
	);
	for (pallet, (ok, failed, invalid)) in &pallets {
		println!("[fuzz] {pallet:<16} {ok:>8} {failed:>8} {invalid:>8}");
	}
	println!(
		"[fuzz] {:<40} {:>7} {:>7} {:>7}  most frequent errors",
		"call", "ok", "failed", "invalid"
	);
	for (call, stats) in &run.stats {
		let mut errors: Vec<(&String, &u64)> = stats.errors.iter().collect();
		errors.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
		let errors: Vec<String> = errors
			.iter()
			.take(3)
			.map(|(error, count)| format!("{error} {count}"))
			.collect();
		println!(
			"[fuzz] {call:<40} {:>7} {:>7} {:>7}  {}",
			stats.ok,
			stats.failed,
			stats.invalid,
			errors.join(", ")
		);
	}
	if let Some((seed, calls, crash, step)) = &run.crash {
		println!(
			"[fuzz] {} at call {calls} of the episode of seed {seed:#x}: {}",
			crash.kind, crash.message
		);
		match step {
			Some(step) => println!("[fuzz] the call: {step:?}"),
			None => println!("[fuzz] (in a block's hooks or checks, not in a call)"),
		}
		println!(
			"[fuzz] replay: AITBC_FUZZ_SEED={seed:#x} AITBC_FUZZ_CALLS={calls} \
			 AITBC_FUZZ_TRACE=/tmp/trace"
		);
	}
}

fn fuzz(calls: u64) {
	let seed = env_u64("AITBC_FUZZ_SEED", DEFAULT_SEED);
	let calls = env_u64("AITBC_FUZZ_CALLS", calls);
	let run = run(seed, calls);
	report(&run);
	if let Some((seed, calls, crash, step)) = run.crash {
		panic!(
			"episode seed {seed:#x}, call {calls}: {}: {}\ncall: {step:?}",
			crash.kind, crash.message
		);
	}
}

/// The CI run: `DEFAULT_CALLS` calls of the default seed.
#[test]
fn fuzz_runtime() {
	fuzz(DEFAULT_CALLS);
}

/// The long run: a million calls (`-- --ignored`).
#[test]
#[ignore]
fn fuzz_runtime_long() {
	fuzz(1_000_000);
}
