//! The slot worker: at each slot, asks the runtime who may seal it on top of the best block;
//! if that key is in the keystore, signs the slot's VRF with it, builds the block and seals it.

use super::{slot_claim, SlotClaim, LOG_TARGET};
use aitbc_primitives::authorship::{WeightedPreDigest, ENGINE_ID};
use aitbc_runtime::{opaque::Block, AccountId};
use codec::Encode;
use futures::{Future, TryFutureExt};
use pallet_compute_authorship::runtime_api::ComputeAuthorshipApi;
use sc_consensus::{BlockImport, BlockImportParams, ForkChoiceStrategy, StateAction};
use sc_consensus_slots::{
	SimpleSlotWorker, SimpleSlotWorkerToSlotWorker, SlotInfo, SlotProportion, StorageChanges,
};
use sc_telemetry::TelemetryHandle;
use sp_api::ProvideRuntimeApi;
use sp_application_crypto::{AppCrypto, ByteArray};
use sp_consensus::{Environment, Error as ConsensusError, Proposer, SelectChain, SyncOracle};
use sp_consensus_aura::{
	sr25519::{AuthorityId as AuraId, AuthorityPair as AuraPair, AuthoritySignature},
	AuraApi,
};
use sp_consensus_slots::{Slot, SlotDuration};
use sp_core::sr25519::vrf::VrfSignature;
use sp_inherents::CreateInherentDataProviders;
use sp_keystore::KeystorePtr;
use sp_runtime::DigestItem;
use std::{pin::Pin, sync::Arc, time::Duration};

type Header = <Block as sp_runtime::traits::Block>::Header;

/// What the worker holds between slots.
pub struct WeightedWorker<C, E, I, SO, L> {
	pub client: Arc<C>,
	pub block_import: I,
	pub env: E,
	pub keystore: KeystorePtr,
	pub sync_oracle: SO,
	pub justification_sync_link: L,
	pub force_authoring: bool,
	pub block_proposal_slot_portion: SlotProportion,
	pub telemetry: Option<TelemetryHandle>,
	/// Network tests only: claim every slot with the first authority key in the keystore.
	pub unsafe_seal_every_slot: bool,
}

/// A claimed slot: the key that seals it and its VRF signature.
pub struct Claim {
	key: AuraId,
	vrf: VrfSignature,
}

/// The slot's claim at the parent, and how many authorities there are (a lone authority
/// authors while offline).
pub struct SlotContext {
	claim: Option<SlotClaim<AuraId>>,
	authorities: usize,
}

#[async_trait::async_trait]
impl<C, E, I, SO, L, Error> SimpleSlotWorker<Block> for WeightedWorker<C, E, I, SO, L>
where
	C: ProvideRuntimeApi<Block> + Send + Sync,
	C::Api: ComputeAuthorshipApi<Block, AccountId> + AuraApi<Block, AuraId>,
	E: Environment<Block, Error = Error> + Send + Sync,
	E::Proposer: Proposer<Block, Error = Error>,
	I: BlockImport<Block> + Send + Sync + 'static,
	SO: SyncOracle + Send + Clone + Sync,
	L: sc_consensus::JustificationSyncLink<Block>,
	Error: std::error::Error + Send + From<ConsensusError> + 'static,
{
	type BlockImport = I;
	type SyncOracle = SO;
	type JustificationSyncLink = L;
	type CreateProposer =
		Pin<Box<dyn Future<Output = Result<E::Proposer, ConsensusError>> + Send + 'static>>;
	type Proposer = E::Proposer;
	type Claim = Claim;
	type AuxData = SlotContext;

	fn logging_target(&self) -> &'static str {
		LOG_TARGET
	}

	fn block_import(&mut self) -> &mut Self::BlockImport {
		&mut self.block_import
	}

	fn aux_data(&self, header: &Header, slot: Slot) -> Result<SlotContext, ConsensusError> {
		let parent = header.hash();
		let claim =
			slot_claim(&*self.client, parent, slot).map_err(ConsensusError::ClientImport)?;
		let authorities = self
			.client
			.runtime_api()
			.authorities(parent)
			.map(|a| a.len())
			.map_err(|_| ConsensusError::InvalidAuthoritiesSet)?;
		Ok(SlotContext { claim, authorities })
	}

	fn authorities_len(&self, context: &SlotContext) -> Option<usize> {
		Some(context.authorities)
	}

	async fn claim_slot(
		&mut self,
		header: &Header,
		slot: Slot,
		context: &SlotContext,
	) -> Option<Claim> {
		let claim = context.claim.as_ref()?;
		let owns = |key: &AuraId| self.keystore.has_keys(&[(key.to_raw_vec(), AuraId::ID)]);
		let key = if owns(&claim.author) {
			claim.author.clone()
		} else if self.unsafe_seal_every_slot {
			let authorities = self.client.runtime_api().authorities(header.hash()).ok()?;
			let own = authorities.into_iter().find(|key| owns(key))?;
			log::warn!(target: LOG_TARGET, "sealing slot {slot}, which is not ours (--unsafe-seal-every-slot)");
			own
		} else {
			return None;
		};
		match self
			.keystore
			.sr25519_vrf_sign(AuraId::ID, key.as_ref(), &claim.vrf_sign_data(*slot))
		{
			Ok(Some(vrf)) => Some(Claim { key, vrf }),
			Ok(None) => None,
			Err(e) => {
				log::error!(target: LOG_TARGET, "could not sign the VRF of slot {slot}: {e}");
				None
			}
		}
	}

	fn pre_digest_data(&self, slot: Slot, claim: &Claim) -> Vec<DigestItem> {
		vec![
			sc_consensus_aura::standalone::pre_digest::<AuraPair>(slot),
			DigestItem::PreRuntime(
				ENGINE_ID,
				WeightedPreDigest {
					vrf: claim.vrf.clone(),
				}
				.encode(),
			),
		]
	}

	async fn block_import_params(
		&self,
		header: Header,
		header_hash: &<Block as sp_runtime::traits::Block>::Hash,
		body: Vec<<Block as sp_runtime::traits::Block>::Extrinsic>,
		storage_changes: StorageChanges<Block>,
		claim: Claim,
		_context: SlotContext,
	) -> Result<BlockImportParams<Block>, ConsensusError> {
		let seal = sc_consensus_aura::standalone::seal::<_, AuraPair>(
			header_hash,
			&claim.key,
			&self.keystore,
		)?;
		let mut import_block = BlockImportParams::new(sp_consensus::BlockOrigin::Own, header);
		import_block.post_digests.push(seal);
		import_block.body = Some(body);
		import_block.state_action =
			StateAction::ApplyChanges(sc_consensus::StorageChanges::Changes(storage_changes));
		import_block.fork_choice = Some(ForkChoiceStrategy::LongestChain);
		Ok(import_block)
	}

	fn force_authoring(&self) -> bool {
		self.force_authoring
	}

	fn sync_oracle(&mut self) -> &mut Self::SyncOracle {
		&mut self.sync_oracle
	}

	fn justification_sync_link(&mut self) -> &mut Self::JustificationSyncLink {
		&mut self.justification_sync_link
	}

	fn proposer(&mut self, block: &Header) -> Self::CreateProposer {
		Box::pin(
			self.env
				.init(block)
				.map_err(|e| ConsensusError::ClientImport(format!("{e:?}"))),
		)
	}

	fn telemetry(&self) -> Option<TelemetryHandle> {
		self.telemetry.clone()
	}

	fn proposing_remaining_duration(&self, slot_info: &SlotInfo<Block>) -> Duration {
		let parent_slot =
			sc_consensus_aura::standalone::find_pre_digest::<Block, AuthoritySignature>(
				&slot_info.chain_head,
			)
			.ok();
		sc_consensus_slots::proposing_remaining_duration(
			parent_slot,
			slot_info,
			&self.block_proposal_slot_portion,
			None,
			sc_consensus_slots::SlotLenienceType::Exponential,
			LOG_TARGET,
		)
	}
}

/// The authoring task: the worker driven by `sc-consensus-slots`' slot timer.
pub fn start<C, E, I, SO, L, SC, CIDP, Error>(
	slot_duration: SlotDuration,
	select_chain: SC,
	worker: WeightedWorker<C, E, I, SO, L>,
	create_inherent_data_providers: CIDP,
) -> impl Future<Output = ()>
where
	C: ProvideRuntimeApi<Block> + Send + Sync,
	C::Api: ComputeAuthorshipApi<Block, AccountId> + AuraApi<Block, AuraId>,
	E: Environment<Block, Error = Error> + Send + Sync,
	E::Proposer: Proposer<Block, Error = Error>,
	I: BlockImport<Block> + Send + Sync + 'static,
	SO: SyncOracle + Send + Clone + Sync,
	L: sc_consensus::JustificationSyncLink<Block>,
	Error: std::error::Error + Send + From<ConsensusError> + 'static,
	SC: SelectChain<Block>,
	CIDP: CreateInherentDataProviders<Block, ()> + Send + 'static,
	CIDP::InherentDataProviders: sc_consensus_slots::InherentDataProviderExt + Send,
{
	let sync_oracle = worker.sync_oracle.clone();
	sc_consensus_slots::start_slot_worker(
		slot_duration,
		select_chain,
		SimpleSlotWorkerToSlotWorker(worker),
		sync_oracle,
		create_inherent_data_providers,
	)
}
