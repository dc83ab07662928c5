//! `aitbc`: the AITBC command line for operators, clients, miners and the council.

use aitbc_client::{
	chain::{format_ait, parse_ait, Chain, Proposal},
	error::Error,
	executor::ExecutorSpec,
	keys,
	miner::{Miner, MinerConfig},
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
	/// Council: veto deferred slashes.
	#[command(subcommand)]
	Governance(GovernanceCommand),
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
	/// End a service as its owner.
	Terminate { service: u64 },
	/// Dispute a job (needs the Disputes pallet in the runtime).
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
		/// Claim with private (zero-knowledge) receipts.
		#[arg(long)]
		private: bool,
		/// Longest pause between reconnection attempts, in seconds.
		#[arg(long, default_value_t = 30)]
		max_backoff: u64,
	},
	/// Whether a receipt was accepted.
	ReceiptStatus { receipt_id: String },
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
				chain.request_service(&signer, blueprint, operators, callers, ttl),
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
			let called = with_progress(
				"calling the job",
				chain.call_job(
					&signer, service, job_index, input_hash, max_units, price_cap,
				),
			)
			.await?;
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
				if let Some((operator, output)) = j.result {
					println!("  result 0x{} by {operator}", hex::encode(output.0));
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
		ClientCommand::Dispute { job, respondent } => {
			let respondent = keys::parse_account(&respondent)?;
			let id = with_progress(
				"filing the dispute",
				chain.file_dispute(&ctx.signer()?, job, &respondent),
			)
			.await?;
			match id {
				Some(id) => println!("dispute {id} filed over job {job}"),
				None => println!("dispute filed over job {job}"),
			}
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
			private,
			max_backoff,
		} => {
			if private {
				let chain = ctx.chain().await?;
				if chain
					.api
					.at_current_block()
					.await?
					.metadata()
					.pallet_by_name("ZkVerifier")
					.is_none()
				{
					anyhow::bail!("private receipts need the ZkVerifier pallet, which this runtime does not have yet");
				}
				anyhow::bail!(
					"private receipts need a Groth16 prover, which this client does not ship yet"
				);
			}
			let executor: ExecutorSpec = executor.parse()?;
			let mut config = MinerConfig::new(ctx.url.clone());
			config.state_path = Some(state);
			config.max_jobs = if once { Some(1) } else { max_jobs };
			config.max_backoff = Duration::from_secs(max_backoff.max(1));
			let report = Miner::new(config, ctx.signer()?, Arc::new(executor))?
				.run()
				.await?;
			println!(
				"paid jobs: {:?}; skipped: {:?}; reconnects: {}",
				report.paid, report.skipped, report.reconnects
			);
		}
		MinerCommand::ReceiptStatus { receipt_id } => {
			let chain = ctx.chain().await?;
			let status = chain.receipt_status(hash_arg(&receipt_id)?).await?;
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

async fn governance(ctx: &Ctx, command: GovernanceCommand) -> anyhow::Result<()> {
	let signer = ctx.signer()?;
	let chain = ctx.chain().await?;
	match command {
		GovernanceCommand::ProposeVeto { slash, threshold } => {
			match with_progress(
				"proposing",
				chain.propose_slash_veto(&signer, slash, threshold),
			)
			.await?
			{
				Proposal::Proposed { index, hash } => println!(
					"proposal {index} (hash 0x{}) to cancel slash {slash}",
					hex::encode(hash)
				),
				Proposal::Executed { hash } => println!(
					"slash {slash} veto executed at once (hash 0x{})",
					hex::encode(hash)
				),
			}
		}
		GovernanceCommand::Vote { hash, index, nay } => {
			with_progress("voting", chain.vote(&signer, hash_arg(&hash)?, index, !nay)).await?;
			println!(
				"voted {} on proposal {index}",
				if nay { "nay" } else { "aye" }
			);
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
