//! The miner daemon: follows finalized blocks, picks up `Services.JobCalled` for services this
//! operator serves, runs each job through an [`Executor`], submits its result and a signed
//! receipt. Progress is kept in a [`MinerState`] file so a restart neither skips a job nor pays
//! one twice; when the node goes away it reconnects with exponential backoff, and on every
//! (re)connection it first sweeps the pending jobs of its services for anything it missed.

use crate::{
	aitbc::{
		self,
		runtime_types::{aitbc_primitives::traits::JobStatus, pallet_receipts::types::PrivacyKind},
	},
	chain::{Chain, Job},
	error::{Error, Result},
	executor::{Executor, JobInput},
	keys::account_of,
	private::{Opening, Prover, ReceiptProof},
	receipt::{receipt_id_for, ReceiptBody},
	state::{JobProgress, MinerState},
};
use std::{path::PathBuf, sync::Arc, time::Duration};
use subxt::utils::AccountId32;
use subxt_signer::sr25519::Keypair;

/// How the daemon runs.
#[derive(Clone, Debug)]
pub struct MinerConfig {
	pub url: String,
	/// Where progress is remembered; `None` keeps it in memory only.
	pub state_path: Option<PathBuf>,
	/// Stop after this many jobs were completed by this run.
	pub max_jobs: Option<usize>,
	/// Longest pause between reconnection attempts.
	pub max_backoff: Duration,
	/// Give up after this many failed connection attempts in a row (`None`: never).
	pub max_reconnects: Option<u32>,
	/// Send each service's heartbeats when they are due (half an interval after the last).
	pub heartbeats: bool,
	/// Settle the jobs whose clients handed over an opening with private receipts.
	pub private: Option<PrivateMining>,
}

/// Where the openings of private jobs are (`<dir>/<job id>.json`, see [`Opening`]) and what
/// proves their receipts.
#[derive(Clone, Debug)]
pub struct PrivateMining {
	pub openings: PathBuf,
	pub prover: Prover,
}

impl MinerConfig {
	pub fn new(url: impl Into<String>) -> Self {
		Self {
			url: url.into(),
			state_path: None,
			max_jobs: None,
			max_backoff: Duration::from_secs(30),
			max_reconnects: None,
			heartbeats: true,
			private: None,
		}
	}
}

/// What one job came to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JobOutcome {
	/// Our receipt claims the job's payment: paid when the challenge window closes (the
	/// chain settles it at `matures_at`) or sooner if the client accepts.
	Claimed {
		job_id: u64,
		compute_units: u64,
		price: u128,
		matures_at: u32,
	},
	/// Nothing (more) to do: settled already, cancelled, pruned, or refused for good.
	Skipped { job_id: u64, reason: String },
	/// Not a job of a service we serve.
	NotOurs,
}

/// What a run of the daemon did.
#[derive(Clone, Debug, Default)]
pub struct MinerReport {
	pub claimed: Vec<u64>,
	pub skipped: Vec<u64>,
	pub reconnects: u32,
	/// Heartbeats sent, one per (service, block).
	pub heartbeats: u32,
	/// Rental periods whose metrics this run reported: (rental, period).
	pub rental_reports: Vec<(u64, u32)>,
}

/// The daemon.
pub struct Miner {
	config: MinerConfig,
	signer: Keypair,
	me: AccountId32,
	executor: Arc<dyn Executor>,
	state: MinerState,
	report: MinerReport,
	/// Time the executor took per service since the service's last rental report: (total
	/// milliseconds, jobs).
	timings: std::collections::BTreeMap<u64, (u128, u32)>,
	log: Box<dyn Fn(&str) + Send + Sync>,
}

enum Stop {
	/// The run reached `max_jobs`.
	Finished,
	/// The node went away (or the stream ended): reconnect.
	Disconnected(String),
}

impl Miner {
	pub fn new(config: MinerConfig, signer: Keypair, executor: Arc<dyn Executor>) -> Result<Self> {
		let state = MinerState::load(config.state_path.as_deref())?;
		let me = account_of(&signer);
		Ok(Self {
			config,
			signer,
			me,
			executor,
			state,
			report: MinerReport::default(),
			timings: Default::default(),
			log: Box::new(|line| eprintln!("[miner] {line}")),
		})
	}

	/// Sends log lines somewhere else than standard error.
	pub fn with_log(mut self, log: impl Fn(&str) + Send + Sync + 'static) -> Self {
		self.log = Box::new(log);
		self
	}

	fn say(&self, line: &str) {
		(self.log)(line)
	}

	fn finished(&self) -> bool {
		self.config
			.max_jobs
			.is_some_and(|max| self.report.claimed.len() + self.report.skipped.len() >= max)
	}

	/// Runs until `max_jobs` jobs are done (forever without it), reconnecting when the node goes
	/// away.
	pub async fn run(mut self) -> Result<MinerReport> {
		let mut backoff = Duration::from_millis(500);
		let mut failures = 0u32;
		loop {
			let chain = match Chain::connect(&self.config.url).await {
				Ok(chain) => chain,
				Err(e) => {
					failures += 1;
					if self.config.max_reconnects.is_some_and(|max| failures > max) {
						return Err(e);
					}
					self.say(&format!("{e}; retrying in {:.1}s", backoff.as_secs_f32()));
					tokio::time::sleep(backoff).await;
					backoff = (backoff * 2).min(self.config.max_backoff);
					continue;
				}
			};
			if failures > 0 || self.report.reconnects > 0 {
				self.say(&format!("connected to {}", self.config.url));
			}
			failures = 0;
			backoff = Duration::from_millis(500);
			match self.follow(&chain).await {
				Ok(Stop::Finished) => return Ok(self.report),
				Ok(Stop::Disconnected(why)) => {
					self.report.reconnects += 1;
					self.say(&format!("lost the node ({why}); reconnecting"));
				}
				Err(e) if e.is_connection() => {
					self.report.reconnects += 1;
					self.say(&format!("lost the node ({e}); reconnecting"));
				}
				Err(e) => return Err(e),
			}
			tokio::time::sleep(backoff).await;
		}
	}

	async fn follow(&mut self, chain: &Chain) -> Result<Stop> {
		self.state.bind_to_chain(&chain.genesis_hash())?;
		// Subscribe first, so a job called during the sweep below is still seen.
		let mut blocks = chain.api.stream_blocks().await.map_err(Error::client)?;
		self.say(&format!(
			"operator {} following finalized blocks at {}",
			self.me, chain.url
		));
		self.sweep_pending(chain).await?;
		if self.finished() {
			return Ok(Stop::Finished);
		}
		self.beat_if_due(chain).await?;
		while let Some(block) = blocks.next().await {
			let block = match block {
				Ok(block) => block,
				Err(e) => return Ok(Stop::Disconnected(e.to_string())),
			};
			let number = block.number();
			let at = block.at().await.map_err(Error::client)?;
			let events = at.events().fetch().await.map_err(Error::client)?;
			let mut called = Vec::new();
			for event in events.find::<aitbc::services::events::JobCalled>() {
				match event {
					Ok(event) => called.push(event.job_id),
					Err(e) => self.say(&format!(
						"block #{number}: undecodable JobCalled event: {e}"
					)),
				}
			}
			if std::env::var_os("AITBC_MINER_TRACE").is_some() {
				self.say(&format!(
					"finalized block #{number}: jobs called {called:?}"
				));
			}
			for job_id in called {
				self.handle(chain, job_id).await?;
				if self.finished() {
					self.state.set_last_block(number)?;
					return Ok(Stop::Finished);
				}
			}
			self.state.set_last_block(number)?;
			self.beat_if_due(chain).await?;
			self.report_rental_periods(chain).await?;
		}
		Ok(Stop::Disconnected("block stream ended".into()))
	}

	/// Sends the heartbeats that are due. A refused heartbeat is logged, not fatal: the next
	/// block tries again, and missing one is an offence only after several intervals.
	async fn beat_if_due(&mut self, chain: &Chain) -> Result<()> {
		if !self.config.heartbeats {
			return Ok(());
		}
		for due in chain.heartbeat_schedule(&self.me).await? {
			if !due.is_due() {
				continue;
			}
			match chain.heartbeat(&self.signer, due.service_id).await {
				Ok(()) => {
					self.report.heartbeats += 1;
					self.say(&format!(
						"service {}: heartbeat at block #{} (interval {})",
						due.service_id, due.now, due.interval
					));
				}
				Err(e) if e.is_connection() => return Err(e),
				Err(e) => self.say(&format!(
					"service {}: heartbeat refused: {e}",
					due.service_id
				)),
			}
		}
		Ok(())
	}

	/// Reports the metrics of every ended, unsettled period of the rentals this operator
	/// provides, once each: availability as the chain counted the heartbeats this daemon sent,
	/// the mean time the executor took on the rental's jobs in the period (0 without jobs), full
	/// accuracy (the daemon cannot judge its own results), and the capacity it kept reserved
	/// over the period as delivered units. A refused report is logged, not fatal.
	async fn report_rental_periods(&mut self, chain: &Chain) -> Result<()> {
		if !self.config.heartbeats {
			return Ok(());
		}
		for rental_id in chain.rentals_of(&self.me).await? {
			let Some(rental) = chain.rental(rental_id).await? else {
				continue;
			};
			if rental.provider != self.me {
				continue;
			}
			for open in chain.open_rental_periods(rental_id).await? {
				if open.provider_reported
					|| self
						.report
						.rental_reports
						.contains(&(rental_id, open.period))
				{
					continue;
				}
				let interval = chain
					.blueprint_heartbeat_interval(rental.terms.blueprint_id)
					.await?;
				let intervals = crate::rental::intervals_in_period(&rental, open.period, interval);
				let beaten = chain.rental_beats(rental_id, open.period).await?;
				let availability_ppm =
					(u64::from(beaten) * 1_000_000 / u64::from(intervals.max(1))).min(1_000_000);
				let (total_ms, jobs) = rental
					.service_id
					.and_then(|service_id| self.timings.remove(&service_id))
					.unwrap_or_default();
				let response_ms = if jobs == 0 {
					0
				} else {
					u32::try_from(total_ms / u128::from(jobs)).unwrap_or(u32::MAX)
				};
				let metrics = crate::rental::Metrics {
					availability_ppm: availability_ppm as u32,
					response_ms,
					accuracy_ppm: 1_000_000,
					delivered_units: rental
						.terms
						.capacity
						.saturating_mul(u64::from(rental.terms.period_length)),
				};
				match chain
					.report_rental_metrics(&self.signer, rental_id, open.period, metrics)
					.await
				{
					Ok(()) => {
						self.report.rental_reports.push((rental_id, open.period));
						self.say(&format!(
							"rental {rental_id}: reported period {} (availability {}%, {} ms)",
							open.period,
							availability_ppm as f64 / 10_000.0,
							response_ms
						));
					}
					Err(e) if e.is_connection() => return Err(e),
					Err(e) => {
						self.report.rental_reports.push((rental_id, open.period));
						self.say(&format!(
							"rental {rental_id}: report of period {} refused: {e}",
							open.period
						))
					}
				}
			}
		}
		Ok(())
	}

	/// Jobs still pending on our services, including those called while we were away.
	async fn sweep_pending(&mut self, chain: &Chain) -> Result<()> {
		let at = chain.at_best().await?;
		let services = at
			.storage()
			.entry(aitbc::storage().services().operator_services())
			.map_err(Error::client)?
			.fetch((self.me.clone(),))
			.await
			.map_err(Error::client)?
			.decode()
			.map_err(Error::client)?
			.0;
		let pending = at
			.storage()
			.entry(aitbc::storage().services().pending_jobs())
			.map_err(Error::client)?;
		let mut jobs = Vec::new();
		for service_id in services {
			let ids = pending.fetch((service_id,)).await.map_err(Error::client)?;
			jobs.extend(ids.decode().map_err(Error::client)?.0);
		}
		jobs.sort_unstable();
		for job_id in jobs {
			if self.finished() {
				break;
			}
			self.handle(chain, job_id).await?;
		}
		Ok(())
	}

	async fn handle(&mut self, chain: &Chain, job_id: u64) -> Result<()> {
		if self.state.is_done(job_id) {
			return Ok(());
		}
		match self.process(chain, job_id).await? {
			JobOutcome::Claimed {
				job_id,
				compute_units,
				price,
				matures_at,
			} => {
				self.say(&format!(
					"job {job_id}: receipt claimed, {compute_units} units, price {}, settles at block {matures_at} unless disputed",
					crate::chain::format_ait(price)
				));
				self.report.claimed.push(job_id);
			}
			JobOutcome::Skipped { job_id, reason } => {
				self.say(&format!("job {job_id}: {reason}"));
				self.report.skipped.push(job_id);
			}
			JobOutcome::NotOurs => self.say(&format!("job {job_id}: not for a service of ours")),
		}
		Ok(())
	}

	/// Runs one job end to end. Connection trouble comes back as an error (the caller
	/// reconnects and retries); a refusal by the runtime ends the job with a reason.
	pub async fn process(&mut self, chain: &Chain, job_id: u64) -> Result<JobOutcome> {
		let Some(job) = chain.job(job_id).await? else {
			self.state.set_progress(job_id, JobProgress::Done)?;
			return Ok(JobOutcome::Skipped {
				job_id,
				reason: "no such job (pruned?)".into(),
			});
		};
		if !chain
			.service_operators(job.service_id)
			.await?
			.contains(&self.me)
		{
			return Ok(JobOutcome::NotOurs);
		}
		match job.status {
			JobStatus::Called | JobStatus::ResultSubmitted => {}
			JobStatus::Claimed
			| JobStatus::Disputed
			| JobStatus::Settled
			| JobStatus::Resolved
			| JobStatus::Cancelled
			| JobStatus::TimedOut
			| JobStatus::Withdrawn => {
				self.state.set_progress(job_id, JobProgress::Done)?;
				return Ok(JobOutcome::Skipped {
					job_id,
					reason: format!("already {:?}", job.status).to_lowercase(),
				});
			}
		}
		self.say(&format!(
			"job {job_id}: running (max {} units)",
			job.max_units
		));
		let opening = match &self.config.private {
			Some(private) => match Opening::find(&private.openings, job_id) {
				Ok(opening) => opening.map(|o| (o, private.prover.clone())),
				Err(e) => {
					self.state.set_progress(job_id, JobProgress::Done)?;
					return Ok(JobOutcome::Skipped {
						job_id,
						reason: format!("unusable opening: {e}"),
					});
				}
			},
			None => None,
		};
		// A private job's call published only its commitment: the executor gets the input
		// hash from the client's opening.
		let input_hash = opening
			.as_ref()
			.map_or(job.input_hash.0, |(opening, _)| opening.input_hash);
		let input = JobInput {
			job_id,
			service_id: job.service_id,
			job_index: job.job_index,
			input_hash,
			max_units: job.max_units,
		};
		let executor = self.executor.clone();
		let started = std::time::Instant::now();
		let output = tokio::task::spawn_blocking(move || executor.run(&input))
			.await
			.map_err(Error::client)?;
		let timing = self.timings.entry(job.service_id).or_default();
		timing.0 = timing.0.saturating_add(started.elapsed().as_millis());
		timing.1 = timing.1.saturating_add(1);
		let output = match output {
			Ok(output) if output.compute_units > 0 && output.compute_units <= job.max_units => {
				output
			}
			Ok(output) => {
				self.state.set_progress(job_id, JobProgress::Done)?;
				return Ok(JobOutcome::Skipped {
					job_id,
					reason: format!(
						"executor reported {} units; refusing to claim them",
						output.compute_units
					),
				});
			}
			Err(e) => {
				self.state.set_progress(job_id, JobProgress::Done)?;
				return Ok(JobOutcome::Skipped {
					job_id,
					reason: format!("executor failed: {e}"),
				});
			}
		};

		let Some((opening, prover)) = opening else {
			self.submit_result(chain, job_id, &job, output.output_hash)
				.await?;
			return self
				.submit_receipt(
					chain,
					job_id,
					&job,
					output.output_hash,
					output.compute_units,
					None,
					None,
				)
				.await;
		};
		// A private job: prove that the output comes from the committed model and input (and,
		// enhanced, that the price is the hidden units at the committed rate).
		let refuse = |this: &mut Self, reason: String| -> Result<JobOutcome> {
			this.state.set_progress(job_id, JobProgress::Done)?;
			Ok(JobOutcome::Skipped { job_id, reason })
		};
		let kind = opening.kind();
		let level = match kind {
			PrivacyKind::Basic => "basic",
			PrivacyKind::Enhanced => "enhanced",
		};
		let Some(key) = chain.privacy_key(opening.kind()).await? else {
			return refuse(
				self,
				format!("private job, but governance approved no key for {level} receipts"),
			);
		};
		let Some(committed) = chain.job_commitment(job_id).await? else {
			return refuse(
				self,
				"private job, but its client put no commitment on chain".into(),
			);
		};
		let units = output.compute_units.min(job.max_units);
		let max_units = job.max_units;
		let result = output.output_hash;
		let proving = opening.clone();
		let proof =
			tokio::task::spawn_blocking(move || prover.prove(&proving, result, units, max_units))
				.await
				.map_err(Error::client)?;
		let proof = match proof {
			Ok(proof) => proof,
			Err(e) => return refuse(self, format!("the prover failed: {e}")),
		};
		if proof.commitment != committed.commitment
			|| proof.rate_commitment != committed.rate_commitment
		{
			return refuse(
				self,
				"the opening does not match the job's commitments on chain".into(),
			);
		}
		self.say(&format!("job {job_id}: proved the {level} receipt"));
		self.submit_result(chain, job_id, &job, proof.output_hash)
			.await?;
		// An enhanced receipt claims no units (they are hidden) and the proven price.
		let (units, price) = match proof.price {
			Some(price) => (0, price),
			None => (units, job.price),
		};
		self.submit_receipt(
			chain,
			job_id,
			&job,
			proof.output_hash,
			units,
			Some(price),
			Some((kind, key, proof)),
		)
		.await
	}

	async fn submit_result(
		&mut self,
		chain: &Chain,
		job_id: u64,
		job: &Job,
		output_hash: [u8; 32],
	) -> Result<()> {
		let already = self.state.progress(job_id) == Some(JobProgress::ResultSubmitted)
			|| matches!(job.status, JobStatus::ResultSubmitted);
		if !already {
			match chain.submit_result(&self.signer, job_id, output_hash).await {
				Ok(()) => {}
				Err(e) if e.is_module("Services", "ResultAlreadySubmitted") => {}
				Err(e) if e.is_connection() => return Err(e),
				Err(e) => self.say(&format!(
					"job {job_id}: result refused ({e}); trying the receipt anyway"
				)),
			}
		}
		self.state
			.set_progress(job_id, JobProgress::ResultSubmitted)
	}

	async fn submit_receipt(
		&mut self,
		chain: &Chain,
		job_id: u64,
		job: &Job,
		output_hash: [u8; 32],
		compute_units: u64,
		price: Option<u128>,
		private: Option<(PrivacyKind, [u8; 32], ReceiptProof)>,
	) -> Result<JobOutcome> {
		let genesis = chain.genesis_hash();
		let body = ReceiptBody {
			receipt_id: receipt_id_for(&genesis, job_id, &self.me),
			job_id,
			client: job.client.0,
			operator: self.me.0,
			compute_units,
			price: price.unwrap_or(job.price),
			output_hash,
			nonce: 0,
		};
		let receipt = body.into_signed(&self.signer, &genesis);
		let is_private = private.is_some();
		let submitted = match private {
			Some((kind, key, proof)) => {
				chain
					.submit_private_receipt(&self.signer, receipt, kind, key, &proof)
					.await
			}
			None => chain.submit_receipt(&self.signer, receipt).await,
		};
		if is_private && submitted.is_ok() {
			self.say(&format!("job {job_id}: private receipt claimed"));
		}
		let outcome = match submitted {
			Ok(claimed) => JobOutcome::Claimed {
				job_id,
				compute_units: claimed.compute_units,
				price: claimed.price,
				matures_at: claimed.matures_at,
			},
			Err(e)
				if e.is_module("Receipts", "JobAlreadySettled")
					|| e.is_module("Receipts", "JobAlreadyClaimed")
					|| e.is_module("Receipts", "ReceiptAlreadyClaimed") =>
			{
				JobOutcome::Skipped {
					job_id,
					reason: format!("already claimed ({})", e.module_name().unwrap_or_default()),
				}
			}
			Err(e) if e.is_connection() => return Err(e),
			Err(e) => JobOutcome::Skipped {
				job_id,
				reason: format!("receipt refused: {e}"),
			},
		};
		self.state.set_progress(job_id, JobProgress::Done)?;
		Ok(outcome)
	}
}
