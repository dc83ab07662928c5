//! `aitbc`: the AITBC command line for operators, clients, miners and the council.

use aitbc_client::{
	chain::{format_ait, parse_ait, Chain, Proposal},
	disputes::{RulingArg, VoteSecret},
	error::Error,
	executor::ExecutorSpec,
	keys,
	miner::{Miner, MinerConfig, PrivateMining},
	private::Prover,
};
use clap::{Args, Parser, Subcommand};
use std::{future::Future, io::IsTerminal, path::PathBuf, sync::Arc, time::Duration};
use subxt_signer::sr25519::Keypair;

#[derive(Parser)]
#[command(
	name = "aitbc",
	version,
	about = "Rent and sell AI compute on the AITBC chain"
)]
struct Cli {
	/// The node's WebSocket RPC endpoint.
	#[arg(long, global = true, default_value = "ws://127.0.0.1:9944")]
	url: String,
	/// Secret URI (`//Alice`, a mnemonic) or the path of a key file holding one.
	#[arg(long, global = true, default_value = "//Alice")]
	suri: String,
	#[command(subcommand)]
	command: Command,
}

#[derive(Subcommand)]
enum Command {
	/// Generate and inspect keys.
	#[command(subcommand)]
	Keys(KeysCommand),
	/// Free balance of an account (default: the --suri account).
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
	/// Council: veto deferred slashes, rule on escalated disputes.
	#[command(subcommand)]
	Governance(GovernanceCommand),
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
	/// Public key and address of a secret URI or key file (default: --suri).
	Inspect { suri: Option<String> },
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
	/// What became of a receipt of an operator (default: --suri): pending, settled or voided.
	ReceiptStatus {
		receipt_id: String,
		#[arg(long)]
		operator: Option<String>,
	},
	/// Verified compute units of an operator (default: --suri).
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

struct Ctx {
	url: String,
	suri: String,
}

impl Ctx {
	fn signer(&self) -> anyhow::Result<Keypair> {
		Ok(keys::keypair_from_suri_or_file(&self.suri)?)
	}
	async fn chain(&self) -> anyhow::Result<Chain> {
		Ok(with_progress(
			&format!("connecting to {}", self.url),
			Chain::connect(&self.url),
		)
		.await?)
	}
	fn account(&self, who: Option<&str>) -> anyhow::Result<subxt::utils::AccountId32> {
		match who {
			Some(who) => Ok(keys::parse_account(who)?),
			None => Ok(keys::account_of(&self.signer()?)),
		}
	}
}

async fn run(cli: Cli) -> anyhow::Result<()> {
	let ctx = Ctx {
		url: cli.url,
		suri: cli.suri,
	};
	match cli.command {
		Command::Keys(KeysCommand::Generate { out }) => {
			let mnemonic = keys::generate_mnemonic()?;
			let pair = keys::keypair_from_suri(&mnemonic.to_string())?;
			println!("secret phrase: {mnemonic}");
			println!("public key:    0x{}", hex::encode(pair.public_key().0));
			println!("address:       {}", keys::account_of(&pair));
			if let Some(path) = out {
				std::fs::write(&path, format!("{mnemonic}\n"))?;
				#[cfg(unix)]
				{
					use std::os::unix::fs::PermissionsExt;
					std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
				}
				println!("key file:      {}", path.display());
			}
		}
		Command::Keys(KeysCommand::Inspect { suri }) => {
			let pair = keys::keypair_from_suri_or_file(suri.as_deref().unwrap_or(&ctx.suri))?;
			println!("public key: 0x{}", hex::encode(pair.public_key().0));
			println!("address:    {}", keys::account_of(&pair));
		}
		Command::Balance { account } => {
			let who = ctx.account(account.as_deref())?;
			let chain = ctx.chain().await?;
			println!("{who}: {}", format_ait(chain.free_balance(&who).await?));
		}
		Command::Transfer { dest, amount } => {
			let (signer, dest, amount) = (
				ctx.signer()?,
				keys::parse_account(&dest)?,
				parse_ait(&amount)?,
			);
			let chain = ctx.chain().await?;
			with_progress("transferring", chain.transfer(&signer, &dest, amount)).await?;
			println!("sent {} to {dest}", format_ait(amount));
		}
		Command::Operator(command) => operator(&ctx, command).await?,
		Command::Client(command) => client(&ctx, command).await?,
		Command::Miner(command) => miner(&ctx, command).await?,
		Command::Dispute(command) => dispute(&ctx, command).await?,
		Command::Arbiter(command) => arbiter(&ctx, command).await?,
		Command::Governance(command) => governance(&ctx, command).await?,
	}
	Ok(())
}

async fn operator(ctx: &Ctx, command: OperatorCommand) -> anyhow::Result<()> {
	let signer = ctx.signer()?;
	let chain = ctx.chain().await?;
	match command {
		OperatorCommand::Bond { amount } => {
			let amount = parse_ait(&amount)?;
			with_progress("bonding", chain.bond(&signer, amount)).await?;
			println!("bonded {}", format_ait(amount));
		}
		OperatorCommand::BondExtra { amount } => {
			let amount = parse_ait(&amount)?;
			with_progress("bonding", chain.bond_extra(&signer, amount)).await?;
			println!("added {} to the bond", format_ait(amount));
		}
		OperatorCommand::Unbond { amount } => {
			let amount = parse_ait(&amount)?;
			with_progress(
				"scheduling the unbond",
				chain.schedule_unbond(&signer, amount),
			)
			.await?;
			println!("scheduled {} to unbond", format_ait(amount));
		}
		OperatorCommand::Register(r) => {
			with_progress(
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
			println!("registered for blueprint {}", r.blueprint);
		}
		OperatorCommand::SetLimits(r) => {
			with_progress(
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
			println!(
				"blueprint {}: capacity {}, at most {} instances",
				r.blueprint, r.capacity, r.max_instances
			);
		}
		OperatorCommand::Heartbeat { service } => {
			with_progress("sending the heartbeat", chain.heartbeat(&signer, service)).await?;
			println!("heartbeat sent for service {service}");
		}
		OperatorCommand::GoInactive { blueprint } => {
			with_progress("going inactive", chain.go_inactive(&signer, blueprint)).await?;
			println!("inactive for blueprint {blueprint}");
		}
		OperatorCommand::GoActive { blueprint } => {
			with_progress("going active", chain.go_active(&signer, blueprint)).await?;
			println!("active for blueprint {blueprint}");
		}
		OperatorCommand::Leave { blueprint, now } => {
			if now {
				with_progress("deregistering", chain.deregister(&signer, blueprint)).await?;
				println!("deregistered from blueprint {blueprint}");
			} else {
				with_progress(
					"scheduling the leave",
					chain.schedule_leave(&signer, blueprint),
				)
				.await?;
				println!("leaving blueprint {blueprint} once its services end");
			}
		}
		OperatorCommand::Approve { request } => {
			match with_progress("approving", chain.approve(&signer, request)).await? {
				Some(service) => println!("approved request {request}; service {service} created"),
				None => println!("approved request {request}; waiting for the other operators"),
			}
		}
		OperatorCommand::Reject { request } => {
			with_progress("rejecting", chain.reject(&signer, request)).await?;
			println!("rejected request {request}");
		}
	}
	Ok(())
}

async fn client(ctx: &Ctx, command: ClientCommand) -> anyhow::Result<()> {
	let chain = ctx.chain().await?;
	match command {
		ClientCommand::CreateBlueprint {
			name,
			jobs,
			class,
			min_operators,
			heartbeat_interval,
		} => {
			let signer = ctx.signer()?;
			let jobs: Vec<&str> = jobs.iter().map(String::as_str).collect();
			let id = with_progress(
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
			println!("blueprint {id}");
		}
		ClientCommand::Request {
			blueprint,
			operators,
			callers,
			ttl,
			job_timeout,
		} => {
			let signer = ctx.signer()?;
			let operators = operators
				.iter()
				.map(|o| keys::parse_account(o))
				.collect::<Result<_, _>>()?;
			let callers = callers
				.iter()
				.map(|c| keys::parse_account(c))
				.collect::<Result<_, _>>()?;
			let id = with_progress(
				"requesting the service",
				chain.request_service(&signer, blueprint, operators, callers, ttl, job_timeout),
			)
			.await?;
			println!("request {id}");
		}
		ClientCommand::CancelRequest { request } => {
			with_progress("cancelling", chain.cancel_request(&ctx.signer()?, request)).await?;
			println!("cancelled request {request}");
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
			let signer = ctx.signer()?;
			let input_hash = match (input, input_hash) {
				(_, Some(hash)) => hash_arg(&hash)?,
				(Some(input), None) => sp_crypto_hashing_blake2(input.as_bytes()),
				(None, None) => anyhow::bail!("give --input or --input-hash"),
			};
			let price_cap = match price_cap {
				Some(cap) => parse_ait(&cap)?,
				None => default_price_cap(&chain, service, max_units).await?,
			};
			let called = match private_opening {
				None => {
					with_progress(
						"calling the job",
						chain.call_job(
							&signer, service, job_index, input_hash, max_units, price_cap,
						),
					)
					.await?
				}
				Some(path) => {
					let prover = Prover::from_command(&prover)?;
					let (called, opening) = with_progress(
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
					println!(
						"opening of job {} written to {}: hand it to the operator (as <its --private-dir>/{}.json)",
						called.job_id,
						path.display(),
						called.job_id
					);
					called
				}
			};
			println!(
				"job {} on service {}: {} units at most, {} escrowed",
				called.job_id,
				called.service_id,
				called.max_units,
				format_ait(called.price)
			);
		}
		ClientCommand::Quote { class, units } => match chain.quote(class, units).await? {
			Some(q) => println!(
				"class {}: {} units at {} per unit = {} (block {})",
				q.class,
				q.units,
				format_ait(q.price_per_unit.parse().unwrap_or_default()),
				format_ait(q.total_plancks()?),
				q.at
			),
			None => anyhow::bail!("no resource class {class}"),
		},
		ClientCommand::Job { job } => match chain.job(job).await? {
			Some(j) => {
				println!(
					"job {job}: service {} job index {} client {}",
					j.service_id, j.job_index, j.client
				);
				println!(
					"  status {:?}, max units {}, price {}",
					j.status,
					j.max_units,
					format_ait(j.price)
				);
				println!("  input 0x{}", hex::encode(j.input_hash.0));
				if let Some(result) = j.result {
					println!(
						"  result 0x{} by {} in block {}",
						hex::encode(result.output_hash.0),
						result.operator,
						result.submitted_at
					);
				}
			}
			None => anyhow::bail!("no job {job}"),
		},
		ClientCommand::Terminate { service } => {
			with_progress(
				"terminating",
				chain.terminate_service(&ctx.signer()?, service),
			)
			.await?;
			println!("terminated service {service}");
		}
		ClientCommand::Accept { job } => {
			let settled = with_progress("accepting", chain.accept(&ctx.signer()?, job)).await?;
			println!(
				"job {job}: accepted, operator paid {} for {} units, {} refunded",
				format_ait(settled.paid),
				settled.compute_units,
				format_ait(settled.refunded)
			);
		}
		ClientCommand::Cancel { job } => {
			with_progress("cancelling", chain.cancel_job(&ctx.signer()?, job)).await?;
			println!("job {job}: cancelled, payment returned");
		}
		ClientCommand::Dispute { job, respondent } => {
			dispute(ctx, DisputeCommand::File { job, respondent }).await?
		}
	}
	Ok(())
}

async fn dispute(ctx: &Ctx, command: DisputeCommand) -> anyhow::Result<()> {
	let chain = ctx.chain().await?;
	match command {
		DisputeCommand::File { job, respondent } => {
			let respondent = keys::parse_account(&respondent)?;
			let id = with_progress(
				"filing the dispute",
				chain.file_dispute(&ctx.signer()?, job, &respondent),
			)
			.await?;
			println!("dispute {id} filed over job {job}");
		}
		DisputeCommand::Evidence {
			dispute,
			hash,
			file,
			uri,
		} => {
			let hash = match (hash, file) {
				(Some(hash), _) => hash_arg(&hash)?,
				(None, Some(file)) => sp_crypto_hashing_blake2(&std::fs::read(&file)?),
				(None, None) => anyhow::bail!("give --hash or --file"),
			};
			with_progress(
				"submitting the evidence",
				chain.submit_evidence(&ctx.signer()?, dispute, hash, &uri),
			)
			.await?;
			println!(
				"evidence 0x{} added to dispute {dispute}",
				hex::encode(hash)
			);
		}
		DisputeCommand::Appeal { dispute } => {
			with_progress("appealing", chain.appeal(&ctx.signer()?, dispute)).await?;
			println!("appealed dispute {dispute}");
		}
		DisputeCommand::Advance { dispute } => {
			with_progress("advancing", chain.advance_dispute(&ctx.signer()?, dispute)).await?;
			println!("dispute {dispute} moved past its deadline");
		}
		DisputeCommand::Show { dispute } => match chain.dispute(dispute).await? {
			Some(d) => {
				println!(
					"dispute {dispute}: job {} of service {}, round {}",
					d.job_id, d.service_id, d.round
				);
				println!("  client {} bond {}", d.client, format_ait(d.client_bond));
				println!(
					"  operator {} bond {}",
					d.operator,
					format_ait(d.operator_bond)
				);
				println!(
					"  status {:?}; evidence until block {}, deadline block {}",
					d.status, d.evidence_end, d.deadline
				);
			}
			None => anyhow::bail!("no dispute {dispute} (never filed, or resolved and pruned)"),
		},
	}
	Ok(())
}

async fn arbiter(ctx: &Ctx, command: ArbiterCommand) -> anyhow::Result<()> {
	let signer = ctx.signer()?;
	let chain = ctx.chain().await?;
	let secret_path = |dispute: u64, path: Option<PathBuf>| {
		path.unwrap_or_else(|| PathBuf::from(format!("aitbc-vote-{dispute}.json")))
	};
	match command {
		ArbiterCommand::Join { stake } => {
			let stake = parse_ait(&stake)?;
			with_progress("joining the arbiters", chain.join_arbiters(&signer, stake)).await?;
			println!("arbiter with {} at stake", format_ait(stake));
		}
		ArbiterCommand::AddStake { amount } => {
			let amount = parse_ait(&amount)?;
			with_progress("adding stake", chain.add_arbiter_stake(&signer, amount)).await?;
			println!("added {} to the arbiter stake", format_ait(amount));
		}
		ArbiterCommand::Leave => {
			with_progress("leaving the arbiters", chain.leave_arbiters(&signer)).await?;
			println!("left the arbiters; stake released");
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
			if let Err(e) = with_progress(
				"committing the vote",
				chain.commit_vote(&signer, dispute, vote.commitment),
			)
			.await
			{
				let _ = std::fs::remove_file(&path);
				return Err(e.into());
			}
			println!(
				"committed 0x{} on dispute {dispute}; secret kept in {} for the reveal",
				hex::encode(vote.commitment),
				path.display()
			);
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
			with_progress("revealing the vote", chain.reveal_vote(&signer, &vote)).await?;
			println!("revealed {} on dispute {dispute}", vote.ruling);
		}
	}
	Ok(())
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

async fn miner(ctx: &Ctx, command: MinerCommand) -> anyhow::Result<()> {
	match command {
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
			let report = Miner::new(config, ctx.signer()?, Arc::new(executor))?
				.run()
				.await?;
			println!(
				"claimed jobs: {:?}; skipped: {:?}; heartbeats: {}; reconnects: {}",
				report.claimed, report.skipped, report.heartbeats, report.reconnects
			);
		}
		MinerCommand::ReceiptStatus {
			receipt_id,
			operator,
		} => {
			let operator = ctx.account(operator.as_deref())?;
			let chain = ctx.chain().await?;
			let status = chain
				.receipt_status(&operator, hash_arg(&receipt_id)?)
				.await?;
			println!("{}", serde_json::to_string_pretty(&status)?);
		}
		MinerCommand::WorkScore { account } => {
			let who = ctx.account(account.as_deref())?;
			let chain = ctx.chain().await?;
			let score = chain.work_score(&who).await?;
			println!(
				"{who}: session {} work {}, total work {}",
				score.session, score.session_work, score.total_work
			);
		}
	}
	Ok(())
}

/// Prints what became of a council proposal to `what`; the vote and close commands need the
/// hash and index it prints.
fn report_proposal(proposal: Proposal, what: &str) {
	match proposal {
		Proposal::Proposed { index, hash } => {
			println!("proposal {index} (hash 0x{}) to {what}", hex::encode(hash))
		}
		Proposal::Executed { hash } => {
			println!("executed at once: {what} (hash 0x{})", hex::encode(hash))
		}
	}
}

async fn governance(ctx: &Ctx, command: GovernanceCommand) -> anyhow::Result<()> {
	let signer = ctx.signer()?;
	let chain = ctx.chain().await?;
	match command {
		GovernanceCommand::ProposeVeto { slash, threshold } => {
			let proposal = with_progress(
				"proposing",
				chain.propose_slash_veto(&signer, slash, threshold),
			)
			.await?;
			report_proposal(proposal, &format!("cancel slash {slash}"));
		}
		GovernanceCommand::Vote { hash, index, nay } => {
			with_progress("voting", chain.vote(&signer, hash_arg(&hash)?, index, !nay)).await?;
			println!(
				"voted {} on proposal {index}",
				if nay { "nay" } else { "aye" }
			);
		}
		GovernanceCommand::ProposeRuling {
			dispute,
			ruling,
			threshold,
		} => {
			let ruling: RulingArg = ruling.parse()?;
			let proposal = with_progress(
				"proposing",
				chain.propose_dispute_ruling(&signer, dispute, ruling, threshold),
			)
			.await?;
			report_proposal(proposal, &format!("rule {ruling} on dispute {dispute}"));
		}
		GovernanceCommand::Close { hash, index } => {
			with_progress("closing", chain.close(&signer, hash_arg(&hash)?, index)).await?;
			println!("closed proposal {index}");
		}
	}
	Ok(())
}

#[tokio::main]
async fn main() {
	let cli = Cli::parse();
	if let Err(e) = run(cli).await {
		// Chain refusals read `Pallet.Error: docs`.
		match e.downcast_ref::<Error>() {
			Some(chain_error) => eprintln!("error: {chain_error}"),
			None => eprintln!("error: {e:#}"),
		}
		std::process::exit(1);
	}
}
