//! Block authorship: the slot worker that seals the slots the runtime gives this node's keys,
//! and the import verifier that checks every block's author before executing it.
//!
//! The runtime decides who may seal each slot (`ComputeAuthorshipApi::slot_claim`, asked at the
//! block's parent): Aura's turn order before the handover governance schedules, the
//! compute-weighted schedule after it (or from genesis on a chain that starts weighted). So one
//! worker and one verifier serve both kinds of epoch, and a node syncing from genesis follows
//! the whole history. Blocks keep Aura's shape (an `aura` slot pre-digest and an sr25519 `aura`
//! seal) plus the author's VRF signature (`aitbc_primitives::authorship`), which the verifier
//! checks and the runtime folds into its randomness. GRANDPA finalizes, unchanged, following
//! the authority set `pallet-session` hands it.
//!
//! - [`worker`]: `sc-consensus-slots`' `SimpleSlotWorker`: claims a slot whose claim names a key
//!   in the keystore, signs the VRF, proposes, seals.
//! - [`verifier`]: refuses a block sealed by anyone but the slot's author, without the VRF a
//!   weighted epoch requires, or with a VRF that does not verify; reports an authority that
//!   sealed a slot not its own; checks inherents as Aura's verifier does.

pub mod verifier;
pub mod worker;

use aitbc_primitives::authorship::AuthorshipMode;
use aitbc_runtime::{opaque::Block, AccountId};
use pallet_compute_authorship::runtime_api::ComputeAuthorshipApi;
use sp_api::{ApiExt, ProvideRuntimeApi};
use sp_consensus_aura::{
	sr25519::{AuthorityId as AuraId, AuthorityPair as AuraPair},
	AuraApi,
};
use sp_consensus_slots::Slot;

pub use aitbc_primitives::authorship::SlotClaim;

const LOG_TARGET: &str = "authorship";

/// Who may seal a child of `parent` at `slot`, as the runtime at `parent` says. A runtime from
/// before `ComputeAuthorship` (the early history of a chain that started on Aura) has no answer:
/// then Aura's rule, `slot % n` over its authorities, with no VRF.
pub fn slot_claim<C>(
	client: &C,
	parent: <Block as sp_runtime::traits::Block>::Hash,
	slot: Slot,
) -> Result<Option<SlotClaim<AuraId>>, String>
where
	C: ProvideRuntimeApi<Block>,
	C::Api: ComputeAuthorshipApi<Block, AccountId> + AuraApi<Block, AuraId>,
{
	let api = client.runtime_api();
	let failed = |e: sp_api::ApiError| {
		format!("the runtime at {parent:?} cannot say who seals slot {slot}: {e}")
	};
	if api
		.has_api::<dyn ComputeAuthorshipApi<Block, AccountId>>(parent)
		.map_err(failed)?
	{
		return api.slot_claim(parent, *slot).map_err(failed);
	}
	let authorities = api.authorities(parent).map_err(failed)?;
	let author =
		sc_consensus_aura::standalone::slot_author::<AuraPair>(slot, &authorities).cloned();
	Ok(author.map(|author| SlotClaim {
		author,
		mode: AuthorshipMode::Aura,
		epoch: 0,
		randomness: Default::default(),
	}))
}
