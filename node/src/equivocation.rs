//! Reports authorities that seal two blocks for one slot (in Aura epochs and weighted ones: the
//! blocks have Aura's seal either way).
//!
//! The import verifier notices such blocks but only logs them. This task watches every imported
//! block, remembers which header each authority sealed for each recent slot, and when a second,
//! different header of the same authority and slot arrives it asks the runtime for a proof that
//! the key belonged to a validator of the session that authored the headers (at the header's
//! parent) and submits an unsigned `ValidatorSet::report_aura_equivocation_unsigned` through
//! the node's own transaction pool, which the runtime validates. GRANDPA's voter reports its own
//! equivocations the same way.

use aitbc_runtime::opaque::{Block, Header};
use futures::StreamExt;
use pallet_compute_authorship::runtime_api::ComputeAuthorshipApi;
use pallet_validator_set::runtime_api::ValidatorSetApi;
use sc_client_api::BlockchainEvents;
use sc_transaction_pool_api::OffchainTransactionPoolFactory;
use sp_api::{ApiExt, ProvideRuntimeApi};
use sp_consensus_aura::{sr25519::AuthorityId as AuraId, Slot};
use sp_runtime::traits::Header as _;
use std::{
	collections::{BTreeMap, BTreeSet},
	sync::Arc,
};

const LOG_TARGET: &str = "aura-equivocation";

/// How many slots back a header is remembered: about an hour at six-second slots.
const SLOT_WINDOW: u64 = 600;

pub async fn report_aura_equivocations<C>(
	client: Arc<C>,
	pool: OffchainTransactionPoolFactory<Block>,
) where
	C: BlockchainEvents<Block> + ProvideRuntimeApi<Block> + Send + Sync + 'static,
	C::Api: ComputeAuthorshipApi<Block, aitbc_runtime::AccountId>
		+ sp_consensus_aura::AuraApi<Block, AuraId>
		+ ValidatorSetApi<Block, aitbc_runtime::AccountId, AuraId>,
{
	let mut seen: BTreeMap<(Slot, AuraId), Header> = BTreeMap::new();
	let mut reported: BTreeSet<(Slot, AuraId)> = BTreeSet::new();
	let mut imports = client.import_notification_stream();
	while let Some(imported) = imports.next().await {
		let header = imported.header;
		let Ok(slot) = sc_consensus_aura::standalone::find_pre_digest::<
			Block,
			sp_consensus_aura::sr25519::AuthoritySignature,
		>(&header) else {
			continue;
		};
		let parent = *header.parent_hash();
		let Ok(Some(claim)) = crate::consensus::slot_claim(&*client, parent, slot) else {
			continue;
		};
		let author = claim.author;
		let oldest = Slot::from(u64::from(slot).saturating_sub(SLOT_WINDOW));
		seen.retain(|(s, _), _| *s >= oldest);
		reported.retain(|(s, _)| *s >= oldest);
		let key = (slot, author.clone());
		match seen.get(&key) {
			None => {
				seen.insert(key, header);
			}
			Some(first) if first.hash() != header.hash() && !reported.contains(&key) => {
				let proof = sp_consensus_slots::EquivocationProof {
					offender: author.clone(),
					slot,
					first_header: first.clone(),
					second_header: header,
				};
				reported.insert(key.clone());
				submit(&*client, &pool, parent, proof);
			}
			Some(_) => {}
		}
	}
}

fn submit<C>(
	client: &C,
	pool: &OffchainTransactionPoolFactory<Block>,
	parent: <Block as sp_runtime::traits::Block>::Hash,
	proof: sp_consensus_slots::EquivocationProof<Header, AuraId>,
) where
	C: ProvideRuntimeApi<Block>,
	C::Api: ValidatorSetApi<Block, aitbc_runtime::AccountId, AuraId>,
{
	log::warn!(target: LOG_TARGET, "authority {:?} sealed two blocks for slot {}", proof.offender, proof.slot);
	let key_owner_proof = match client
		.runtime_api()
		.generate_aura_key_ownership_proof(parent, proof.offender.clone())
	{
		Ok(Some(p)) => p,
		Ok(None) => {
			log::warn!(target: LOG_TARGET, "its key is not in the session that authored the slot: not reported");
			return;
		}
		Err(e) => {
			log::error!(target: LOG_TARGET, "key-ownership proof failed: {e}");
			return;
		}
	};
	let mut api = client.runtime_api();
	api.register_extension(pool.offchain_transaction_pool(parent));
	match api.submit_aura_equivocation_report(parent, proof, key_owner_proof) {
		Ok(Some(())) => log::info!(target: LOG_TARGET, "reported the equivocation"),
		Ok(None) => log::error!(target: LOG_TARGET, "the runtime refused the report"),
		Err(e) => log::error!(target: LOG_TARGET, "submitting the report failed: {e}"),
	}
}
