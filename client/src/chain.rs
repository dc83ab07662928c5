//! A connection to an AITBC node and the typed calls every role needs. Each call waits until
//! its transaction is in a block, checks that it succeeded (a refusal comes back as
//! `Pallet.Error: docs`), and returns the ids its events carry.

use crate::{
	aitbc::{
		self,
		runtime_types::{
			aitbc_primitives::ids::{PaymentAsset, ResourceClass},
			bounded_collections::bounded_vec::BoundedVec,
			pallet_services::types::{JobDefinition, OperatorPreferences, RequestTerms},
		},
	},
	error::{from_subxt, Error, Result},
	keys::account_of,
	receipt::ChainReceipt,
};
use serde::{Deserialize, Serialize};
use subxt::{
	config::DefaultExtrinsicParamsBuilder,
	extrinsics::ExtrinsicEvents,
	rpcs::{rpc_params, RpcClient},
	tx::{Payload, TransactionStatus},
	utils::{AccountId32, H256},
	OnlineClient, PolkadotConfig,
};
use subxt_signer::sr25519::Keypair;

/// AITBC uses Polkadot's transaction format (MultiAddress<AccountId32, ()>, MultiSignature).
pub type AitbcConfig = PolkadotConfig;
pub type Api = OnlineClient<AitbcConfig>;
pub type Events = ExtrinsicEvents<AitbcConfig>;
pub type Job = aitbc::runtime_types::pallet_services::types::Job<AccountId32, u32, u128>;

/// One AIT in plancks (12 decimals).
pub const AIT: u128 = 1_000_000_000_000;

/// A price quote from the node's `pricing_quote` RPC.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Quote {
	pub resource_class: u32,
	pub units: u64,
	pub price_per_unit: String,
	pub total: String,
	pub at: String,
}

impl Quote {
	pub fn total_plancks(&self) -> Result<u128> {
		self.total
			.parse()
			.map_err(|e| Error::Client(format!("bad quote total {}: {e}", self.total)))
	}
}

/// `receipts_status`: what became of an operator's receipt. `state` is `unknown`, `pending`
/// (its challenge window closes at `matures_at`), `settled` or `voided` (disputed in time).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReceiptStatus {
	pub state: String,
	pub job_id: Option<u64>,
	pub compute_units: Option<u64>,
	pub claimed_at: Option<u32>,
	pub matures_at: Option<u32>,
	pub closed_at: Option<u32>,
	pub prunable_at: Option<u32>,
}

/// `receipts_workScore`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkScore {
	pub session: u32,
	pub session_work: u64,
	pub total_work: u64,
}

/// Where one service's heartbeats stand for an operator (see [`Chain::heartbeat_schedule`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeartbeatDue {
	pub service_id: u64,
	/// The blueprint's heartbeat interval, in blocks.
	pub interval: u32,
	/// The block of the last heartbeat (or of the service's start).
	pub last_beat: u32,
	/// The best block this was read at.
	pub now: u32,
}

impl HeartbeatDue {
	/// Whether to beat now: half an interval after the last beat, so a beat that takes a few
	/// blocks to be included (or a few finalized blocks of lag) is still on time.
	pub fn is_due(&self) -> bool {
		self.now.saturating_sub(self.last_beat) >= (self.interval / 2).max(1)
	}
}

/// What `call_job` produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalledJob {
	pub job_id: u64,
	pub service_id: u64,
	pub max_units: u64,
	pub price: u128,
}

/// What a receipt claimed: paid when its challenge window closes or its client accepts it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimedReceipt {
	pub job_id: u64,
	pub compute_units: u64,
	pub price: u128,
	/// The block whose start settles the claim unless it is disputed first.
	pub matures_at: u32,
}

/// The default number of blocks a service gives its jobs to deliver (one hour of 6 s blocks).
pub const DEFAULT_JOB_TIMEOUT: u32 = 600;

/// What a settled receipt paid (from its `ReceiptSettled` event).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettledReceipt {
	pub job_id: u64,
	pub compute_units: u64,
	pub paid: u128,
	pub refunded: u128,
}

fn settled_receipt(events: &Events) -> Result<SettledReceipt> {
	let settled =
		first_event::<aitbc::receipts::events::ReceiptSettled>(events, "Receipts.ReceiptSettled")?;
	Ok(SettledReceipt {
		job_id: settled.job_id,
		compute_units: settled.compute_units,
		paid: settled.paid,
		refunded: settled.refunded,
	})
}

/// How a council proposal went in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Proposal {
	/// Awaiting votes.
	Proposed { index: u32, hash: [u8; 32] },
	/// Threshold 1: the call ran at once.
	Executed { hash: [u8; 32] },
}

/// What the node's `system_chainType` RPC says the chain is.
///
/// The JSON is `"Development"`, `"Local"`, `"Live"` or `{"Custom": "<name>"}`, which is serde's
/// default (externally tagged) shape of this enum.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChainType {
	/// A one-node development chain (`--dev`).
	Development,
	/// A local testnet of a few nodes.
	Local,
	/// A public chain holding real value.
	Live,
	/// Anything else the chain spec names.
	Custom(String),
}

impl core::fmt::Display for ChainType {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		match self {
			Self::Development => f.write_str("Development"),
			Self::Local => f.write_str("Local"),
			Self::Live => f.write_str("Live"),
			Self::Custom(name) => write!(f, "custom ({name})"),
		}
	}
}

/// The development key a command may sign with when it was given none (no `--suri`, no
/// `AITBC_SURI`): `//Alice`, on Development and Local chains only. On any other chain that key
/// is public knowledge, so defaulting to it would be a mistake at best; the user must say which
/// key to use.
pub fn default_signer(chain_type: &ChainType) -> Result<&'static str> {
	match chain_type {
		ChainType::Development | ChainType::Local => Ok("//Alice"),
		other => Err(Error::Client(format!(
			"no signing key: give --suri <secret URI or key file> or set AITBC_SURI \
			 (the development key //Alice is only a default on Development and Local chains, \
			 and this chain's type is {other})"
		))),
	}
}

/// A connected client.
#[derive(Clone)]
pub struct Chain {
	pub api: Api,
	pub rpc: RpcClient,
	pub url: String,
}

impl Chain {
	/// Connects to the node at `url` (`ws://` or `wss://`).
	pub async fn connect(url: &str) -> Result<Self> {
		let rpc = RpcClient::from_insecure_url(url)
			.await
			.map_err(|e| Error::Client(format!("cannot connect to {url}: {e}")))?;
		let api = Api::from_rpc_client(rpc.clone())
			.await
			.map_err(|e| Error::Client(format!("cannot connect to {url}: {e}")))?;
		Ok(Self {
			api,
			rpc,
			url: url.to_string(),
		})
	}

	pub fn genesis_hash(&self) -> [u8; 32] {
		self.api.genesis_hash().0
	}

	/// Signs `call` with `signer`, submits it, waits until it is in a best block and returns its
	/// events, or the pallet error that refused it.
	pub async fn submit<Call: Payload>(&self, call: &Call, signer: &Keypair) -> Result<Events> {
		let account = account_of(signer);
		// The pool's next nonce, so calls in quick succession do not collide.
		let nonce: u64 = self
			.rpc
			.request("system_accountNextIndex", rpc_params![account.to_string()])
			.await
			.map_err(Error::client)?;
		let params = DefaultExtrinsicParamsBuilder::<AitbcConfig>::new()
			.nonce(nonce)
			.build();
		let at = self.api.at_current_block().await.map_err(Error::client)?;
		let mut progress = at
			.transactions()
			.sign_and_submit_then_watch(call, signer, params)
			.await
			.map_err(from_subxt)?;
		while let Some(status) = progress.next().await {
			match status.map_err(Error::client)? {
				TransactionStatus::InBestBlock(in_block)
				| TransactionStatus::InFinalizedBlock(in_block) => {
					return in_block.wait_for_success().await.map_err(from_subxt)
				}
				TransactionStatus::Error { message }
				| TransactionStatus::Invalid { message }
				| TransactionStatus::Dropped { message } => return Err(Error::Transaction(message)),
				_ => continue,
			}
		}
		Err(Error::Client(
			"the node stopped reporting the transaction".into(),
		))
	}

	/// A client at the node's best block, so reads see what our calls just did.
	pub async fn at_best(&self) -> Result<AtBlock> {
		let best: Option<H256> = self
			.rpc
			.request("chain_getBlockHash", rpc_params![])
			.await
			.map_err(Error::client)?;
		let best = best.ok_or_else(|| Error::NotFound("best block".into()))?;
		self.api.at_block(best).await.map_err(Error::client)
	}

	/// The value at a storage `address` under `keys` at the best block; `None` if there is none.
	pub async fn read<Addr: subxt::storage::Address>(
		&self,
		address: Addr,
		keys: Addr::KeyParts,
	) -> Result<Option<Addr::Value>> {
		read_at(&self.at_best().await?, address, keys).await
	}

	// ---- balances ----

	/// Free balance of `who`, in plancks.
	pub async fn free_balance(&self, who: &AccountId32) -> Result<u128> {
		let at = self.at_best().await?;
		let entry = at
			.storage()
			.entry(aitbc::storage().system().account())
			.map_err(Error::client)?;
		let info = entry.fetch((who.clone(),)).await.map_err(Error::client)?;
		Ok(info.decode().map_err(Error::client)?.data.free)
	}

	pub async fn transfer(&self, signer: &Keypair, dest: &AccountId32, amount: u128) -> Result<()> {
		let call = aitbc::tx()
			.balances()
			.transfer_keep_alive(dest.clone().into(), amount);
		self.submit(&call, signer).await.map(drop)
	}

	// ---- operator ----

	pub async fn min_operator_bond(&self) -> Result<u128> {
		let at = self.at_best().await?;
		at.constants()
			.entry(aitbc::constants().staking().min_operator_bond())
			.map_err(Error::client)
	}

	pub async fn bond(&self, signer: &Keypair, amount: u128) -> Result<()> {
		self.submit(&aitbc::tx().staking().bond(amount), signer)
			.await
			.map(drop)
	}

	pub async fn bond_extra(&self, signer: &Keypair, amount: u128) -> Result<()> {
		self.submit(&aitbc::tx().staking().bond_extra(amount), signer)
			.await
			.map(drop)
	}

	pub async fn schedule_unbond(&self, signer: &Keypair, amount: u128) -> Result<()> {
		self.submit(&aitbc::tx().staking().schedule_unbond(amount), signer)
			.await
			.map(drop)
	}

	/// Publishes a blueprint with jobs `job_names`; returns its id.
	pub async fn create_blueprint(
		&self,
		signer: &Keypair,
		name: &str,
		job_names: &[&str],
		resource_class: u32,
		min_operators: u32,
		heartbeat_interval: u32,
	) -> Result<u64> {
		let jobs = job_names
			.iter()
			.map(|n| JobDefinition {
				name: BoundedVec(n.as_bytes().to_vec()),
			})
			.collect();
		let call = aitbc::tx().services().create_blueprint(
			BoundedVec(name.as_bytes().to_vec()),
			H256(sp_crypto_hashing::blake2_256(name.as_bytes())),
			BoundedVec(jobs),
			ResourceClass(resource_class),
			min_operators,
			heartbeat_interval,
		);
		let events = self.submit(&call, signer).await?;
		let created = first_event::<aitbc::services::events::BlueprintCreated>(
			&events,
			"Services.BlueprintCreated",
		)?;
		Ok(created.blueprint_id)
	}

	fn preferences(signer: &Keypair, rpc_endpoint: &str, capacity: u64) -> OperatorPreferences {
		OperatorPreferences {
			session_key: signer.public_key().0,
			rpc_endpoint: BoundedVec(rpc_endpoint.as_bytes().to_vec()),
			capacity,
		}
	}

	/// Registers the signer as an operator of `blueprint_id` (it must be bonded).
	pub async fn register(
		&self,
		signer: &Keypair,
		blueprint_id: u64,
		rpc_endpoint: &str,
		capacity: u64,
		max_instances: u32,
	) -> Result<()> {
		let call = aitbc::tx().services().register_operator(
			blueprint_id,
			Self::preferences(signer, rpc_endpoint, capacity),
			max_instances,
		);
		self.submit(&call, signer).await.map(drop)
	}

	/// Changes capacity, endpoint and the limit on active instances. `update_registration`
	/// is newer than some runtimes, so the call is built dynamically and checked against the
	/// node's metadata.
	pub async fn set_limits(
		&self,
		signer: &Keypair,
		blueprint_id: u64,
		rpc_endpoint: &str,
		capacity: u64,
		max_instances: u32,
	) -> Result<()> {
		use subxt::dynamic::Value;
		let at = self.api.at_current_block().await.map_err(Error::client)?;
		let known = at
			.metadata()
			.pallet_by_name("Services")
			.and_then(|p| p.call_variant_by_name("update_registration").map(|_| ()))
			.is_some();
		if !known {
			return Err(Error::NotFound(
				"the runtime has no Services.update_registration yet".into(),
			));
		}
		let preferences = Value::named_composite([
			("session_key", Value::from_bytes(signer.public_key().0)),
			("rpc_endpoint", Value::from_bytes(rpc_endpoint.as_bytes())),
			("capacity", Value::u128(u128::from(capacity))),
		]);
		let call = subxt::dynamic::tx(
			"Services",
			"update_registration",
			vec![
				Value::u128(u128::from(blueprint_id)),
				preferences,
				Value::u128(u128::from(max_instances)),
			],
		);
		self.submit(&call, signer).await.map(drop)
	}

	pub async fn go_inactive(&self, signer: &Keypair, blueprint_id: u64) -> Result<()> {
		self.submit(&aitbc::tx().services().go_inactive(blueprint_id), signer)
			.await
			.map(drop)
	}

	pub async fn go_active(&self, signer: &Keypair, blueprint_id: u64) -> Result<()> {
		self.submit(&aitbc::tx().services().go_active(blueprint_id), signer)
			.await
			.map(drop)
	}

	pub async fn schedule_leave(&self, signer: &Keypair, blueprint_id: u64) -> Result<()> {
		self.submit(&aitbc::tx().services().schedule_leave(blueprint_id), signer)
			.await
			.map(drop)
	}

	pub async fn deregister(&self, signer: &Keypair, blueprint_id: u64) -> Result<()> {
		self.submit(&aitbc::tx().services().deregister(blueprint_id), signer)
			.await
			.map(drop)
	}

	/// For each service `operator` serves: its id, its blueprint's heartbeat interval and the
	/// block up to which its heartbeats are accounted (its last beat), at the best block.
	pub async fn heartbeat_schedule(&self, operator: &AccountId32) -> Result<Vec<HeartbeatDue>> {
		let at = self.at_best().await?;
		let storage = at.storage();
		let services = storage
			.entry(aitbc::storage().services().operator_services())
			.map_err(Error::client)?
			.fetch((operator.clone(),))
			.await
			.map_err(Error::client)?
			.decode()
			.map_err(Error::client)?
			.0;
		let service_entry = storage
			.entry(aitbc::storage().services().services())
			.map_err(Error::client)?;
		let blueprint_entry = storage
			.entry(aitbc::storage().services().blueprints())
			.map_err(Error::client)?;
		let heartbeat_entry = storage
			.entry(aitbc::storage().services().heartbeats())
			.map_err(Error::client)?;
		let mut due = Vec::with_capacity(services.len());
		for service_id in services {
			let Some(service) = service_entry
				.try_fetch((service_id,))
				.await
				.map_err(Error::client)?
			else {
				continue;
			};
			let service = service.decode().map_err(Error::client)?;
			let Some(blueprint) = blueprint_entry
				.try_fetch((service.blueprint_id,))
				.await
				.map_err(Error::client)?
			else {
				continue;
			};
			let Some(record) = heartbeat_entry
				.try_fetch((service_id, operator.clone()))
				.await
				.map_err(Error::client)?
			else {
				continue;
			};
			due.push(HeartbeatDue {
				service_id,
				interval: blueprint
					.decode()
					.map_err(Error::client)?
					.heartbeat_interval,
				last_beat: record.decode().map_err(Error::client)?.accounted_until,
				now: u32::try_from(at.block_number()).unwrap_or(u32::MAX),
			});
		}
		Ok(due)
	}

	pub async fn heartbeat(&self, signer: &Keypair, service_id: u64) -> Result<()> {
		self.submit(&aitbc::tx().services().heartbeat(service_id), signer)
			.await
			.map(drop)
	}

	/// Approves a request; returns the service id if this approval created the service.
	pub async fn approve(&self, signer: &Keypair, request_id: u64) -> Result<Option<u64>> {
		let events = self
			.submit(&aitbc::tx().services().approve(request_id), signer)
			.await?;
		Ok(events
			.find_first::<aitbc::services::events::ServiceCreated>()
			.transpose()
			.map_err(Error::client)?
			.map(|e| e.service_id))
	}

	pub async fn reject(&self, signer: &Keypair, request_id: u64) -> Result<()> {
		self.submit(&aitbc::tx().services().reject(request_id), signer)
			.await
			.map(drop)
	}

	// ---- client ----

	/// Requests a service of `blueprint_id` from `operators`, paid in AIT; returns the request id.
	pub async fn request_service(
		&self,
		signer: &Keypair,
		blueprint_id: u64,
		operators: Vec<AccountId32>,
		permitted_callers: Vec<AccountId32>,
		ttl: u32,
		job_timeout: u32,
	) -> Result<u64> {
		let terms = RequestTerms {
			operators: BoundedVec(operators),
			permitted_callers: BoundedVec(permitted_callers),
			payment_asset: PaymentAsset::Native,
			security_assets: BoundedVec(vec![PaymentAsset::Native]),
			sla: None,
			job_timeout,
			ends_at: None,
		};
		let call = aitbc::tx()
			.services()
			.request_service(blueprint_id, terms, ttl);
		let events = self.submit(&call, signer).await?;
		let requested = first_event::<aitbc::services::events::ServiceRequested>(
			&events,
			"Services.ServiceRequested",
		)?;
		Ok(requested.request_id)
	}

	pub async fn cancel_request(&self, signer: &Keypair, request_id: u64) -> Result<()> {
		self.submit(&aitbc::tx().services().cancel_request(request_id), signer)
			.await
			.map(drop)
	}

	/// Calls job `job_index` of `service_id`; returns the job id and the escrowed price.
	pub async fn call_job(
		&self,
		signer: &Keypair,
		service_id: u64,
		job_index: u32,
		input_hash: [u8; 32],
		max_units: u64,
		price_cap: u128,
	) -> Result<CalledJob> {
		let call = aitbc::tx().services().call_job(
			service_id,
			job_index,
			H256(input_hash),
			max_units,
			price_cap,
		);
		let events = self.submit(&call, signer).await?;
		let called =
			first_event::<aitbc::services::events::JobCalled>(&events, "Services.JobCalled")?;
		Ok(CalledJob {
			job_id: called.job_id,
			service_id: called.service_id,
			max_units: called.max_units,
			price: called.price,
		})
	}

	pub async fn terminate_service(&self, signer: &Keypair, service_id: u64) -> Result<()> {
		self.submit(
			&aitbc::tx().services().terminate_service(service_id),
			signer,
		)
		.await
		.map(drop)
	}

	/// What kind of chain the node runs (`system_chainType`).
	pub async fn chain_type(&self) -> Result<ChainType> {
		self.rpc
			.request("system_chainType", rpc_params![])
			.await
			.map_err(Error::client)
	}

	/// The node's price for `units` units of resource class `class` (`None`: no such class).
	pub async fn quote(&self, class: u32, units: u64) -> Result<Option<Quote>> {
		self.rpc
			.request(
				"pricing_quote",
				rpc_params![class, units, Option::<String>::None],
			)
			.await
			.map_err(Error::client)
	}

	/// The resource class of a service's blueprint (what its jobs are priced in).
	pub async fn service_resource_class(&self, service_id: u64) -> Result<u32> {
		let service = self
			.read(aitbc::storage().services().services(), (service_id,))
			.await?
			.ok_or_else(|| Error::NotFound(format!("service {service_id}")))?;
		let blueprint = self
			.read(
				aitbc::storage().services().blueprints(),
				(service.blueprint_id,),
			)
			.await?
			.ok_or_else(|| Error::NotFound(format!("blueprint {}", service.blueprint_id)))?;
		Ok(blueprint.resource_class.0)
	}

	// ---- miner ----

	pub async fn submit_result(
		&self,
		signer: &Keypair,
		job_id: u64,
		output_hash: [u8; 32],
	) -> Result<()> {
		let call = aitbc::tx()
			.services()
			.submit_result(job_id, H256(output_hash));
		self.submit(&call, signer).await.map(drop)
	}

	/// Claims payment with a signed receipt with public amounts.
	pub async fn submit_receipt(
		&self,
		signer: &Keypair,
		receipt: ChainReceipt,
	) -> Result<ClaimedReceipt> {
		use aitbc::runtime_types::pallet_receipts::types::PrivacyLevel;
		self.submit_receipt_at(signer, receipt, PrivacyLevel::Public)
			.await
	}

	/// Claims payment with a signed receipt at a privacy level.
	pub async fn submit_receipt_at(
		&self,
		signer: &Keypair,
		receipt: ChainReceipt,
		privacy: aitbc::runtime_types::pallet_receipts::types::PrivacyLevel,
	) -> Result<ClaimedReceipt> {
		let job_id = receipt.body.job_id;
		let call = aitbc::tx()
			.receipts()
			.submit_receipt(receipt, privacy, None);
		let events = self.submit(&call, signer).await?;
		let claimed = first_event::<aitbc::receipts::events::ReceiptClaimed>(
			&events,
			"Receipts.ReceiptClaimed",
		)?;
		Ok(ClaimedReceipt {
			job_id,
			compute_units: claimed.compute_units,
			price: claimed.price,
			matures_at: claimed.matures_at,
		})
	}

	/// Accepts the claim on `job_id` as its client: the operator is paid at once.
	pub async fn accept(&self, signer: &Keypair, job_id: u64) -> Result<SettledReceipt> {
		let call = aitbc::tx().receipts().accept(job_id);
		let events = self.submit(&call, signer).await?;
		settled_receipt(&events)
	}

	/// Settles claims whose challenge window closed; anyone may.
	pub async fn settle_claims(&self, signer: &Keypair, job_ids: Vec<u64>) -> Result<()> {
		let call = aitbc::tx().receipts().settle_claims(BoundedVec(job_ids));
		self.submit(&call, signer).await.map(drop)
	}

	/// Takes back the payment of a job that got no result (or no claim of its result) within
	/// its service's job timeout; only the job's caller may.
	pub async fn cancel_job(&self, signer: &Keypair, job_id: u64) -> Result<()> {
		let call = aitbc::tx().services().cancel_job(job_id);
		self.submit(&call, signer).await.map(drop)
	}

	/// A job, or `None` once it was pruned or never existed.
	pub async fn job(&self, job_id: u64) -> Result<Option<Job>> {
		self.read(aitbc::storage().services().jobs(), (job_id,))
			.await
	}

	/// The operators of a service (empty if there is no such service).
	pub async fn service_operators(&self, service_id: u64) -> Result<Vec<AccountId32>> {
		Ok(self
			.read(aitbc::storage().services().services(), (service_id,))
			.await?
			.map(|service| service.terms.operators.0)
			.unwrap_or_default())
	}

	pub async fn receipt_status(
		&self,
		operator: &AccountId32,
		receipt_id: [u8; 32],
	) -> Result<ReceiptStatus> {
		self.rpc
			.request(
				"receipts_status",
				rpc_params![
					operator.to_string(),
					format!("0x{}", hex::encode(receipt_id)),
					Option::<String>::None
				],
			)
			.await
			.map_err(Error::client)
	}

	pub async fn work_score(&self, operator: &AccountId32) -> Result<WorkScore> {
		self.rpc
			.request(
				"receipts_workScore",
				rpc_params![operator.to_string(), Option::<String>::None],
			)
			.await
			.map_err(Error::client)
	}

	// ---- governance ----

	/// Proposes to the council that the deferred slash `slash_id` be cancelled.
	pub async fn propose_slash_veto(
		&self,
		signer: &Keypair,
		slash_id: u64,
		threshold: u32,
	) -> Result<Proposal> {
		let call = aitbc::tx().staking().cancel_slash(slash_id);
		self.propose_to_council(signer, &call, threshold).await
	}

	/// Proposes to the council that it rule `ruling` on the escalated dispute `dispute_id`.
	pub async fn propose_dispute_ruling(
		&self,
		signer: &Keypair,
		dispute_id: u64,
		ruling: crate::disputes::RulingArg,
		threshold: u32,
	) -> Result<Proposal> {
		let call = aitbc::tx()
			.disputes()
			.resolve_escalated(dispute_id, ruling.into());
		self.propose_to_council(signer, &call, threshold).await
	}

	/// Proposes `call` to the council with `threshold` votes needed (1 runs it at once).
	///
	/// `Council.propose` takes a whole `RuntimeCall`, whose type spans every pallet's calls, so
	/// a static payload would be refused whenever any pallet changed. The call is encoded
	/// statically (its own pallet's shape is checked) and handed over as a dynamic value decoded
	/// from those bytes with the node's own metadata.
	pub async fn propose_to_council<Call: Payload>(
		&self,
		signer: &Keypair,
		call: &Call,
		threshold: u32,
	) -> Result<Proposal> {
		use subxt::{dynamic::Value, ext::scale_value};
		let at = self.api.at_current_block().await.map_err(Error::client)?;
		let encoded = at.transactions().call_data(call).map_err(Error::client)?;
		// The proposal's hash is over the encoded RuntimeCall.
		let hash = sp_crypto_hashing::blake2_256(&encoded);
		let length_bound = u32::try_from(encoded.len()).map_err(Error::client)?;
		let metadata = at.metadata();
		let propose = metadata
			.pallet_by_name("Council")
			.and_then(|p| p.call_variant_by_name("propose"))
			.ok_or_else(|| Error::NotFound("Council.propose in the metadata".into()))?;
		let proposal_type = propose
			.fields
			.get(1)
			.ok_or_else(|| Error::NotFound("the proposal field of Council.propose".into()))?
			.ty
			.id;
		let proposal =
			scale_value::scale::decode_as_type(&mut &encoded[..], proposal_type, metadata.types())
				.map_err(Error::client)?
				.remove_context();
		let tx = subxt::dynamic::tx(
			"Council",
			"propose",
			vec![
				Value::u128(u128::from(threshold)),
				proposal,
				Value::u128(u128::from(length_bound)),
			],
		);
		let events = self.submit(&tx, signer).await?;
		if let Some(proposed) = events
			.find_first::<aitbc::council::events::Proposed>()
			.transpose()
			.map_err(Error::client)?
		{
			return Ok(Proposal::Proposed {
				index: proposed.proposal_index,
				hash: proposed.proposal_hash.0,
			});
		}
		Ok(Proposal::Executed { hash })
	}

	pub async fn vote(
		&self,
		signer: &Keypair,
		hash: [u8; 32],
		index: u32,
		approve: bool,
	) -> Result<()> {
		let tx = aitbc::tx().council().vote(H256(hash), index, approve);
		self.submit(&tx, signer).await.map(drop)
	}

	/// Closes a council proposal, with generous weight and length bounds for a veto.
	pub async fn close(&self, signer: &Keypair, hash: [u8; 32], index: u32) -> Result<()> {
		use aitbc::runtime_types::sp_weights::weight_v2::Weight;
		let bound = Weight {
			ref_time: 10_000_000_000,
			proof_size: 1_000_000,
		};
		let tx = aitbc::tx()
			.council()
			.close(H256(hash), index, bound, 10_000);
		self.submit(&tx, signer).await.map(drop)
	}
}

/// The first event `E` among a transaction's events.
/// A client at one block.
pub type AtBlock =
	subxt::client::ClientAtBlock<AitbcConfig, subxt::client::OnlineClientAtBlockImpl<AitbcConfig>>;

/// The value at a storage `address` under `keys` in the block `at`; `None` if none is stored.
/// Several reads at one `at` see one state.
pub async fn read_at<Addr: subxt::storage::Address>(
	at: &AtBlock,
	address: Addr,
	keys: Addr::KeyParts,
) -> Result<Option<Addr::Value>> {
	let entry = at.storage().entry(address).map_err(Error::client)?;
	match entry.try_fetch(keys).await.map_err(Error::client)? {
		Some(value) => Ok(Some(value.decode().map_err(Error::client)?)),
		None => Ok(None),
	}
}

pub fn first_event<E: subxt::events::DecodeAsEvent>(
	events: &Events,
	name: &'static str,
) -> Result<E> {
	events
		.find_first::<E>()
		.ok_or(Error::MissingEvent(name))?
		.map_err(Error::client)
}

/// `amount` plancks as AIT with 12 decimals (`1.5 AIT`).
pub fn format_ait(amount: u128) -> String {
	let whole = amount / AIT;
	let fraction = amount % AIT;
	if fraction == 0 {
		format!("{whole} AIT")
	} else {
		let digits = format!("{fraction:012}");
		format!("{whole}.{} AIT", digits.trim_end_matches('0'))
	}
}

/// Parses `12`, `1.5` (AIT) or `1500p` (plancks) into plancks.
pub fn parse_ait(text: &str) -> Result<u128> {
	let bad = || {
		Error::Client(format!(
			"bad amount {text}: use 12, 1.5 (AIT) or 1500p (plancks)"
		))
	};
	if let Some(plancks) = text.strip_suffix('p') {
		return plancks.parse().map_err(|_| bad());
	}
	let text = text.trim_end_matches("AIT").trim();
	let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
	if fraction.len() > 12 || (whole.is_empty() && fraction.is_empty()) {
		return Err(bad());
	}
	let whole: u128 = if whole.is_empty() {
		0
	} else {
		whole.parse().map_err(|_| bad())?
	};
	let fraction: u128 = if fraction.is_empty() {
		0
	} else {
		format!("{fraction:0<12}").parse().map_err(|_| bad())?
	};
	whole
		.checked_mul(AIT)
		.and_then(|w| w.checked_add(fraction))
		.ok_or_else(bad)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn amounts_format_and_parse() {
		assert_eq!(format_ait(AIT), "1 AIT");
		assert_eq!(format_ait(1_500_000_000_000), "1.5 AIT");
		assert_eq!(format_ait(1), "0.000000000001 AIT");
		assert_eq!(parse_ait("1.5").unwrap(), 1_500_000_000_000);
		assert_eq!(parse_ait("12").unwrap(), 12 * AIT);
		assert_eq!(parse_ait("7p").unwrap(), 7);
		assert_eq!(parse_ait(".5").unwrap(), AIT / 2);
		assert!(parse_ait("1.0000000000001").is_err());
		assert!(parse_ait("x").is_err());
	}

	#[test]
	fn chain_types_parse_from_the_rpc_json() {
		for (json, expected) in [
			(r#""Development""#, ChainType::Development),
			(r#""Local""#, ChainType::Local),
			(r#""Live""#, ChainType::Live),
			(
				r#"{"Custom": "staging"}"#,
				ChainType::Custom("staging".into()),
			),
		] {
			assert_eq!(
				serde_json::from_str::<ChainType>(json).unwrap(),
				expected,
				"{json}"
			);
		}
		assert!(serde_json::from_str::<ChainType>(r#""Mainnet""#).is_err());
	}

	#[test]
	fn only_development_and_local_chains_sign_with_alice_by_default() {
		assert_eq!(default_signer(&ChainType::Development).unwrap(), "//Alice");
		assert_eq!(default_signer(&ChainType::Local).unwrap(), "//Alice");
		for refused in [ChainType::Live, ChainType::Custom("staging".into())] {
			let error = default_signer(&refused).unwrap_err().to_string();
			assert!(error.contains("--suri"), "{error}");
			assert!(error.contains("AITBC_SURI"), "{error}");
			assert!(error.contains(&refused.to_string()), "{error}");
		}
		assert!(default_signer(&ChainType::Live)
			.unwrap_err()
			.to_string()
			.contains("this chain's type is Live"));
	}
}
