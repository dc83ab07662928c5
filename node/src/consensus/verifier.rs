//! The import verifier: every block from the network is checked here before it is executed.
//! The slot must not be in the future, the seal must be the slot's author's (the runtime's claim
//! at the parent), and the author's VRF signature must verify (and be there at all in a weighted
//! epoch). A block sealed by another authority of the set is refused and reported as an offence
//! (`ComputeAuthorship::report_wrong_slot_unsigned`) from this node's pool.

use super::{slot_claim, LOG_TARGET};
use aitbc_primitives::authorship::{WeightedPreDigest, ENGINE_ID};
use aitbc_runtime::{opaque::Block, AccountId};
use codec::Decode;
use pallet_compute_authorship::runtime_api::ComputeAuthorshipApi;
use pallet_validator_set::runtime_api::ValidatorSetApi;
use sc_consensus::{BlockImportParams, ForkChoiceStrategy, Verifier};
use sc_consensus_aura::standalone::{
	check_header_slot_and_seal, find_pre_digest, SealVerificationError,
};
use sc_consensus_slots::InherentDataProviderExt;
use sc_transaction_pool_api::OffchainTransactionPoolFactory;
use sp_api::{ApiExt, ProvideRuntimeApi};
use sp_application_crypto::RuntimeAppPublic;
use sp_block_builder::BlockBuilder as BlockBuilderApi;
use sp_consensus_aura::{
	inherents::AuraInherentData,
	sr25519::{AuthorityId as AuraId, AuthorityPair as AuraPair, AuthoritySignature},
	AuraApi, AURA_ENGINE_ID,
};
use sp_core::crypto::VrfPublic;
use sp_inherents::{CreateInherentDataProviders, InherentDataProvider as _};
use sp_runtime::{
	traits::{Block as BlockT, Header as _},
	DigestItem,
};
use std::sync::Arc;

type Header = <Block as BlockT>::Header;

pub struct WeightedVerifier<C, CIDP> {
	client: Arc<C>,
	create_inherent_data_providers: CIDP,
	/// Where wrong-slot reports go: this node's own pool.
	pool: Option<OffchainTransactionPoolFactory<Block>>,
}

impl<C, CIDP> WeightedVerifier<C, CIDP> {
	pub fn new(
		client: Arc<C>,
		create_inherent_data_providers: CIDP,
		pool: Option<OffchainTransactionPoolFactory<Block>>,
	) -> Self {
		Self {
			client,
			create_inherent_data_providers,
			pool,
		}
	}
}

/// The VRF pre-digest of `header`, if it has exactly one that decodes.
fn vrf_pre_digest(header: &Header) -> Result<Option<WeightedPreDigest>, String> {
	let mut found = None;
	for item in header.digest().logs() {
		if let DigestItem::PreRuntime(id, data) = item {
			if *id == ENGINE_ID {
				if found.is_some() {
					return Err("more than one VRF pre-digest".into());
				}
				found = Some(
					WeightedPreDigest::decode(&mut &data[..])
						.map_err(|e| format!("a VRF pre-digest that does not decode: {e}"))?,
				);
			}
		}
	}
	Ok(found)
}

impl<C, CIDP> WeightedVerifier<C, CIDP>
where
	C: ProvideRuntimeApi<Block> + Send + Sync,
	C::Api: ComputeAuthorshipApi<Block, AccountId>
		+ AuraApi<Block, AuraId>
		+ ValidatorSetApi<Block, AccountId, AuraId>,
{
	/// The authority of the set at `parent` whose seal `header` carries, if any.
	fn sealed_by(&self, header: &Header, parent: <Block as BlockT>::Hash) -> Option<AuraId> {
		let mut pre_header = header.clone();
		let signature = match pre_header.digest_mut().pop()? {
			DigestItem::Seal(id, data) if id == AURA_ENGINE_ID => {
				AuthoritySignature::decode(&mut &data[..]).ok()?
			}
			_ => return None,
		};
		let hash = pre_header.hash();
		let authorities = self.client.runtime_api().authorities(parent).ok()?;
		authorities
			.into_iter()
			.find(|key| key.verify(&hash, &signature))
	}

	/// Reports `offender` for sealing `header` in a slot not its own.
	fn report_wrong_slot(&self, header: Header, offender: AuraId) {
		let Some(pool) = self.pool.as_ref() else {
			return;
		};
		let parent = *header.parent_hash();
		log::warn!(target: LOG_TARGET, "authority {offender:?} sealed block {:?} in a slot not its own", header.hash());
		let proof = match self
			.client
			.runtime_api()
			.generate_aura_key_ownership_proof(parent, offender.clone())
		{
			Ok(Some(proof)) => proof,
			Ok(None) => {
				log::warn!(target: LOG_TARGET, "its key is not in the session: not reported");
				return;
			}
			Err(e) => {
				log::error!(target: LOG_TARGET, "key-ownership proof failed: {e}");
				return;
			}
		};
		let mut api = self.client.runtime_api();
		api.register_extension(pool.offchain_transaction_pool(parent));
		match api.submit_wrong_slot_report(parent, header, offender, proof) {
			Ok(Some(())) => log::info!(target: LOG_TARGET, "reported the wrong-slot seal"),
			Ok(None) => {
				log::error!(target: LOG_TARGET, "the runtime refused the wrong-slot report")
			}
			Err(e) => {
				log::error!(target: LOG_TARGET, "submitting the wrong-slot report failed: {e}")
			}
		}
	}
}

#[async_trait::async_trait]
impl<C, CIDP> Verifier<Block> for WeightedVerifier<C, CIDP>
where
	C: ProvideRuntimeApi<Block> + sc_client_api::AuxStore + Send + Sync,
	C::Api: ComputeAuthorshipApi<Block, AccountId>
		+ AuraApi<Block, AuraId>
		+ ValidatorSetApi<Block, AccountId, AuraId>
		+ BlockBuilderApi<Block>
		+ ApiExt<Block>,
	CIDP: CreateInherentDataProviders<Block, ()> + Send + Sync,
	CIDP::InherentDataProviders: InherentDataProviderExt + Send + Sync,
{
	async fn verify(
		&self,
		mut block: BlockImportParams<Block>,
	) -> Result<BlockImportParams<Block>, String> {
		// Blocks that come with their state (warp and state sync) are not executed here, and
		// their finality proofs vouch for them.
		if block.with_state() || block.state_action.skip_execution_checks() {
			block.fork_choice = Some(ForkChoiceStrategy::Custom(block.with_state()));
			return Ok(block);
		}
		let hash = block.header.hash();
		let parent = *block.header.parent_hash();
		let providers = self
			.create_inherent_data_providers
			.create_inherent_data_providers(parent, ())
			.await
			.map_err(|e| format!("inherent data providers: {e}"))?;
		let mut inherent_data = providers
			.create_inherent_data()
			.await
			.map_err(|e| format!("inherent data: {e}"))?;
		let slot_now = providers.slot();

		let slot = find_pre_digest::<Block, AuthoritySignature>(&block.header)
			.map_err(|e| format!("block {hash:?}: {e}"))?;
		let claim = slot_claim(&*self.client, parent, slot)?
			.ok_or_else(|| format!("block {hash:?}: slot {slot} has no author"))?;

		let (pre_header, slot, seal) = match check_header_slot_and_seal::<Block, AuraPair>(
			slot_now + 1,
			block.header.clone(),
			core::slice::from_ref(&claim.author),
		) {
			Ok(checked) => checked,
			Err(SealVerificationError::Deferred(_, slot)) => {
				return Err(format!(
					"block {hash:?} rejected: slot {slot} is too far in the future"
				))
			}
			Err(SealVerificationError::BadSignature) => {
				if let Some(offender) = self.sealed_by(&block.header, parent) {
					self.report_wrong_slot(block.header.clone(), offender.clone());
					return Err(format!(
						"block {hash:?} rejected: sealed by {offender:?}, but slot {slot} is {:?}'s",
						claim.author
					));
				}
				return Err(format!(
					"block {hash:?} rejected: a bad seal for slot {slot}"
				));
			}
			Err(e) => return Err(format!("block {hash:?} rejected: {e}")),
		};

		match (vrf_pre_digest(&pre_header)?, claim.requires_vrf()) {
			(Some(digest), _) => {
				let public: &sp_core::sr25519::Public = claim.author.as_ref();
				if !public.vrf_verify(&claim.vrf_sign_data(*slot), &digest.vrf) {
					return Err(format!("block {hash:?} rejected: its VRF does not verify"));
				}
			}
			(None, true) => {
				return Err(format!(
					"block {hash:?} rejected: a weighted slot without a VRF"
				))
			}
			(None, false) => {}
		}

		if let Some(proof) = sc_consensus_slots::check_equivocation(
			&*self.client,
			slot_now + 1,
			slot,
			&pre_header,
			&claim.author,
		)
		.map_err(|e| e.to_string())?
		{
			log::info!(
				target: LOG_TARGET,
				"slot author is equivocating at slot {slot} with headers {:?} and {:?}",
				proof.first_header.hash(),
				proof.second_header.hash(),
			);
		}

		if let Some(body) = block.body.take() {
			let checked = Block::new(pre_header.clone(), body);
			inherent_data.aura_replace_inherent_data(slot);
			sp_block_builder::check_inherents_with_data(
				self.client.clone(),
				parent,
				checked.clone(),
				&providers,
				inherent_data,
			)
			.await
			.map_err(|e| format!("block {hash:?}: inherents: {e:?}"))?;
			let (_, body) = checked.deconstruct();
			block.body = Some(body);
		}

		block.header = pre_header;
		block.post_digests.push(seal);
		block.fork_choice = Some(ForkChoiceStrategy::LongestChain);
		block.post_hash = Some(hash);
		Ok(block)
	}
}
