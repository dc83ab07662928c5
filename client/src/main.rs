//! `aitbc`: the AITBC command line for operators, clients, miners and the council.

use aitbc_client::{
	chain::{default_signer, format_ait, parse_ait, Chain, Proposal},
	disputes::{RulingArg, VoteSecret},
	error::Error,
	executor::ExecutorSpec,
	keys,
	miner::{Miner, MinerConfig, PrivateMining},
	output::{self, hex32, plancks, Output},
	private::Prover,
	validator::{GeneratedKeys, PublicKeys},
};
use clap::{Args, Parser, Subcommand};
use serde_json::json;
use std::{
	future::Future,
	io::{IsTerminal, Write},
	path::PathBuf,
	sync::{Arc, OnceLock},
	time::Duration,
};
use subxt::utils::AccountId32;
use subxt_signer::sr25519::Keypair;

#[derive(Parser)]
#[command(
	name = "aitbc",
	version,
	about = "Rent and sell AI compute on the AITBC chain",
	after_help = "The signing key: --suri, else AITBC_SURI. With neither, a command that signs (or \
	              reads the balance, receipts or work score of \"your\" account) asks the node for \
	              its chain type and uses //Alice on Development and Local chains only, saying so \
	              on stderr; on a Live or custom chain it fails and asks for --suri or AITBC_SURI.\n\
	              \n\
	              --json: stdout gets exactly one line holding one JSON object (camelCase keys; ids \
	              and block numbers as numbers; amounts as plancks in decimal strings, 1 AIT = \
	              10^12 plancks; \"signer\": the address that signed, if any). A failure prints \
	              {\"error\": \"...\"} on stderr, nothing on stdout, and exits with status 1 (2 for \
	              bad arguments). Progress and miner log lines are not shown."
)]
struct Cli {
	/// The node's WebSocket RPC endpoint.
	#[arg(long, global = true, default_value = "ws://127.0.0.1:9944")]
	url: String,
	/// Secret URI (`//Alice`, a mnemonic) or the path of a key file holding one. Default: the
	/// AITBC_SURI environment variable; with neither, //Alice on Development and Local chains
	/// only (see `aitbc --help`).
	#[arg(long, global = true, env = "AITBC_SURI", hide_env_values = true)]
	suri: Option<String>,
	/// Print the result as one line of JSON on stdout, and a failure as {"error": ...} on stderr.
	#[arg(long, global = true)]
	json: bool,
	#[command(subcommand)]
	command: Command,
}

#[derive(Subcommand)]
enum Command {
	/// Generate and inspect keys.
	#[command(subcommand)]
	Keys(KeysCommand),
	/// Free balance of an account (default: the key's account; see the key rule below).
	Balance { account: Option<String> },
	/// Transfer AIT (`1.5` AIT or `1500p` plancks), keeping the sender alive.
	Transfer { dest: String, amount: String },
	/// Operator: bond, register, limits, heartbeats, leaving, approving requests.
	#[command(subcommand)]
	Operator(OperatorCommand),
	/// Client: blueprints, service requests, jobs, quotes, disputes.
	#[command(subcommand)]
	Client(ClientCommand),
	/// Miner: run jobs and claim payment with receipts.
	#[command(subcommand)]
	Miner(MinerCommand),
	/// Disputes: evidence, appeals, status, moving a dispute past its deadline.
	#[command(subcommand)]
	Dispute(DisputeCommand),
	/// Arbiters: stake, then commit and reveal votes on the panels you are drawn for.
	#[command(subcommand)]
	Arbiter(ArbiterCommand),
	/// Council: veto deferred slashes, rule on escalated disputes, add and remove validators.
	#[command(subcommand)]
	Governance(GovernanceCommand),
	/// Validators: register session keys made on your node, see where you stand in the set.
	#[command(subcommand)]
	Validator(ValidatorCommand),
	/// Rentals: show, list, cancel, report a period's metrics (offer one with `client rent`).
	#[command(subcommand)]
	Rental(RentalCommand),
	/// Cross-chain settlement: quote, request, follow, retry or refund a message that a job
	/// settled here goes to another chain with.
	#[command(subcommand)]
	Settlement(SettlementCommand),
	/// Relayers: carry settlement messages from one AITBC chain to another.
	#[command(subcommand)]
	Relayer(RelayerCommand),
}

#[derive(Subcommand)]
enum SettlementCommand {
	/// This chain's settlement id, and the fee, adapter and latency of a message to --target
	/// now (the fee rises with the route's use in its rate-limit window).
	Quote {
		#[arg(long)]
		target: u32,
		/// cheapest, fastest, attested or grandpa.
		#[arg(long, default_value = "cheapest")]
		routing: String,
	},
	/// Ask for a message that job JOB settled to go to --target (its client or operator, within
	/// the request window); the fee is held until the target acknowledges the message.
	Request {
		job: u64,
		#[arg(long)]
		target: u32,
		/// cheapest, fastest, attested or grandpa.
		#[arg(long, default_value = "cheapest")]
		routing: String,
		/// Whom the message is for on the target (32 bytes hex; default: the signer's account).
		#[arg(long)]
		beneficiary: Option<String>,
		/// The most to pay (AIT, or plancks with a `p`); default: the quote.
		#[arg(long)]
		max_fee: Option<String>,
	},
	/// What became of message NONCE to --target (pending finality, sent, retried, delivered,
	/// failed, refunded), with the route's nonces both ways.
	Status {
		#[arg(long)]
		target: u32,
		nonce: u64,
	},
	/// Commit a failed message again so a relayer can prove it afresh (anyone may).
	Retry {
		#[arg(long)]
		target: u32,
		nonce: u64,
	},
	/// Take back the fee of a failed message (its requester).
	Refund {
		#[arg(long)]
		target: u32,
		nonce: u64,
	},
}

#[derive(Subcommand)]
enum RelayerCommand {
	/// Follow --from's finality and deliver to --to every message --to has not accepted yet,
	/// in nonce order (the target's inbound nonce is where a restarted relayer resumes, so each
	/// message is delivered once). Run a second relayer with --from and --to swapped to carry
	/// the acknowledgements back (they pay the delivery fees).
	Run {
		/// The source chain's WebSocket endpoint.
		#[arg(long)]
		from: String,
		/// The target chain's WebSocket endpoint (signs there with --suri).
		#[arg(long)]
		to: String,
		/// grandpa (the target's light client of the source) or attested.
		#[arg(long, default_value = "grandpa")]
		adapter: String,
		/// For --adapter attested: a committee member's secp256k1 secret key (32 bytes hex);
		/// repeat up to the committee's threshold.
		#[arg(long = "attester-key")]
		attester_keys: Vec<String>,
		/// The most messages delivered under one imported header (or from one finalized block),
		/// in one transaction.
		#[arg(long, default_value_t = 16)]
		batch: u64,
		/// Stop after delivering this many messages.
		#[arg(long)]
		max_messages: Option<u64>,
		/// Longest pause between reconnection attempts, in seconds.
		#[arg(long, default_value_t = 30)]
		max_backoff: u64,
	},
}

#[derive(Subcommand)]
enum RentalCommand {
	/// Show a rental: parties, terms, state, payments so far, and its periods awaiting
	/// settlement (with the job a dispute of that period names).
	Show { rental: u64 },
	/// The rentals an account offered, holds or provides (default: the key's account).
	List { account: Option<String> },
	/// Cancel a rental, as its client or operator. An offer not yet accepted is withdrawn and
	/// refunded whole; a running rental ends after its notice, the rest refunded now.
	Cancel { rental: u64 },
	/// Report what you measured over an ended period (client or operator), within the chain's
	/// report window. Without the operator's report the client's counts; a client report that
	/// costs the operator more than its own keeps the period open for a dispute.
	Report {
		rental: u64,
		#[arg(long)]
		period: u32,
		/// Percent of the period the operator was reachable.
		#[arg(long, default_value = "100")]
		availability: String,
		/// Mean response time, in milliseconds.
		#[arg(long, default_value_t = 0)]
		response_ms: u32,
		/// Percent of results that were right.
		#[arg(long, default_value = "100")]
		accuracy: String,
		/// Compute units delivered in the period.
		#[arg(long, default_value_t = 0)]
		units: u64,
	},
}

#[derive(Subcommand)]
enum ValidatorCommand {
	/// Register session keys for your account (`Session.set_keys`); they take effect at the
	/// session after next. Without --keys, asks the node at --url for new keys
	/// (author_rotateKeysWithOwner): run it against your own validator node, which keeps the
	/// private keys.
	SetKeys {
		/// Keys made elsewhere (`author_rotateKeysWithOwner`'s `keys`), with their --proof.
		#[arg(long, requires = "proof")]
		keys: Option<String>,
		/// The `proof` that came with --keys.
		#[arg(long, requires = "keys")]
		proof: Option<String>,
	},
	/// Where an account stands: member of the governed set, validating now, queued for the
	/// next session, its registered keys, bond, and whether the node at --url holds the keys.
	Status { account: Option<String> },
}

#[derive(Subcommand)]
enum DisputeCommand {
	/// Dispute a job, bonding the filing bond (the client against an operator, or back).
	File {
		#[arg(long)]
		job: u64,
		#[arg(long)]
		respondent: String,
	},
	/// Add evidence for your side: its hash (or a file, hashed here) and where to find it.
	Evidence {
		dispute: u64,
		/// BLAKE2-256 of the material (0x + 64 hex digits).
		#[arg(long, conflicts_with = "file", required_unless_present = "file")]
		hash: Option<String>,
		/// Hash this file as the evidence.
		#[arg(long)]
		file: Option<PathBuf>,
		/// Where arbiters find the material.
		#[arg(long)]
		uri: String,
	},
	/// Appeal a panel's ruling (the bond doubles each round).
	Appeal { dispute: u64 },
	/// Move a dispute whose deadline passed.
	Advance { dispute: u64 },
	/// Show a dispute.
	Show { dispute: u64 },
}

#[derive(Subcommand)]
enum ArbiterCommand {
	/// Stake to be drawn for dispute panels.
	Join { stake: String },
	/// Add to the arbiter stake.
	AddStake { amount: String },
	/// Leave the arbiter set (refused while seated on a panel).
	Leave,
	/// Commit a vote; its secret (ruling and salt) is written to --secret for the reveal.
	Commit {
		dispute: u64,
		/// `client`, `operator` or `split:<operator percent>`.
		#[arg(long)]
		ruling: String,
		/// Where to keep the secret (default: aitbc-vote-<dispute>.json).
		#[arg(long)]
		secret: Option<PathBuf>,
	},
	/// Reveal the vote committed with `commit`.
	Reveal {
		dispute: u64,
		#[arg(long)]
		secret: Option<PathBuf>,
	},
}

#[derive(Subcommand)]
enum KeysCommand {
	/// A new sr25519 key from a fresh 12-word mnemonic.
	Generate {
		/// Also write the mnemonic to this key file (usable as --suri <file>).
		#[arg(long)]
		out: Option<PathBuf>,
	},
	/// Public key and address of a secret URI or key file (default: --suri, then AITBC_SURI).
	/// Never connects, so there is no development default: with no key given it fails.
	Inspect {
		#[arg(value_name = "SURI|FILE")]
		key: Option<String>,
	},
}

#[derive(Args)]
struct Registration {
	#[arg(long)]
	blueprint: u64,
	/// Compute capacity advertised to clients.
	#[arg(long, default_value_t = 1_000_000)]
	capacity: u64,
	#[arg(long, default_value = "http://127.0.0.1:0")]
	rpc_endpoint: String,
	/// The most services of this blueprint to serve at once.
	#[arg(long, default_value_t = 16)]
	max_instances: u32,
}

#[derive(Subcommand)]
enum OperatorCommand {
	/// Bond stake (at least the chain's minimum operator bond).
	Bond { amount: String },
	/// Add to the bond.
	BondExtra { amount: String },
	/// Schedule part of the bond to unbond.
	Unbond { amount: String },
	/// Register for a blueprint.
	Register(Registration),
	/// Change capacity, endpoint and the limit on active instances for a blueprint.
	SetLimits(Registration),
	/// Send a heartbeat for a service.
	Heartbeat {
		#[arg(long)]
		service: u64,
	},
	/// Take no new services of a blueprint.
	GoInactive {
		#[arg(long)]
		blueprint: u64,
	},
	/// Take new services of a blueprint again.
	GoActive {
		#[arg(long)]
		blueprint: u64,
	},
	/// Leave a blueprint once its services are over (`--now` deregisters an inactive, idle operator).
	Leave {
		#[arg(long)]
		blueprint: u64,
		#[arg(long)]
		now: bool,
	},
	/// Accept a rental offered to you: its capacity is reserved from your registration and its
	/// first period starts (the miner daemon then sends its heartbeats and metrics).
	AcceptRental { rental: u64 },
	/// Decline a rental offered to you; the client gets everything back.
	DeclineRental { rental: u64 },
	/// Approve a service request.
	Approve { request: u64 },
	/// Reject a service request.
	Reject { request: u64 },
}

#[derive(Subcommand)]
enum ClientCommand {
	/// Publish a blueprint.
	CreateBlueprint {
		#[arg(long)]
		name: String,
		/// Job names, in job-index order.
		#[arg(long = "job", default_values_t = vec!["run".to_string()])]
		jobs: Vec<String>,
		#[arg(long, default_value_t = 1)]
		class: u32,
		#[arg(long, default_value_t = 1)]
		min_operators: u32,
		#[arg(long, default_value_t = 600)]
		heartbeat_interval: u32,
	},
	/// Request a service of a blueprint from operators.
	Request {
		#[arg(long)]
		blueprint: u64,
		#[arg(long = "operator", required = true)]
		operators: Vec<String>,
		/// Accounts besides the owner allowed to call jobs.
		#[arg(long = "caller")]
		callers: Vec<String>,
		/// Blocks the operators have to approve.
		#[arg(long, default_value_t = 600)]
		ttl: u32,
		/// Blocks a job may wait for its result (and a result for its claim) before the caller
		/// may cancel it and take its payment back.
		#[arg(long, default_value_t = aitbc_client::chain::DEFAULT_JOB_TIMEOUT)]
		job_timeout: u32,
	},
	/// Withdraw a service request.
	CancelRequest { request: u64 },
	/// Call a job; its price is quoted and escrowed.
	Call {
		#[arg(long)]
		service: u64,
		#[arg(long, default_value_t = 0)]
		job_index: u32,
		/// The job's input (its BLAKE2-256 hash goes on chain).
		#[arg(long, conflicts_with = "input_hash")]
		input: Option<String>,
		/// The input's hash (0x + 64 hex digits).
		#[arg(long)]
		input_hash: Option<String>,
		#[arg(long)]
		max_units: u64,
		/// The most to pay (default: the quote plus 10%).
		#[arg(long)]
		price_cap: Option<String>,
		/// Call it privately: commit to (model, input, a random salt) in the same transaction
		/// and write the opening to this file (or `<this dir>/<job id>.json`), for the
		/// operator's --private-dir.
		#[arg(long)]
		private_opening: Option<PathBuf>,
		/// The model the private job runs (its BLAKE2-256 hash is committed).
		#[arg(long, default_value = "default")]
		model: String,
		/// The prover that computes the commitment.
		#[arg(long, default_value = "node zk/scripts/private-receipt.mjs")]
		prover: String,
		/// With --private-opening: settle at the enhanced level, hiding the units, at this
		/// price per unit (AIT); the operator is paid its units at this rate, the rest of the
		/// escrow comes back.
		#[arg(long, requires = "private_opening")]
		unit_price: Option<String>,
	},
	/// Price of `units` units of a resource class.
	Quote {
		#[arg(long, default_value_t = 1)]
		class: u32,
		#[arg(long)]
		units: u64,
	},
	/// Show a job.
	Job { job: u64 },
	/// End a service as its owner (anyone may once its end date passed). Jobs without a result
	/// are refunded; jobs with one finish on their own.
	Terminate { service: u64 },
	/// Accept the operator's claim on a job you called: it is paid now instead of when the
	/// challenge window closes (and you can no longer dispute it).
	Accept {
		#[arg(long)]
		job: u64,
	},
	/// Take back the payment of a job you called that got no result (or no claim of its
	/// result) within the service's job timeout.
	Cancel {
		#[arg(long)]
		job: u64,
	},
	/// Offer an operator a rental of its capacity for a number of periods at the price pricing
	/// quotes now (fixed for the rental); the whole price is held until it ends. A period is
	/// paid once its report window closes, less the penalty its SLA sets for what was measured.
	Rent {
		/// The operator whose capacity to rent.
		#[arg(long)]
		provider: String,
		/// A blueprint the operator is registered for (its class prices the rental).
		#[arg(long)]
		blueprint: u64,
		/// Compute units per block.
		#[arg(long)]
		capacity: u64,
		/// Blocks per period (the unit of payment and of SLA judgement).
		#[arg(long, default_value_t = 600)]
		period_blocks: u32,
		#[arg(long, default_value_t = 1)]
		periods: u32,
		/// Blocks between a cancellation and the end (paid by the client).
		#[arg(long, default_value_t = 0)]
		notice: u32,
		/// Least availability per period, in percent.
		#[arg(long, default_value = "99")]
		min_availability: String,
		/// Most mean response time, in milliseconds.
		#[arg(long)]
		max_response_ms: Option<u32>,
		/// Least accuracy, in percent.
		#[arg(long)]
		min_accuracy: Option<String>,
		/// Least compute units delivered per period.
		#[arg(long)]
		min_units: Option<u64>,
		/// Percent of a period's payment refunded per broken SLA term.
		#[arg(long, default_value = "10")]
		breach_penalty: String,
		/// The most to pay per period (default: the quote plus 10%).
		#[arg(long)]
		price_cap: Option<String>,
		/// Blocks the operator has to accept.
		#[arg(long, default_value_t = 600)]
		ttl: u32,
	},
	/// Dispute a job (the same as `aitbc dispute file`).
	Dispute {
		#[arg(long)]
		job: u64,
		#[arg(long)]
		respondent: String,
	},
}

#[derive(Subcommand)]
enum MinerCommand {
	/// Follow finalized blocks and run the jobs of services this operator serves.
	Run {
		/// `hash-chain[:unit-limit]`, `matmul[:dimension]` or `cmd:<program>`.
		#[arg(long, default_value = "hash-chain")]
		executor: String,
		/// Progress file, so a restart neither skips nor double-submits.
		#[arg(long, default_value = "aitbc-miner.json")]
		state: PathBuf,
		/// Stop after one job.
		#[arg(long)]
		once: bool,
		/// Stop after this many jobs.
		#[arg(long)]
		max_jobs: Option<usize>,
		/// Settle a job privately (a Groth16-proven basic receipt) when its client handed over
		/// an opening as `<DIR>/<job id>.json`; other jobs get public receipts.
		#[arg(long)]
		private_dir: Option<PathBuf>,
		/// The prover for private receipts (JSON on stdin and stdout, see client/README.md).
		#[arg(long, default_value = "node zk/scripts/private-receipt.mjs")]
		prover: String,
		/// Longest pause between reconnection attempts, in seconds.
		#[arg(long, default_value_t = 30)]
		max_backoff: u64,
		/// Do not send heartbeats (another process of this operator sends them).
		#[arg(long)]
		no_heartbeats: bool,
	},
	/// What became of a receipt of an operator (default: the key's account): pending, settled or
	/// voided.
	ReceiptStatus {
		receipt_id: String,
		#[arg(long)]
		operator: Option<String>,
	},
	/// Verified compute units of an operator (default: the key's account).
	WorkScore { account: Option<String> },
}

#[derive(Subcommand)]
enum GovernanceCommand {
	/// Propose to the council that a deferred slash be cancelled.
	ProposeVeto {
		#[arg(long)]
		slash: u64,
		/// Council votes needed (1 runs the veto at once).
		#[arg(long, default_value_t = 2)]
		threshold: u32,
	},
	/// Vote on a council proposal.
	Vote {
		#[arg(long)]
		hash: String,
		#[arg(long)]
		index: u32,
		/// Vote nay instead of aye.
		#[arg(long)]
		nay: bool,
	},
	/// Propose to the council a ruling on an escalated dispute.
	ProposeRuling {
		#[arg(long)]
		dispute: u64,
		/// `client`, `operator` or `split:<operator percent>`.
		#[arg(long)]
		ruling: String,
		#[arg(long, default_value_t = 2)]
		threshold: u32,
	},
	/// Propose to the council that a validator join the set (or leave it, with --remove).
	ProposeValidator {
		account: String,
		#[arg(long)]
		remove: bool,
		#[arg(long, default_value_t = 2)]
		threshold: u32,
	},
	/// Close a council proposal that has its votes.
	Close {
		#[arg(long)]
		hash: String,
		#[arg(long)]
		index: u32,
	},
}

/// Runs `work`, showing `label` and the seconds waited while it takes long.
async fn with_progress<T>(label: &str, work: impl Future<Output = T>) -> T {
	let tty = std::io::stderr().is_terminal();
	if !tty {
		eprintln!("{label}...");
		return work.await;
	}
	let label_owned = label.to_string();
	let ticker = tokio::spawn(async move {
		let spinner = ['|', '/', '-', '\\'];
		let started = std::time::Instant::now();
		let mut tick = 0usize;
		loop {
			eprint!(
				"\r{} {label_owned}... {}s ",
				spinner[tick % 4],
				started.elapsed().as_secs()
			);
			tick += 1;
			tokio::time::sleep(Duration::from_millis(250)).await;
		}
	});
	let result = work.await;
	ticker.abort();
	eprint!("\r\x1b[2K");
	result
}

fn hash_arg(text: &str) -> anyhow::Result<[u8; 32]> {
	let bytes = hex::decode(text.trim_start_matches("0x"))?;
	bytes
		.try_into()
		.map_err(|_| anyhow::anyhow!("a hash has 32 bytes"))
}

fn parse_accounts(texts: &[String]) -> anyhow::Result<Vec<AccountId32>> {
	Ok(texts
		.iter()
		.map(|t| keys::parse_account(t))
		.collect::<Result<_, _>>()?)
}

struct Ctx {
	url: String,
	/// `--suri` or `AITBC_SURI`, unless empty.
	suri: Option<String>,
	json: bool,
	/// The account that signed, reported as `"signer"` in `--json` output.
	signed_as: OnceLock<AccountId32>,
}

impl Ctx {
	/// `work`, with a progress message on stderr unless `--json` keeps stderr for errors.
	async fn progress<T>(&self, label: &str, work: impl Future<Output = T>) -> T {
		if self.json {
			work.await
		} else {
			with_progress(label, work).await
		}
	}

	async fn chain(&self) -> anyhow::Result<Chain> {
		let url = self.url.clone();
		Ok(self
			.progress(&format!("connecting to {url}"), Chain::connect(&url))
			.await?)
	}

	/// The key of `--suri` / `AITBC_SURI`; without one, the development key if the chain's type
	/// allows it (`chain`, or a connection made here to ask), announced on stderr as `verb`.
	async fn key(&self, chain: Option<&Chain>, verb: &str) -> anyhow::Result<Keypair> {
		if let Some(suri) = &self.suri {
			return Ok(keys::keypair_from_suri_or_file(suri)?);
		}
		let connected;
		let chain = match chain {
			Some(chain) => chain,
			None => {
				connected = self.chain().await?;
				&connected
			}
		};
		let chain_type = chain.chain_type().await?;
		let suri = default_signer(&chain_type)?;
		eprintln!(
			"note: no --suri or AITBC_SURI given; {verb} {suri}, the development key of this {chain_type} chain"
		);
		Ok(keys::keypair_from_suri(suri)?)
	}

	/// The key to sign with (see [`Ctx::key`]).
	async fn signer(&self, chain: &Chain) -> anyhow::Result<Keypair> {
		let pair = self.key(Some(chain), "signing as").await?;
		self.remember(&pair);
		Ok(pair)
	}

	fn remember(&self, pair: &Keypair) {
		// Set once: every command signs with one key.
		let _ = self.signed_as.set(keys::account_of(pair));
	}

	/// Connects and picks the key to sign with; a given key that does not parse fails first.
	async fn connect_signed(&self) -> anyhow::Result<(Chain, Keypair)> {
		if let Some(suri) = &self.suri {
			keys::keypair_from_suri_or_file(suri)?;
		}
		let chain = self.chain().await?;
		let signer = self.signer(&chain).await?;
		Ok((chain, signer))
	}

	/// `who`, or the account of the key (see [`Ctx::key`]).
	async fn account(
		&self,
		who: Option<AccountId32>,
		chain: &Chain,
	) -> anyhow::Result<AccountId32> {
		match who {
			Some(who) => Ok(who),
			None => Ok(keys::account_of(&self.key(Some(chain), "using").await?)),
		}
	}

	fn account_arg(who: Option<&str>) -> anyhow::Result<Option<AccountId32>> {
		Ok(who.map(keys::parse_account).transpose()?)
	}
}

async fn run(ctx: &Ctx, command: Command) -> anyhow::Result<Output> {
	Ok(match command {
		Command::Keys(KeysCommand::Generate { out }) => {
			let mnemonic = keys::generate_mnemonic()?;
			let pair = keys::keypair_from_suri(&mnemonic.to_string())?;
			let public_key = hex32(&pair.public_key().0);
			let address = keys::account_of(&pair).to_string();
			let mut text = format!(
				"secret phrase: {mnemonic}\npublic key:    {public_key}\naddress:       {address}"
			);
			if let Some(path) = &out {
				std::fs::write(path, format!("{mnemonic}\n"))
					.map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
				#[cfg(unix)]
				{
					use std::os::unix::fs::PermissionsExt;
					std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
				}
				text += &format!("\nkey file:      {}", path.display());
			}
			Output::new(
				text,
				json!({
					"secretPhrase": mnemonic.to_string(),
					"publicKey": public_key,
					"address": address,
					"keyFile": out.map(|p| p.display().to_string()),
				}),
			)
		}
		Command::Keys(KeysCommand::Inspect { key }) => {
			let suri = key.or_else(|| ctx.suri.clone()).ok_or_else(|| {
				anyhow::anyhow!(
					"give a secret URI or key file: `aitbc keys inspect <SURI|FILE>`, --suri or AITBC_SURI"
				)
			})?;
			let pair = keys::keypair_from_suri_or_file(&suri)?;
			let public_key = hex32(&pair.public_key().0);
			let address = keys::account_of(&pair).to_string();
			Output::new(
				format!("public key: {public_key}\naddress:    {address}"),
				json!({ "publicKey": public_key, "address": address }),
			)
		}
		Command::Balance { account } => {
			let who = Ctx::account_arg(account.as_deref())?;
			let chain = ctx.chain().await?;
			let who = ctx.account(who, &chain).await?;
			let free = chain.free_balance(&who).await?;
			Output::new(
				format!("{who}: {}", format_ait(free)),
				json!({ "account": who.to_string(), "free": plancks(free) }),
			)
		}
		Command::Transfer { dest, amount } => {
			let (dest, amount) = (keys::parse_account(&dest)?, parse_ait(&amount)?);
			let (chain, signer) = ctx.connect_signed().await?;
			ctx.progress("transferring", chain.transfer(&signer, &dest, amount))
				.await?;
			Output::new(
				format!("sent {} to {dest}", format_ait(amount)),
				json!({ "to": dest.to_string(), "amount": plancks(amount) }),
			)
		}
		Command::Operator(command) => operator(ctx, command).await?,
		Command::Client(command) => client(ctx, command).await?,
		Command::Miner(command) => miner(ctx, command).await?,
		Command::Dispute(command) => dispute(ctx, command).await?,
		Command::Arbiter(command) => arbiter(ctx, command).await?,
		Command::Governance(command) => governance(ctx, command).await?,
		Command::Validator(command) => validator(ctx, command).await?,
		Command::Rental(command) => rental(ctx, command).await?,
		Command::Settlement(command) => settlement(ctx, command).await?,
		Command::Relayer(command) => relayer(ctx, command).await?,
	})
}

async fn rental(ctx: &Ctx, command: RentalCommand) -> anyhow::Result<Output> {
	Ok(match command {
		RentalCommand::Show { rental } => {
			let chain = ctx.chain().await?;
			let Some(record) = chain.rental(rental).await? else {
				anyhow::bail!("no rental {rental}");
			};
			let open = chain.open_rental_periods(rental).await?;
			output::rental(rental, &record, &open)
		}
		RentalCommand::List { account } => {
			let who = Ctx::account_arg(account.as_deref())?;
			let chain = ctx.chain().await?;
			let who = ctx.account(who, &chain).await?;
			let ids = chain.rentals_of(&who).await?;
			let text = if ids.is_empty() {
				format!("{who}: no rentals")
			} else {
				format!(
					"{who}: rentals {}",
					ids.iter()
						.map(u64::to_string)
						.collect::<Vec<_>>()
						.join(", ")
				)
			};
			Output::new(text, json!({ "account": who.to_string(), "rentals": ids }))
		}
		RentalCommand::Cancel { rental } => {
			let (chain, signer) = ctx.connect_signed().await?;
			let ends_at = ctx
				.progress("cancelling", chain.cancel_rental(&signer, rental))
				.await?;
			let text = match ends_at {
				Some(end) => format!("rental {rental} ends at block {end}; the rest is refunded"),
				None => format!("rental offer {rental} withdrawn and refunded"),
			};
			Output::new(text, json!({ "rentalId": rental, "endsAt": ends_at }))
		}
		RentalCommand::Report {
			rental,
			period,
			availability,
			response_ms,
			accuracy,
			units,
		} => {
			let metrics = aitbc_client::rental::Metrics {
				availability_ppm: aitbc_client::rental::percent_to_ppm(&availability)?,
				response_ms,
				accuracy_ppm: aitbc_client::rental::percent_to_ppm(&accuracy)?,
				delivered_units: units,
			};
			let (chain, signer) = ctx.connect_signed().await?;
			ctx.progress(
				"reporting",
				chain.report_rental_metrics(&signer, rental, period, metrics),
			)
			.await?;
			Output::new(
				format!("reported period {period} of rental {rental}"),
				json!({
					"rentalId": rental,
					"period": period,
					"availabilityPpm": metrics.availability_ppm,
					"responseMs": response_ms,
					"accuracyPpm": metrics.accuracy_ppm,
					"deliveredUnits": units,
				}),
			)
		}
	})
}

async fn operator(ctx: &Ctx, command: OperatorCommand) -> anyhow::Result<Output> {
	let (chain, signer) = ctx.connect_signed().await?;
	Ok(match command {
		OperatorCommand::Bond { amount } => {
			let amount = parse_ait(&amount)?;
			ctx.progress("bonding", chain.bond(&signer, amount)).await?;
			Output::new(
				format!("bonded {}", format_ait(amount)),
				json!({ "amount": plancks(amount) }),
			)
		}
		OperatorCommand::BondExtra { amount } => {
			let amount = parse_ait(&amount)?;
			ctx.progress("bonding", chain.bond_extra(&signer, amount))
				.await?;
			Output::new(
				format!("added {} to the bond", format_ait(amount)),
				json!({ "amount": plancks(amount) }),
			)
		}
		OperatorCommand::Unbond { amount } => {
			let amount = parse_ait(&amount)?;
			ctx.progress(
				"scheduling the unbond",
				chain.schedule_unbond(&signer, amount),
			)
			.await?;
			Output::new(
				format!("scheduled {} to unbond", format_ait(amount)),
				json!({ "amount": plancks(amount) }),
			)
		}
		OperatorCommand::Register(r) => {
			ctx.progress(
				"registering",
				chain.register(
					&signer,
					r.blueprint,
					&r.rpc_endpoint,
					r.capacity,
					r.max_instances,
				),
			)
			.await?;
			Output::new(
				format!("registered for blueprint {}", r.blueprint),
				registration_json(&r),
			)
		}
		OperatorCommand::SetLimits(r) => {
			ctx.progress(
				"updating the registration",
				chain.set_limits(
					&signer,
					r.blueprint,
					&r.rpc_endpoint,
					r.capacity,
					r.max_instances,
				),
			)
			.await?;
			Output::new(
				format!(
					"blueprint {}: capacity {}, at most {} instances",
					r.blueprint, r.capacity, r.max_instances
				),
				registration_json(&r),
			)
		}
		OperatorCommand::Heartbeat { service } => {
			ctx.progress("sending the heartbeat", chain.heartbeat(&signer, service))
				.await?;
			Output::new(
				format!("heartbeat sent for service {service}"),
				json!({ "serviceId": service }),
			)
		}
		OperatorCommand::GoInactive { blueprint } => {
			ctx.progress("going inactive", chain.go_inactive(&signer, blueprint))
				.await?;
			Output::new(
				format!("inactive for blueprint {blueprint}"),
				json!({ "blueprintId": blueprint, "active": false }),
			)
		}
		OperatorCommand::GoActive { blueprint } => {
			ctx.progress("going active", chain.go_active(&signer, blueprint))
				.await?;
			Output::new(
				format!("active for blueprint {blueprint}"),
				json!({ "blueprintId": blueprint, "active": true }),
			)
		}
		OperatorCommand::Leave { blueprint, now } => {
			let text = if now {
				ctx.progress("deregistering", chain.deregister(&signer, blueprint))
					.await?;
				format!("deregistered from blueprint {blueprint}")
			} else {
				ctx.progress(
					"scheduling the leave",
					chain.schedule_leave(&signer, blueprint),
				)
				.await?;
				format!("leaving blueprint {blueprint} once its services end")
			};
			Output::new(
				text,
				json!({ "blueprintId": blueprint, "deregistered": now }),
			)
		}
		OperatorCommand::AcceptRental { rental } => {
			let service = ctx
				.progress("accepting the rental", chain.accept_rental(&signer, rental))
				.await?;
			Output::new(
				format!("accepted rental {rental}; it runs as service {service}"),
				json!({ "rentalId": rental, "serviceId": service }),
			)
		}
		OperatorCommand::DeclineRental { rental } => {
			ctx.progress(
				"declining the rental",
				chain.decline_rental(&signer, rental),
			)
			.await?;
			Output::new(
				format!("declined rental {rental}; the client is refunded"),
				json!({ "rentalId": rental }),
			)
		}
		OperatorCommand::Approve { request } => {
			let service = ctx
				.progress("approving", chain.approve(&signer, request))
				.await?;
			let text = match service {
				Some(service) => format!("approved request {request}; service {service} created"),
				None => format!("approved request {request}; waiting for the other operators"),
			};
			Output::new(text, json!({ "requestId": request, "serviceId": service }))
		}
		OperatorCommand::Reject { request } => {
			ctx.progress("rejecting", chain.reject(&signer, request))
				.await?;
			Output::new(
				format!("rejected request {request}"),
				json!({ "requestId": request }),
			)
		}
	})
}

fn registration_json(r: &Registration) -> serde_json::Value {
	json!({
		"blueprintId": r.blueprint,
		"capacity": r.capacity,
		"rpcEndpoint": r.rpc_endpoint,
		"maxInstances": r.max_instances,
	})
}

async fn client(ctx: &Ctx, command: ClientCommand) -> anyhow::Result<Output> {
	let chain = ctx.chain().await?;
	Ok(match command {
		ClientCommand::CreateBlueprint {
			name,
			jobs,
			class,
			min_operators,
			heartbeat_interval,
		} => {
			let signer = ctx.signer(&chain).await?;
			let jobs: Vec<&str> = jobs.iter().map(String::as_str).collect();
			let id = ctx
				.progress(
					"creating the blueprint",
					chain.create_blueprint(
						&signer,
						&name,
						&jobs,
						class,
						min_operators,
						heartbeat_interval,
					),
				)
				.await?;
			Output::new(format!("blueprint {id}"), json!({ "blueprintId": id }))
		}
		ClientCommand::Request {
			blueprint,
			operators,
			callers,
			ttl,
			job_timeout,
		} => {
			let (operators, callers) = (parse_accounts(&operators)?, parse_accounts(&callers)?);
			let signer = ctx.signer(&chain).await?;
			let id = ctx
				.progress(
					"requesting the service",
					chain.request_service(&signer, blueprint, operators, callers, ttl, job_timeout),
				)
				.await?;
			Output::new(format!("request {id}"), json!({ "requestId": id }))
		}
		ClientCommand::CancelRequest { request } => {
			let signer = ctx.signer(&chain).await?;
			ctx.progress("cancelling", chain.cancel_request(&signer, request))
				.await?;
			Output::new(
				format!("cancelled request {request}"),
				json!({ "requestId": request }),
			)
		}
		ClientCommand::Call {
			service,
			job_index,
			input,
			input_hash,
			max_units,
			price_cap,
			private_opening,
			model,
			prover,
			unit_price,
		} => {
			let input_hash = match (input, input_hash) {
				(_, Some(hash)) => hash_arg(&hash)?,
				(Some(input), None) => sp_crypto_hashing_blake2(input.as_bytes()),
				(None, None) => anyhow::bail!("give --input or --input-hash"),
			};
			let signer = ctx.signer(&chain).await?;
			let price_cap = match price_cap {
				Some(cap) => parse_ait(&cap)?,
				None => default_price_cap(&chain, service, max_units).await?,
			};
			let mut text = String::new();
			let (called, opening_path) = match private_opening {
				None => {
					let called = ctx
						.progress(
							"calling the job",
							chain.call_job(
								&signer, service, job_index, input_hash, max_units, price_cap,
							),
						)
						.await?;
					(called, None)
				}
				Some(path) => {
					let prover = Prover::from_command(&prover)?;
					let (called, opening) = ctx
						.progress(
							"calling the job privately",
							chain.call_private_job(
								&signer,
								&prover,
								service,
								job_index,
								sp_crypto_hashing_blake2(model.as_bytes()),
								input_hash,
								max_units,
								price_cap,
								unit_price.as_deref().map(parse_ait).transpose()?,
							),
						)
						.await?;
					let path = if path.is_dir() {
						aitbc_client::private::Opening::path_in(&path, called.job_id)
					} else {
						path
					};
					opening.save(&path)?;
					text += &format!(
						"opening of job {} written to {}: hand it to the operator (as <its --private-dir>/{}.json)\n",
						called.job_id,
						path.display(),
						called.job_id
					);
					(called, Some(path.display().to_string()))
				}
			};
			text += &format!(
				"job {} on service {}: {} units at most, {} escrowed",
				called.job_id,
				called.service_id,
				called.max_units,
				format_ait(called.price)
			);
			Output::new(
				text,
				json!({
					"jobId": called.job_id,
					"serviceId": called.service_id,
					"maxUnits": called.max_units,
					"price": plancks(called.price),
					"priceCap": plancks(price_cap),
					"openingFile": opening_path,
				}),
			)
		}
		ClientCommand::Quote { class, units } => match chain.quote(class, units).await? {
			Some(q) => output::quote(&q)?,
			None => anyhow::bail!("no resource class {class}"),
		},
		ClientCommand::Rent {
			provider,
			blueprint,
			capacity,
			period_blocks,
			periods,
			notice,
			min_availability,
			max_response_ms,
			min_accuracy,
			min_units,
			breach_penalty,
			price_cap,
			ttl,
		} => {
			use aitbc_client::rental::{percent_to_ppm, RentalOffer, Sla};
			let provider = keys::parse_account(&provider)?;
			let max_price_per_period = match price_cap {
				Some(cap) => parse_ait(&cap)?,
				None => {
					let class = chain.blueprint_resource_class(blueprint).await?;
					let units = capacity.saturating_mul(u64::from(period_blocks));
					let quote = chain
						.quote(class, units)
						.await?
						.ok_or_else(|| anyhow::anyhow!("no resource class {class}"))?;
					let total = quote.total_plancks()?;
					total.saturating_add(total / 10)
				}
			};
			let offer = RentalOffer {
				provider: provider.clone(),
				blueprint_id: blueprint,
				capacity,
				period_length: period_blocks,
				periods,
				notice,
				sla: Sla {
					min_availability_ppm: percent_to_ppm(&min_availability)?,
					max_response_ms,
					min_accuracy_ppm: min_accuracy.as_deref().map(percent_to_ppm).transpose()?,
					min_delivered_units: min_units,
					// Percent to parts per billion.
					breach_penalty_ppb: percent_to_ppm(&breach_penalty)?.saturating_mul(1_000),
				},
				max_price_per_period,
				accept_ttl: ttl,
			};
			let signer = ctx.signer(&chain).await?;
			let created = ctx
				.progress("offering the rental", chain.create_rental(&signer, &offer))
				.await?;
			Output::new(
				format!(
					"rental {} offered to {provider}: {} per period, {} held; accept by block {}",
					created.rental_id,
					format_ait(created.price_per_period),
					format_ait(created.total),
					created.accept_by
				),
				json!({
					"rentalId": created.rental_id,
					"provider": provider.to_string(),
					"pricePerPeriod": plancks(created.price_per_period),
					"total": plancks(created.total),
					"acceptBy": created.accept_by,
				}),
			)
		}
		ClientCommand::Job { job } => match chain.job(job).await? {
			Some(j) => output::job(job, &j),
			None => anyhow::bail!("no job {job}"),
		},
		ClientCommand::Terminate { service } => {
			let signer = ctx.signer(&chain).await?;
			ctx.progress("terminating", chain.terminate_service(&signer, service))
				.await?;
			Output::new(
				format!("terminated service {service}"),
				json!({ "serviceId": service }),
			)
		}
		ClientCommand::Accept { job } => {
			let signer = ctx.signer(&chain).await?;
			let settled = ctx
				.progress("accepting", chain.accept(&signer, job))
				.await?;
			Output::new(
				format!(
					"job {job}: accepted, operator paid {} for {} units, {} refunded",
					format_ait(settled.paid),
					settled.compute_units,
					format_ait(settled.refunded)
				),
				json!({
					"jobId": job,
					"computeUnits": settled.compute_units,
					"paid": plancks(settled.paid),
					"refunded": plancks(settled.refunded),
				}),
			)
		}
		ClientCommand::Cancel { job } => {
			let signer = ctx.signer(&chain).await?;
			ctx.progress("cancelling", chain.cancel_job(&signer, job))
				.await?;
			Output::new(
				format!("job {job}: cancelled, payment returned"),
				json!({ "jobId": job }),
			)
		}
		ClientCommand::Dispute { job, respondent } => {
			file_dispute(ctx, &chain, job, &respondent).await?
		}
	})
}

async fn file_dispute(
	ctx: &Ctx,
	chain: &Chain,
	job: u64,
	respondent: &str,
) -> anyhow::Result<Output> {
	let respondent = keys::parse_account(respondent)?;
	let signer = ctx.signer(chain).await?;
	let id = ctx
		.progress(
			"filing the dispute",
			chain.file_dispute(&signer, job, &respondent),
		)
		.await?;
	Ok(Output::new(
		format!("dispute {id} filed over job {job}"),
		json!({ "disputeId": id, "jobId": job, "respondent": respondent.to_string() }),
	))
}

async fn dispute(ctx: &Ctx, command: DisputeCommand) -> anyhow::Result<Output> {
	let chain = ctx.chain().await?;
	Ok(match command {
		DisputeCommand::File { job, respondent } => {
			file_dispute(ctx, &chain, job, &respondent).await?
		}
		DisputeCommand::Evidence {
			dispute,
			hash,
			file,
			uri,
		} => {
			let hash = match (hash, file) {
				(Some(hash), _) => hash_arg(&hash)?,
				(None, Some(file)) => sp_crypto_hashing_blake2(
					&std::fs::read(&file)
						.map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?,
				),
				(None, None) => anyhow::bail!("give --hash or --file"),
			};
			let signer = ctx.signer(&chain).await?;
			ctx.progress(
				"submitting the evidence",
				chain.submit_evidence(&signer, dispute, hash, &uri),
			)
			.await?;
			Output::new(
				format!("evidence {} added to dispute {dispute}", hex32(&hash)),
				json!({ "disputeId": dispute, "hash": hex32(&hash), "uri": uri }),
			)
		}
		DisputeCommand::Appeal { dispute } => {
			let signer = ctx.signer(&chain).await?;
			ctx.progress("appealing", chain.appeal(&signer, dispute))
				.await?;
			Output::new(
				format!("appealed dispute {dispute}"),
				json!({ "disputeId": dispute }),
			)
		}
		DisputeCommand::Advance { dispute } => {
			let signer = ctx.signer(&chain).await?;
			ctx.progress("advancing", chain.advance_dispute(&signer, dispute))
				.await?;
			Output::new(
				format!("dispute {dispute} moved past its deadline"),
				json!({ "disputeId": dispute }),
			)
		}
		DisputeCommand::Show { dispute } => match chain.dispute(dispute).await? {
			Some(d) => output::dispute(dispute, &d),
			None => anyhow::bail!("no dispute {dispute} (never filed, or resolved and pruned)"),
		},
	})
}

async fn arbiter(ctx: &Ctx, command: ArbiterCommand) -> anyhow::Result<Output> {
	let (chain, signer) = ctx.connect_signed().await?;
	let secret_path = |dispute: u64, path: Option<PathBuf>| {
		path.unwrap_or_else(|| PathBuf::from(format!("aitbc-vote-{dispute}.json")))
	};
	Ok(match command {
		ArbiterCommand::Join { stake } => {
			let stake = parse_ait(&stake)?;
			ctx.progress("joining the arbiters", chain.join_arbiters(&signer, stake))
				.await?;
			Output::new(
				format!("arbiter with {} at stake", format_ait(stake)),
				json!({ "stake": plancks(stake) }),
			)
		}
		ArbiterCommand::AddStake { amount } => {
			let amount = parse_ait(&amount)?;
			ctx.progress("adding stake", chain.add_arbiter_stake(&signer, amount))
				.await?;
			Output::new(
				format!("added {} to the arbiter stake", format_ait(amount)),
				json!({ "amount": plancks(amount) }),
			)
		}
		ArbiterCommand::Leave => {
			ctx.progress("leaving the arbiters", chain.leave_arbiters(&signer))
				.await?;
			Output::new("left the arbiters; stake released", json!({ "left": true }))
		}
		ArbiterCommand::Commit {
			dispute,
			ruling,
			secret,
		} => {
			let ruling: RulingArg = ruling.parse()?;
			let path = secret_path(dispute, secret);
			let vote = VoteSecret::new(dispute, &keys::account_of(&signer), ruling)?;
			// Kept before sending: a committed vote whose salt is lost cannot be revealed.
			vote.save(&path)?;
			if let Err(e) = ctx
				.progress(
					"committing the vote",
					chain.commit_vote(&signer, dispute, vote.commitment),
				)
				.await
			{
				let _ = std::fs::remove_file(&path);
				return Err(e.into());
			}
			Output::new(
				format!(
					"committed {} on dispute {dispute}; secret kept in {} for the reveal",
					hex32(&vote.commitment),
					path.display()
				),
				json!({
					"disputeId": dispute,
					"commitment": hex32(&vote.commitment),
					"secretFile": path.display().to_string(),
				}),
			)
		}
		ArbiterCommand::Reveal { dispute, secret } => {
			let path = secret_path(dispute, secret);
			let vote = VoteSecret::load(&path)?;
			anyhow::ensure!(
				vote.dispute_id == dispute,
				"{} holds the vote for dispute {}, not {dispute}",
				path.display(),
				vote.dispute_id
			);
			ctx.progress("revealing the vote", chain.reveal_vote(&signer, &vote))
				.await?;
			Output::new(
				format!("revealed {} on dispute {dispute}", vote.ruling),
				json!({ "disputeId": dispute, "ruling": vote.ruling.to_string() }),
			)
		}
	})
}

fn sp_crypto_hashing_blake2(data: &[u8]) -> [u8; 32] {
	aitbc_client::executor::blake2_256(data)
}

/// The quote for the service's resource class plus 10%, so a small price move does not fail
/// the call.
async fn default_price_cap(chain: &Chain, service: u64, units: u64) -> anyhow::Result<u128> {
	let class = chain.service_resource_class(service).await?;
	let quote = chain
		.quote(class, units)
		.await?
		.ok_or_else(|| anyhow::anyhow!("no resource class {class}"))?;
	let total = quote.total_plancks()?;
	Ok(total.saturating_add(total / 10))
}

async fn miner(ctx: &Ctx, command: MinerCommand) -> anyhow::Result<Output> {
	Ok(match command {
		MinerCommand::Run {
			executor,
			state,
			once,
			max_jobs,
			private_dir,
			prover,
			max_backoff,
			no_heartbeats,
		} => {
			let executor: ExecutorSpec = executor.parse()?;
			let mut config = MinerConfig::new(ctx.url.clone());
			config.state_path = Some(state);
			config.max_jobs = if once { Some(1) } else { max_jobs };
			config.max_backoff = Duration::from_secs(max_backoff.max(1));
			config.heartbeats = !no_heartbeats;
			if let Some(openings) = private_dir {
				anyhow::ensure!(
					openings.is_dir(),
					"--private-dir {} is not a directory",
					openings.display()
				);
				config.private = Some(PrivateMining {
					openings,
					prover: Prover::from_command(&prover)?,
				});
			}
			// The daemon connects by itself; without a key, a first connection asks the chain
			// type.
			let signer = ctx.key(None, "signing as").await?;
			ctx.remember(&signer);
			let mut miner = Miner::new(config, signer, Arc::new(executor))?;
			if ctx.json {
				miner = miner.with_log(|_| {});
			}
			let report = miner.run().await?;
			Output::new(
				format!(
					"claimed jobs: {:?}; skipped: {:?}; heartbeats: {}; reconnects: {}; rental periods reported: {:?}",
					report.claimed,
					report.skipped,
					report.heartbeats,
					report.reconnects,
					report.rental_reports
				),
				json!({
					"claimed": report.claimed,
					"skipped": report.skipped,
					"heartbeats": report.heartbeats,
					"reconnects": report.reconnects,
					"rentalReports": report
						.rental_reports
						.iter()
						.map(|(rental, period)| json!({ "rentalId": rental, "period": period }))
						.collect::<Vec<_>>(),
				}),
			)
		}
		MinerCommand::ReceiptStatus {
			receipt_id,
			operator,
		} => {
			let (receipt_id, operator) = (
				hash_arg(&receipt_id)?,
				Ctx::account_arg(operator.as_deref())?,
			);
			let chain = ctx.chain().await?;
			let operator = ctx.account(operator, &chain).await?;
			let status = chain.receipt_status(&operator, receipt_id).await?;
			Output::new(
				serde_json::to_string_pretty(&status)?,
				serde_json::to_value(&status)?,
			)
		}
		MinerCommand::WorkScore { account } => {
			let who = Ctx::account_arg(account.as_deref())?;
			let chain = ctx.chain().await?;
			let who = ctx.account(who, &chain).await?;
			let score = chain.work_score(&who).await?;
			Output::new(
				format!(
					"{who}: session {} work {}, total work {}",
					score.session, score.session_work, score.total_work
				),
				json!({
					"account": who.to_string(),
					"session": score.session,
					"sessionWork": score.session_work,
					"totalWork": score.total_work,
				}),
			)
		}
	})
}

/// What became of a council proposal to `what`; the vote and close commands need the hash and
/// index it prints.
fn proposal_output(proposal: Proposal, what: &str) -> Output {
	match proposal {
		Proposal::Proposed { index, hash } => Output::new(
			format!("proposal {index} (hash {}) to {what}", hex32(&hash)),
			json!({ "executed": false, "proposalIndex": index, "proposalHash": hex32(&hash) }),
		),
		Proposal::Executed { hash } => Output::new(
			format!("executed at once: {what} (hash {})", hex32(&hash)),
			json!({ "executed": true, "proposalIndex": null, "proposalHash": hex32(&hash) }),
		),
	}
}

async fn governance(ctx: &Ctx, command: GovernanceCommand) -> anyhow::Result<Output> {
	let (chain, signer) = ctx.connect_signed().await?;
	Ok(match command {
		GovernanceCommand::ProposeVeto { slash, threshold } => {
			let proposal = ctx
				.progress(
					"proposing",
					chain.propose_slash_veto(&signer, slash, threshold),
				)
				.await?;
			proposal_output(proposal, &format!("cancel slash {slash}"))
				.with("slashId", slash)
				.with("threshold", threshold)
		}
		GovernanceCommand::Vote { hash, index, nay } => {
			let hash = hash_arg(&hash)?;
			ctx.progress("voting", chain.vote(&signer, hash, index, !nay))
				.await?;
			Output::new(
				format!(
					"voted {} on proposal {index}",
					if nay { "nay" } else { "aye" }
				),
				json!({ "proposalIndex": index, "proposalHash": hex32(&hash), "aye": !nay }),
			)
		}
		GovernanceCommand::ProposeRuling {
			dispute,
			ruling,
			threshold,
		} => {
			let ruling: RulingArg = ruling.parse()?;
			let proposal = ctx
				.progress(
					"proposing",
					chain.propose_dispute_ruling(&signer, dispute, ruling, threshold),
				)
				.await?;
			proposal_output(proposal, &format!("rule {ruling} on dispute {dispute}"))
				.with("disputeId", dispute)
				.with("ruling", ruling.to_string())
				.with("threshold", threshold)
		}
		GovernanceCommand::ProposeValidator {
			account,
			remove,
			threshold,
		} => {
			let who = keys::parse_account(&account)?;
			let proposal = ctx
				.progress(
					"proposing",
					chain.propose_validator_change(&signer, &who, !remove, threshold),
				)
				.await?;
			let what = if remove { "remove" } else { "add" };
			proposal_output(proposal, &format!("{what} validator {who}"))
				.with("validator", who.to_string())
				.with("add", !remove)
				.with("threshold", threshold)
		}
		GovernanceCommand::Close { hash, index } => {
			let hash = hash_arg(&hash)?;
			ctx.progress("closing", chain.close(&signer, hash, index))
				.await?;
			Output::new(
				format!("closed proposal {index}"),
				json!({ "proposalIndex": index, "proposalHash": hex32(&hash) }),
			)
		}
	})
}

async fn validator(ctx: &Ctx, command: ValidatorCommand) -> anyhow::Result<Output> {
	Ok(match command {
		ValidatorCommand::SetKeys { keys, proof } => {
			let (chain, signer) = ctx.connect_signed().await?;
			let account = keys::account_of(&signer);
			let generated = match (keys, proof) {
				(Some(keys), Some(proof)) => GeneratedKeys {
					keys: hex::decode(keys.trim_start_matches("0x"))?,
					proof: hex::decode(proof.trim_start_matches("0x"))?,
				},
				_ => {
					ctx.progress("making keys on the node", chain.rotate_keys_for(&account))
						.await?
				}
			};
			let public = PublicKeys::decode(&generated.keys)?;
			ctx.progress(
				"registering the keys",
				chain.set_session_keys(&signer, &generated.keys, generated.proof),
			)
			.await?;
			let status = chain.validator_status(&account).await?;
			output::validator_keys_set(&status, &public, &generated.keys)
		}
		ValidatorCommand::Status { account } => {
			let who = Ctx::account_arg(account.as_deref())?;
			let chain = ctx.chain().await?;
			let who = ctx.account(who, &chain).await?;
			let status = chain.validator_status(&who).await?;
			let on_node = match &status.keys {
				Some(keys) => {
					let mut encoded = keys.aura.to_vec();
					encoded.extend_from_slice(&keys.grandpa);
					// Unsafe RPC methods may be closed on a node that is not one's own.
					chain.node_has_keys(&encoded).await.ok()
				}
				None => None,
			};
			output::validator_status(&status, on_node)
		}
	})
}

/// The command line; with `--json`, bad arguments are reported as JSON too (help and version
/// print as usual).
fn parse_cli() -> Cli {
	use clap::error::ErrorKind;
	match Cli::try_parse() {
		Ok(cli) => cli,
		Err(e) => {
			let wants_json = std::env::args_os().any(|a| a == "--json");
			let informational = matches!(
				e.kind(),
				ErrorKind::DisplayHelp
					| ErrorKind::DisplayVersion
					| ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
			);
			if !wants_json || informational {
				e.exit();
			}
			let message = e.to_string();
			let message = message.trim().trim_start_matches("error: ");
			eprintln!("{}", output::error_json(message));
			std::process::exit(2);
		}
	}
}

#[tokio::main]
async fn main() {
	let cli = parse_cli();
	let ctx = Ctx {
		url: cli.url,
		// An empty AITBC_SURI (or --suri "") is no key: the empty secret URI is the well-known
		// development phrase, which must never be picked by accident.
		suri: cli.suri.filter(|suri| !suri.trim().is_empty()),
		json: cli.json,
		signed_as: OnceLock::new(),
	};
	match run(&ctx, cli.command).await {
		Ok(mut result) => {
			if let Some(signer) = ctx.signed_as.get() {
				result = result.with("signer", signer.to_string());
			}
			let mut stdout = std::io::stdout().lock();
			if writeln!(stdout, "{}", result.render(ctx.json))
				.and_then(|()| stdout.flush())
				.is_err()
			{
				std::process::exit(1);
			}
		}
		Err(e) => {
			// Chain refusals read `Pallet.Error: docs`.
			let message = match e.downcast_ref::<Error>() {
				Some(chain_error) => chain_error.to_string(),
				None => format!("{e:#}"),
			};
			if ctx.json {
				eprintln!("{}", output::error_json(&message));
			} else {
				eprintln!("error: {message}");
			}
			std::process::exit(1);
		}
	}
}

async fn settlement(ctx: &Ctx, command: SettlementCommand) -> anyhow::Result<Output> {
	use aitbc_client::settlement::{adapter_name, parse_routing, status_text};
	Ok(match command {
		SettlementCommand::Quote { target, routing } => {
			let chain = ctx.chain().await?;
			let here = chain.settlement_chain_id().await?;
			match chain
				.settlement_quote(target, parse_routing(&routing)?)
				.await?
			{
				Some(quote) => Output::new(
					format!(
						"chain {here} -> chain {target}: {} through the {} adapter, about {} blocks",
						format_ait(quote.fee),
						adapter_name(&quote.adapter),
						quote.latency
					),
					json!({
						"chainId": here,
						"target": target,
						"adapter": adapter_name(&quote.adapter),
						"fee": output::plancks(quote.fee),
						"latency": quote.latency,
					}),
				),
				None => anyhow::bail!("no route from chain {here} to chain {target} by {routing}"),
			}
		}
		SettlementCommand::Request {
			job,
			target,
			routing,
			beneficiary,
			max_fee,
		} => {
			let (chain, signer) = ctx.connect_signed().await?;
			let max_fee = match max_fee {
				Some(fee) => parse_ait(&fee)?,
				None => {
					chain
						.settlement_quote(target, parse_routing(&routing)?)
						.await?
						.ok_or_else(|| anyhow::anyhow!("no route to chain {target}"))?
						.fee
				}
			};
			let beneficiary = match beneficiary {
				Some(hex) => hash_arg(&hex)?,
				None => keys::account_of(&signer).0,
			};
			let (nonce, fee, adapter) = ctx
				.progress(
					"requesting the settlement message",
					chain.request_settlement(
						&signer,
						job,
						target,
						parse_routing(&routing)?,
						beneficiary,
						max_fee,
					),
				)
				.await?;
			Output::new(
				format!(
					"job {job} -> chain {target}: message {nonce} through the {} adapter; {} held until it is acknowledged",
					adapter_name(&adapter),
					format_ait(fee)
				),
				json!({
					"jobId": job,
					"target": target,
					"nonce": nonce,
					"adapter": adapter_name(&adapter),
					"fee": output::plancks(fee),
				}),
			)
		}
		SettlementCommand::Status { target, nonce } => {
			let chain = ctx.chain().await?;
			let (sent, accepted) = chain.settlement_nonces(target).await?;
			match chain.outbound_message(target, nonce).await? {
				Some(view) => {
					let status = status_text(&view.status, view.finalized);
					let m = &view.message;
					Output::new(
						format!(
							"message {nonce} to chain {target} (job {}, {} units, amount {}): {status}\nroute: {sent} sent to chain {target}, {accepted} accepted from it",
							m.job_id, m.units, m.amount
						),
						json!({
							"target": target,
							"nonce": nonce,
							"jobId": m.job_id,
							"units": m.units,
							"amount": m.amount.to_string(),
							"status": format!("{:?}", view.status),
							"statusText": status,
							"finalized": view.finalized,
							"sent": sent,
							"accepted": accepted,
						}),
					)
				}
				None if nonce <= sent => Output::new(
					format!("message {nonce} to chain {target}: no longer kept (its record was pruned after the retention period)"),
					json!({ "target": target, "nonce": nonce, "status": "Pruned", "sent": sent, "accepted": accepted }),
				),
				None => anyhow::bail!("no message {nonce} to chain {target} (last sent: {sent})"),
			}
		}
		SettlementCommand::Retry { target, nonce } => {
			let (chain, signer) = ctx.connect_signed().await?;
			ctx.progress("retrying", chain.retry_settlement(&signer, target, nonce))
				.await?;
			Output::new(
				format!("message {nonce} to chain {target} committed again"),
				json!({ "target": target, "nonce": nonce }),
			)
		}
		SettlementCommand::Refund { target, nonce } => {
			let (chain, signer) = ctx.connect_signed().await?;
			ctx.progress("refunding", chain.refund_settlement(&signer, target, nonce))
				.await?;
			Output::new(
				format!("the fee of message {nonce} to chain {target} is back"),
				json!({ "target": target, "nonce": nonce }),
			)
		}
	})
}

async fn relayer(ctx: &Ctx, command: RelayerCommand) -> anyhow::Result<Output> {
	use aitbc_client::settlement::{RelayMode, Relayer, RelayerConfig};
	let RelayerCommand::Run {
		from,
		to,
		adapter,
		attester_keys,
		batch,
		max_messages,
		max_backoff,
	} = command;
	let mode = match adapter.as_str() {
		"grandpa" | "light-client" => RelayMode::Grandpa,
		"attested" => {
			anyhow::ensure!(
				!attester_keys.is_empty(),
				"--adapter attested needs at least one --attester-key"
			);
			let keys = attester_keys
				.iter()
				.map(|key| {
					let bytes = hex::decode(key.trim_start_matches("0x"))?;
					k256::ecdsa::SigningKey::from_slice(&bytes)
						.map_err(|e| anyhow::anyhow!("an attester key: {e}"))
				})
				.collect::<anyhow::Result<Vec<_>>>()?;
			RelayMode::Attested(keys)
		}
		other => anyhow::bail!("unknown adapter {other}: grandpa or attested"),
	};
	// Signs on the target: with no --suri, the dev default is asked of the target.
	let target_ctx = Ctx {
		url: to.clone(),
		suri: ctx.suri.clone(),
		json: ctx.json,
		signed_as: OnceLock::new(),
	};
	let signer = target_ctx.key(None, "relaying as").await?;
	ctx.remember(&signer);
	let quiet = ctx.json;
	let relayer = Relayer::new(
		RelayerConfig {
			from,
			to,
			mode,
			batch,
			max_messages,
			max_backoff: Duration::from_secs(max_backoff.max(1)),
		},
		signer,
		Box::new(move |line| {
			if !quiet {
				eprintln!("[relayer] {line}");
			}
		}),
	);
	let report = relayer.run().await?;
	let mean = if report.latencies.is_empty() {
		0.0
	} else {
		report.latencies.iter().sum::<f64>() / report.latencies.len() as f64
	};
	Ok(Output::new(
		format!(
			"delivered {:?}; headers imported: {}; reconnects: {}; mean latency since the source block {mean:.1}s",
			report.delivered, report.headers_imported, report.reconnects
		),
		json!({
			"delivered": report.delivered,
			"headersImported": report.headers_imported,
			"reconnects": report.reconnects,
			"latencies": report.latencies,
		}),
	))
}
