//! Cross-chain settlement from the command line: fee quotes, requests and message status
//! ([`Chain::settlement_quote`], [`Chain::request_settlement`], [`Chain::outbound_message`]),
//! and the relayer ([`Relayer`]) that carries messages from one AITBC chain to another.
//!
//! The relayer follows the source chain and, for every message the target has not accepted
//! yet (the target's inbound nonce from the source is the only state it trusts, so a relayer
//! killed halfway resumes where the target stands and delivers each message once):
//! - through the light client (`grandpa`): imports a source header finalized after the
//!   messages were stored, with its GRANDPA justification (`grandpa_subscribeJustifications`),
//!   into the target's `BridgeAitbcGrandpa`, then proves each message by a storage proof of its
//!   `Settlement::Outbound` record under that header's state root (`state_getReadProof`);
//! - through the attested adapter (`attested`): signs each message hash with the committee keys
//!   it was given (secp256k1 over keccak, as `ecrecover` checks), up to the threshold.
//!
//! Acknowledgements travel the other way: run a second relayer with `--from` and `--to`
//! swapped; whoever brings an acknowledgement back is paid the message's delivery fee.

use crate::{
	aitbc::{
		self,
		runtime_types::{
			aitbc_primitives::settlement::{Adapter, SettlementMessage},
			bounded_collections::bounded_vec::BoundedVec,
			pallet_settlement::types::{MessageStatus, Routing},
		},
	},
	chain::{first_event, read_at, AtBlock, Chain},
	error::{Error, Result},
};
use codec::{Decode, Encode};
use std::time::{Duration, Instant};
use subxt::{
	rpcs::rpc_params,
	utils::{Static, H256},
};
use subxt_signer::sr25519::Keypair;

/// A settlement chain id.
pub type ChainId = u32;

/// `routing` as the CLI spells it: `cheapest`, `fastest`, `attested` or `grandpa`.
pub fn parse_routing(text: &str) -> Result<Routing> {
	match text {
		"cheapest" => Ok(Routing::Cheapest),
		"fastest" => Ok(Routing::Fastest),
		"attested" => Ok(Routing::Via(Adapter::Attested)),
		"grandpa" | "light-client" => Ok(Routing::Via(Adapter::Grandpa)),
		other => Err(Error::Client(format!(
			"unknown routing {other}: cheapest, fastest, attested or grandpa"
		))),
	}
}

pub fn adapter_name(adapter: &Adapter) -> &'static str {
	match adapter {
		Adapter::Attested => "attested",
		Adapter::Grandpa => "grandpa",
	}
}

/// A message's status in words, with the blocks it names.
pub fn status_text(status: &MessageStatus<u32>, finalized: u32) -> String {
	match status {
		MessageStatus::Sent { block, expires_at } if block == expires_at => {
			format!("sent in block {block} (an acknowledgement: not itself acknowledged)")
		}
		MessageStatus::Sent { block, expires_at } => {
			let pending = if *block > finalized {
				", pending finality"
			} else {
				""
			};
			format!("sent in block {block}{pending}; acknowledgement due by block {expires_at}")
		}
		MessageStatus::Retried {
			block,
			expires_at,
			attempt,
		} => format!(
			"retried (attempt {attempt}) in block {block}; acknowledgement due by block {expires_at}"
		),
		MessageStatus::Delivered { at } => format!("delivered (acknowledged in block {at})"),
		MessageStatus::Failed { at } => {
			format!("failed at block {at}: not acknowledged in time; retry or refund it")
		}
		MessageStatus::Refunded { at } => format!("refunded at block {at}"),
	}
}

/// A fee quote of the runtime API: the adapter the router picks, its fee and latency.
pub type SettlementQuote = aitbc::runtime_types::pallet_settlement::types::Quote<u128>;

/// What `aitbc settlement status` shows of one outbound message.
#[derive(Debug)]
pub struct OutboundView {
	pub message: SettlementMessage,
	pub status: MessageStatus<u32>,
	pub finalized: u32,
}

impl Chain {
	/// This chain's settlement id.
	pub async fn settlement_chain_id(&self) -> Result<ChainId> {
		let at = self.at_best().await?;
		settlement_chain_id_at(&at).await
	}

	/// The fee, adapter and latency of a message to `target` by `routing`, in the best block.
	pub async fn settlement_quote(
		&self,
		target: ChainId,
		routing: Routing,
	) -> Result<Option<SettlementQuote>> {
		let at = self.at_best().await?;
		at.runtime_apis()
			.call(
				aitbc::runtime_apis()
					.settlement_api()
					.quote(target, routing),
			)
			.await
			.map_err(Error::client)
	}

	/// The last nonces sent to and accepted from `chain`, in the best block.
	pub async fn settlement_nonces(&self, chain: ChainId) -> Result<(u64, u64)> {
		let at = self.at_best().await?;
		nonces_at(&at, chain).await
	}

	/// Asks for a message that job `job_id` settled to go to `target`; returns its nonce, fee
	/// and adapter.
	pub async fn request_settlement(
		&self,
		signer: &Keypair,
		job_id: u64,
		target: ChainId,
		routing: Routing,
		beneficiary: [u8; 32],
		max_fee: u128,
	) -> Result<(u64, u128, Adapter)> {
		let call = aitbc::tx().settlement().request_settlement(
			job_id,
			target,
			routing,
			H256(beneficiary),
			max_fee,
		);
		let events = self.submit(&call, signer).await?;
		let requested: aitbc::settlement::events::SettlementRequested =
			first_event(&events, "Settlement.SettlementRequested")?;
		Ok((requested.nonce, requested.fee, requested.adapter))
	}

	/// Message `nonce` to `target` and what became of it (`None`: never sent, or pruned after
	/// its retention).
	pub async fn outbound_message(
		&self,
		target: ChainId,
		nonce: u64,
	) -> Result<Option<OutboundView>> {
		let at = self.at_best().await?;
		let finalized = self
			.api
			.at_current_block()
			.await
			.map_err(Error::client)?
			.block_number() as u32;
		Ok(outbound_at(&at, target, nonce)
			.await?
			.map(|(message, status)| OutboundView {
				message,
				status,
				finalized,
			}))
	}

	/// Retries a failed message (anyone may).
	pub async fn retry_settlement(
		&self,
		signer: &Keypair,
		target: ChainId,
		nonce: u64,
	) -> Result<()> {
		let call = aitbc::tx().settlement().retry(target, nonce);
		self.submit(&call, signer).await.map(drop)
	}

	/// Takes back a failed message's fee (its requester only).
	pub async fn refund_settlement(
		&self,
		signer: &Keypair,
		target: ChainId,
		nonce: u64,
	) -> Result<()> {
		let call = aitbc::tx().settlement().refund(target, nonce);
		self.submit(&call, signer).await.map(drop)
	}
}

async fn settlement_chain_id_at(at: &AtBlock) -> Result<ChainId> {
	at.runtime_apis()
		.call(aitbc::runtime_apis().settlement_api().chain_id())
		.await
		.map_err(Error::client)
}

async fn nonces_at(at: &AtBlock, chain: ChainId) -> Result<(u64, u64)> {
	at.runtime_apis()
		.call(aitbc::runtime_apis().settlement_api().nonces(chain))
		.await
		.map_err(Error::client)
}

async fn outbound_at(
	at: &AtBlock,
	target: ChainId,
	nonce: u64,
) -> Result<Option<(SettlementMessage, MessageStatus<u32>)>> {
	at.runtime_apis()
		.call(
			aitbc::runtime_apis()
				.settlement_api()
				.outbound(target, nonce),
		)
		.await
		.map_err(Error::client)
}

/// The message as `aitbc-primitives` has it (the runtime API's type, field by field).
pub fn primitive_message(
	message: &SettlementMessage,
) -> aitbc_primitives::settlement::SettlementMessage {
	use aitbc::runtime_types::aitbc_primitives::settlement::MessageKind as Kind;
	use aitbc_primitives::settlement::MessageKind;
	aitbc_primitives::settlement::SettlementMessage {
		kind: match message.kind {
			Kind::JobSettled => MessageKind::JobSettled,
			Kind::Acknowledgement => MessageKind::Acknowledgement,
		},
		source: message.source,
		target: message.target,
		nonce: message.nonce,
		job_id: message.job_id,
		receipt_id: message.receipt_id,
		output_hash: message.output_hash,
		units: message.units,
		amount: message.amount,
		token: message.token,
		client: message.client,
		operator: message.operator,
		beneficiary: message.beneficiary,
	}
}

/// The keccak-256 hash of a message, as the runtime computes it (what attesters sign and what
/// the target checks).
pub fn message_hash(message: &SettlementMessage) -> [u8; 32] {
	primitive_message(message).hash().0
}

/// Signs `hash` as an EVM attester: `r ‖ s ‖ v` over the keccak hash, low `s`, `v` 27 or 28.
pub fn attest(key: &k256::ecdsa::SigningKey, hash: &[u8; 32]) -> Result<[u8; 65]> {
	let (signature, recovery) = key
		.sign_prehash_recoverable(hash)
		.map_err(|e| Error::Client(format!("cannot sign: {e}")))?;
	let (signature, recovery) = match signature.normalize_s() {
		Some(low) => (
			low,
			k256::ecdsa::RecoveryId::from_byte(recovery.to_byte() ^ 1)
				.ok_or_else(|| Error::Client("bad recovery id".into()))?,
		),
		None => (signature, recovery),
	};
	let mut out = [0u8; 65];
	out[..64].copy_from_slice(&signature.to_bytes());
	out[64] = 27 + recovery.to_byte();
	Ok(out)
}

/// The light-client adapter's proof, as the runtime decodes it (`GrandpaMessageProof`).
#[derive(Encode, Decode)]
struct GrandpaMessageProof {
	header: [u8; 32],
	target: ChainId,
	nonce: u64,
	storage_proof: Vec<Vec<u8>>,
}

/// The storage key of `Settlement::Outbound(target, nonce)` (`Twox64Concat` both).
pub fn outbound_key(target: ChainId, nonce: u64) -> Vec<u8> {
	let mut key = Vec::with_capacity(32 + 12 + 16);
	key.extend(sp_crypto_hashing::twox_128(b"Settlement"));
	key.extend(sp_crypto_hashing::twox_128(b"Outbound"));
	key.extend(sp_crypto_hashing::twox_64(&target.encode()));
	key.extend(target.encode());
	key.extend(sp_crypto_hashing::twox_64(&nonce.encode()));
	key.extend(nonce.encode());
	key
}

/// How a relayer proves messages to the target.
#[derive(Clone)]
pub enum RelayMode {
	/// GRANDPA finality of the source, imported into the target's light client.
	Grandpa,
	/// Signatures of these committee keys.
	Attested(Vec<k256::ecdsa::SigningKey>),
}

/// A relayer's settings.
#[derive(Clone)]
pub struct RelayerConfig {
	pub from: String,
	pub to: String,
	pub mode: RelayMode,
	/// The most messages delivered in one round (one imported header), in one transaction.
	pub batch: u64,
	/// Stop after delivering this many messages (`None`: run forever).
	pub max_messages: Option<u64>,
	/// Longest pause between reconnection attempts.
	pub max_backoff: Duration,
}

/// What a relayer did.
#[derive(Clone, Debug, Default)]
pub struct RelayReport {
	pub delivered: Vec<u64>,
	pub headers_imported: u32,
	pub reconnects: u32,
	/// Seconds from a message's block on the source to its acceptance on the target, as far
	/// as this relayer saw it (the wall-clock age of the source block when delivered).
	pub latencies: Vec<f64>,
}

/// The relayer daemon (see the module docs).
pub struct Relayer {
	config: RelayerConfig,
	signer: Keypair,
	log: Box<dyn Fn(&str) + Send + Sync>,
	pub report: RelayReport,
}

enum Round {
	Idle,
	Delivered(u64),
}

/// A message and its proof, ready for `Settlement.receive`.
struct Delivery {
	message: SettlementMessage,
	adapter: Adapter,
	proof: Vec<u8>,
	status: MessageStatus<u32>,
}

impl Relayer {
	pub fn new(
		config: RelayerConfig,
		signer: Keypair,
		log: Box<dyn Fn(&str) + Send + Sync>,
	) -> Self {
		Self {
			config,
			signer,
			log,
			report: RelayReport::default(),
		}
	}

	fn say(&self, line: &str) {
		(self.log)(line)
	}

	fn finished(&self) -> bool {
		self.config
			.max_messages
			.is_some_and(|max| self.report.delivered.len() as u64 >= max)
	}

	/// Runs until `max_messages` are delivered (forever without it), reconnecting with
	/// exponential backoff when either node goes away or a round fails.
	pub async fn run(mut self) -> Result<RelayReport> {
		let mut backoff = Duration::from_millis(500);
		loop {
			match self.connect_and_follow().await {
				Ok(()) => return Ok(self.report),
				Err(e) => {
					self.report.reconnects += 1;
					self.say(&format!("{e}; retrying in {:.1}s", backoff.as_secs_f32()));
					tokio::time::sleep(backoff).await;
					backoff = (backoff * 2).min(self.config.max_backoff);
				}
			}
		}
	}

	async fn connect_and_follow(&mut self) -> Result<()> {
		let source = Chain::connect(&self.config.from).await?;
		let target = Chain::connect(&self.config.to).await?;
		let source_id = source.settlement_chain_id().await?;
		let target_id = target.settlement_chain_id().await?;
		if source_id == target_id {
			return Err(Error::Client(format!(
				"both ends are chain {source_id}: relay between two different chains"
			)));
		}
		let mode = match self.config.mode {
			RelayMode::Grandpa => "the light client",
			RelayMode::Attested(_) => "the attested adapter",
		};
		self.say(&format!(
			"relaying chain {source_id} ({}) -> chain {target_id} ({}) through {mode}",
			source.url, target.url
		));
		match self.config.mode.clone() {
			RelayMode::Grandpa => {
				self.follow_justifications(&source, &target, source_id, target_id)
					.await
			}
			RelayMode::Attested(keys) => {
				self.follow_finalized(&source, &target, source_id, target_id, &keys)
					.await
			}
		}
	}

	/// The nonces the target still waits for: after its inbound nonce from the source, up to
	/// the source's outbound nonce to it at `source_at`.
	async fn pending(
		&self,
		source_at: &AtBlock,
		target: &Chain,
		source_id: ChainId,
		target_id: ChainId,
	) -> Result<Option<(u64, u64)>> {
		let (sent, _) = nonces_at(source_at, target_id).await?;
		let (_, accepted) = target.settlement_nonces(source_id).await?;
		if sent <= accepted {
			return Ok(None);
		}
		let last = sent.min(accepted.saturating_add(self.config.batch.max(1)));
		Ok(Some((accepted + 1, last)))
	}

	async fn follow_justifications(
		&mut self,
		source: &Chain,
		target: &Chain,
		source_id: ChainId,
		target_id: ChainId,
	) -> Result<()> {
		let light_client: Option<ChainId> = read_at(
			&target.at_best().await?,
			aitbc::storage().settlement().light_client_chain(),
			(),
		)
		.await?;
		if light_client != Some(source_id) {
			return Err(Error::Client(format!(
				"chain {target_id}'s light client follows {light_client:?}, not chain {source_id}"
			)));
		}
		let mut justifications = source
			.rpc
			.subscribe::<String>(
				"grandpa_subscribeJustifications",
				rpc_params![],
				"grandpa_unsubscribeJustifications",
			)
			.await
			.map_err(Error::client)?;
		while let Some(encoded) = justifications.next().await {
			let encoded = encoded.map_err(Error::client)?;
			let bytes = hex::decode(encoded.trim_start_matches("0x"))
				.map_err(|e| Error::Client(format!("a justification that is not hex: {e}")))?;
			let justification = Justification::decode(&mut &bytes[..])
				.map_err(|e| Error::Client(format!("a justification that does not decode: {e}")))?;
			let (hash, number) = (
				justification.commit.target_hash,
				justification.commit.target_number,
			);
			let at = source
				.api
				.at_block(H256(hash))
				.await
				.map_err(Error::client)?;
			let Some((first, last)) = self.pending(&at, target, source_id, target_id).await? else {
				continue;
			};
			self.import_header(source, target, &bytes, hash, number)
				.await?;
			if let Round::Delivered(n) = self
				.deliver_range(source, &at, target, target_id, first, last, hash)
				.await?
			{
				self.say(&format!(
					"delivered {n} message(s) {first}..={last} under finalized header #{number}"
				));
			}
			if self.finished() {
				return Ok(());
			}
		}
		Err(Error::Client("the justification stream ended".into()))
	}

	/// Imports source header `hash` (finalized by `justification`) into the target's light
	/// client, unless it already has it or a later one.
	async fn import_header(
		&mut self,
		source: &Chain,
		target: &Chain,
		justification: &[u8],
		hash: [u8; 32],
		number: u32,
	) -> Result<()> {
		let best = read_at(
			&target.at_best().await?,
			aitbc::storage().bridge_aitbc_grandpa().best_finalized(),
			(),
		)
		.await?;
		// `HeaderId(number, hash)`.
		if best.as_ref().is_some_and(|id| id.0 >= number) {
			return Ok(());
		}
		let set = read_at(
			&target.at_best().await?,
			aitbc::storage()
				.bridge_aitbc_grandpa()
				.current_authority_set(),
			(),
		)
		.await?
		.ok_or_else(|| Error::Client("the target's light client is not initialized".into()))?;
		let header_bytes: Option<String> = source
			.rpc
			.request::<Option<serde_json::Value>>("chain_getHeader", rpc_params![H256(hash)])
			.await
			.map_err(Error::client)?
			.map(|header| header.to_string());
		let header = header_bytes
			.ok_or_else(|| Error::NotFound(format!("source header {}", hex::encode(hash))))?;
		let header = scale_header(&header)?;
		// The header and the justification go as the source encoded them.
		let call = subxt::tx::DynamicPayload::new(
			"BridgeAitbcGrandpa",
			"submit_finality_proof_ex",
			(
				Static(Verbatim(header)),
				Static(Verbatim(justification.to_vec())),
				set.set_id,
				false,
			),
		);
		if !self
			.submit_or_log(target, &call, &format!("header #{number}"))
			.await?
		{
			return Ok(());
		}
		self.report.headers_imported += 1;
		self.say(&format!(
			"imported source header #{number} into the target's light client"
		));
		Ok(())
	}

	async fn follow_finalized(
		&mut self,
		source: &Chain,
		target: &Chain,
		source_id: ChainId,
		target_id: ChainId,
		keys: &[k256::ecdsa::SigningKey],
	) -> Result<()> {
		let mut blocks = source.api.stream_blocks().await.map_err(Error::client)?;
		while let Some(block) = blocks.next().await {
			let block = block.map_err(Error::client)?;
			let at = block.at().await.map_err(Error::client)?;
			let Some((first, last)) = self.pending(&at, target, source_id, target_id).await? else {
				continue;
			};
			if let Round::Delivered(n) = self
				.deliver_attested(source, &at, target, target_id, first, last, keys)
				.await?
			{
				self.say(&format!(
					"delivered {n} message(s) {first}..={last} from finalized block #{}",
					block.number()
				));
			}
			if self.finished() {
				return Ok(());
			}
		}
		Err(Error::Client("the finalized block stream ended".into()))
	}

	/// The messages `first..=last` to `target_id` at the source block `at`, at most as many
	/// as the relayer still has to deliver.
	async fn waiting_messages(
		&self,
		at: &AtBlock,
		target_id: ChainId,
		first: u64,
		last: u64,
	) -> Result<Vec<(SettlementMessage, MessageStatus<u32>)>> {
		let room = self.config.max_messages.map_or(u64::MAX, |max| {
			max.saturating_sub(self.report.delivered.len() as u64)
		});
		let mut messages = Vec::new();
		for nonce in (first..=last).take(room.min(u64::from(u32::MAX)) as usize) {
			let Some(found) = outbound_at(at, target_id, nonce).await? else {
				return Err(Error::NotFound(format!(
					"message {nonce} to chain {target_id} on the source (pruned?)"
				)));
			};
			messages.push(found);
		}
		Ok(messages)
	}

	#[allow(clippy::too_many_arguments)]
	async fn deliver_range(
		&mut self,
		source: &Chain,
		at: &AtBlock,
		target: &Chain,
		target_id: ChainId,
		first: u64,
		last: u64,
		header: [u8; 32],
	) -> Result<Round> {
		let mut deliveries = Vec::new();
		for (message, status) in self.waiting_messages(at, target_id, first, last).await? {
			let nonce = message.nonce;
			let key = outbound_key(target_id, nonce);
			let read: serde_json::Value = source
				.rpc
				.request(
					"state_getReadProof",
					rpc_params![vec![format!("0x{}", hex::encode(&key))], H256(header)],
				)
				.await
				.map_err(Error::client)?;
			let storage_proof = read["proof"]
				.as_array()
				.ok_or_else(|| Error::Client("a read proof without nodes".into()))?
				.iter()
				.map(|node| {
					hex::decode(node.as_str().unwrap_or_default().trim_start_matches("0x"))
						.map_err(|e| Error::Client(format!("a proof node that is not hex: {e}")))
				})
				.collect::<Result<Vec<_>>>()?;
			let proof = GrandpaMessageProof {
				header,
				target: target_id,
				nonce,
				storage_proof,
			}
			.encode();
			deliveries.push(Delivery {
				message,
				adapter: Adapter::Grandpa,
				proof,
				status,
			});
		}
		self.deliver(source, target, deliveries).await
	}

	#[allow(clippy::too_many_arguments)]
	async fn deliver_attested(
		&mut self,
		source: &Chain,
		at: &AtBlock,
		target: &Chain,
		target_id: ChainId,
		first: u64,
		last: u64,
		keys: &[k256::ecdsa::SigningKey],
	) -> Result<Round> {
		let mut deliveries = Vec::new();
		for (message, status) in self.waiting_messages(at, target_id, first, last).await? {
			let hash = message_hash(&message);
			let signatures = keys
				.iter()
				.map(|key| attest(key, &hash))
				.collect::<Result<Vec<_>>>()?;
			deliveries.push(Delivery {
				message,
				adapter: Adapter::Attested,
				proof: signatures.encode(),
				status,
			});
		}
		self.deliver(source, target, deliveries).await
	}

	/// Delivers the messages in one transaction: one `Settlement.receive`, or several in a
	/// `Utility.batch_all`, so a round's messages land in one block and all or none of them
	/// are accepted (a replay means another relayer was first with the same nonces).
	async fn deliver(
		&mut self,
		source: &Chain,
		target: &Chain,
		deliveries: Vec<Delivery>,
	) -> Result<Round> {
		use aitbc::runtime_types::{
			aitbc_runtime::RuntimeCall, pallet_settlement::pallet::Call as SettlementCall,
		};
		let (Some(first), Some(last)) = (
			deliveries.first().map(|d| d.message.nonce),
			deliveries.last().map(|d| d.message.nonce),
		) else {
			return Ok(Round::Idle);
		};
		let started = Instant::now();
		let mut sent = Vec::new();
		let mut calls = Vec::new();
		for Delivery {
			message,
			adapter,
			proof,
			status,
		} in deliveries
		{
			sent.push((message.nonce, message.job_id, status));
			calls.push((message, adapter, proof));
		}
		let what = format!("messages {first}..={last}");
		let submitted = if calls.len() == 1 {
			let Some((message, adapter, proof)) = calls.pop() else {
				return Ok(Round::Idle);
			};
			let call = aitbc::tx()
				.settlement()
				.receive(message, adapter, BoundedVec(proof));
			self.submit_or_log(target, &call, &what).await?
		} else {
			let calls = calls
				.into_iter()
				.map(|(message, adapter, proof)| {
					RuntimeCall::Settlement(SettlementCall::receive {
						message,
						adapter,
						proof: BoundedVec(proof),
					})
				})
				.collect();
			let call = aitbc::tx().utility().batch_all(calls);
			self.submit_or_log(target, &call, &what).await?
		};
		if !submitted {
			return Ok(Round::Idle);
		}
		let submit_secs = started.elapsed().as_secs_f64();
		for (nonce, job_id, status) in &sent {
			self.report.delivered.push(*nonce);
			let latency = match status {
				MessageStatus::Sent { block, .. } | MessageStatus::Retried { block, .. } => {
					block_age_secs(source, *block).await.ok()
				}
				_ => None,
			};
			match latency {
				Some(latency) => {
					self.report.latencies.push(latency);
					self.say(&format!(
						"message {nonce} (job {job_id}) accepted by the target ({submit_secs:.1}s to submit; {latency:.1}s since its block on the source)"
					));
				}
				None => self.say(&format!(
					"message {nonce} (job {job_id}) accepted by the target ({submit_secs:.1}s to submit)"
				)),
			}
		}
		Ok(Round::Delivered(sent.len() as u64))
	}

	/// Submits `call` to the target: true once it is in a block, false if it was already
	/// there (another relayer was first). Any other refusal is an error, so the round is
	/// retried after a backoff from the target's nonce.
	async fn submit_or_log<Call: subxt::tx::Payload>(
		&self,
		target: &Chain,
		call: &Call,
		what: &str,
	) -> Result<bool> {
		match target.submit(call, &self.signer).await {
			Ok(_) => Ok(true),
			Err(e)
				if e.is_module("Settlement", "Replay")
					|| e.is_module("BridgeAitbcGrandpa", "OldHeader") =>
			{
				self.say(&format!("{what}: already there ({e})"));
				Ok(false)
			}
			Err(e) => Err(e),
		}
	}
}

/// Seconds between the timestamp of block `number` of the source and now: how long the
/// message has waited since its block was authored.
async fn block_age_secs(source: &Chain, number: u32) -> Result<f64> {
	let at = source
		.api
		.at_block(u64::from(number))
		.await
		.map_err(Error::client)?;
	let authored_ms = read_at(&at, aitbc::storage().timestamp().now(), ())
		.await?
		.unwrap_or_default();
	let now_ms = std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map(|d| d.as_millis() as u64)
		.unwrap_or_default();
	Ok(now_ms.saturating_sub(authored_ms) as f64 / 1000.0)
}

/// A justification's target, the part the relayer reads.
#[derive(Decode)]
struct Justification {
	#[allow(dead_code)]
	round: u64,
	commit: Commit,
}

#[derive(Decode)]
struct Commit {
	target_hash: [u8; 32],
	target_number: u32,
}

/// Bytes already SCALE-encoded, written as they are.
struct Verbatim(Vec<u8>);

impl Encode for Verbatim {
	fn size_hint(&self) -> usize {
		self.0.len()
	}

	fn encode_to<O: codec::Output + ?Sized>(&self, dest: &mut O) {
		dest.write(&self.0)
	}
}

/// The SCALE encoding of a header the node's `chain_getHeader` returned as JSON.
fn scale_header(json: &str) -> Result<Vec<u8>> {
	#[derive(serde::Deserialize)]
	#[serde(rename_all = "camelCase")]
	struct JsonHeader {
		parent_hash: String,
		number: String,
		state_root: String,
		extrinsics_root: String,
		digest: JsonDigest,
	}
	#[derive(serde::Deserialize)]
	struct JsonDigest {
		logs: Vec<String>,
	}
	let header: JsonHeader =
		serde_json::from_str(json).map_err(|e| Error::Client(format!("a header: {e}")))?;
	let bytes = |text: &str| {
		hex::decode(text.trim_start_matches("0x"))
			.map_err(|e| Error::Client(format!("a header field that is not hex: {e}")))
	};
	let hash = |text: &str| -> Result<[u8; 32]> {
		bytes(text)?
			.try_into()
			.map_err(|_| Error::Client("a header hash that is not 32 bytes".into()))
	};
	let number = u32::from_str_radix(header.number.trim_start_matches("0x"), 16)
		.map_err(|e| Error::Client(format!("a header number: {e}")))?;
	let mut out = Vec::new();
	hash(&header.parent_hash)?.encode_to(&mut out);
	codec::Compact(number).encode_to(&mut out);
	hash(&header.state_root)?.encode_to(&mut out);
	hash(&header.extrinsics_root)?.encode_to(&mut out);
	// Each log is already SCALE-encoded (a `DigestItem`).
	codec::Compact(header.digest.logs.len() as u32).encode_to(&mut out);
	for log in &header.digest.logs {
		out.extend(bytes(log)?);
	}
	Ok(out)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn an_attestation_recovers_to_its_signer_with_low_s() {
		let key = k256::ecdsa::SigningKey::from_slice(&[7u8; 32]).unwrap();
		let hash = [9u8; 32];
		let signature = attest(&key, &hash).unwrap();
		// The pallet's own recovery (EVM `ecrecover` rules: low s, v 27 or 28) finds the key.
		let recovered =
			pallet_settlement::attested::recover_signer(&signature, &sp_core::H256(hash));
		assert_eq!(recovered, Some(pallet_address(&key)));
		let s = k256::ecdsa::Signature::from_slice(&signature[..64]).unwrap();
		assert!(s.normalize_s().is_none(), "s is in the lower half");
	}

	fn pallet_address(key: &k256::ecdsa::SigningKey) -> [u8; 20] {
		let point = key.verifying_key().to_encoded_point(false);
		let hash = sp_crypto_hashing::keccak_256(&point.as_bytes()[1..]);
		let mut address = [0u8; 20];
		address.copy_from_slice(&hash[12..]);
		address
	}
}
