//! What the node's slot worker and import verifier, Polkadot.js Apps and the `aitbc` CLI ask
//! the runtime about authorship.

use crate::types::{EpochSummary, SlotRecord};
use aitbc_primitives::authorship::SlotClaim;
use alloc::vec::Vec;
use codec::Codec;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::{traits::Block as BlockT, OpaqueValue};

sp_api::decl_runtime_apis! {
	/// Compute-weighted authorship.
	pub trait ComputeAuthorshipApi<AccountId: Codec> {
		/// Who may seal a child of this block at `slot`, and what its VRF signs. `None` if
		/// there are no authorities.
		fn slot_claim(slot: u64) -> Option<SlotClaim<AuraId>>;
		/// The epoch under way: its mode, randomness, and each authority's share.
		fn current_epoch() -> Option<EpochSummary<AccountId>>;
		/// The next epoch, already fixed.
		fn next_epoch() -> Option<EpochSummary<AccountId>>;
		/// How each authority of the current epoch has used its slots so far.
		fn slot_records() -> Vec<(AccountId, SlotRecord)>;
		/// The session from which blocks are authored by weight, if governance set one.
		fn handover_session() -> Option<u32>;
		/// Submits an unsigned report of `offender` sealing `header` in a slot not its own to
		/// the transaction pool (the node registers the pool as an extension first).
		fn submit_wrong_slot_report(
			header: <Block as BlockT>::Header,
			offender: AuraId,
			key_owner_proof: OpaqueValue,
		) -> Option<()>;
	}
}
