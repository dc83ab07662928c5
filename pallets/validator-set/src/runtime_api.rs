//! The validator set's runtime API: what Polkadot.js Apps, the `aitbc` CLI and the node's
//! equivocation reporter ask the runtime.

use alloc::vec::Vec;
use codec::Codec;
use sp_runtime::{traits::Block as BlockT, OpaqueValue};

/// A key-ownership proof, encoded, as it travels between the node and the runtime.
pub type OpaqueKeyOwnershipProof = OpaqueValue;

sp_api::decl_runtime_apis! {
	/// The governed validator set and Aura equivocation reports.
	pub trait ValidatorSetApi<AccountId: Codec, AuthorityId: Codec> {
		/// The governed set (sorted).
		fn validators() -> Vec<AccountId>;
		/// The set last handed to `pallet-session`: it validates from the next session.
		fn planned() -> Vec<AccountId>;
		/// A proof that `authority` belongs to a validator of the session current at the block
		/// this is called at, if it does. Called at a reported header's parent, it proves the
		/// key for the session that authored the header.
		fn generate_aura_key_ownership_proof(authority: AuthorityId) -> Option<OpaqueKeyOwnershipProof>;
		/// Submits an unsigned Aura equivocation report to the transaction pool (the node
		/// registers the pool as an extension first). `None` if it could not be submitted.
		fn submit_aura_equivocation_report(
			equivocation_proof: sp_consensus_slots::EquivocationProof<<Block as BlockT>::Header, AuthorityId>,
			key_owner_proof: OpaqueKeyOwnershipProof,
		) -> Option<()>;
	}
}
