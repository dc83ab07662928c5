//! Runtime API of the staking pallet.
//!
//! The runtime implements it by calling, on its `Staking` pallet: `operator_bond` →
//! `Staking::operator_ledger`, `delegations_of` → `Staking::delegations_of`, `pending_slashes` →
//! `Staking::pending_slashes`, `claimable_rewards` → `Staking::claimable_rewards`.

use crate::types::{DelegationView, OperatorLedger, SlashId, UnappliedSlash};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Bonds, delegations, pending slashes and claimable rewards.
	pub trait StakingApi<AccountId, AssetId, Balance, BlockNumber>
	where
		AccountId: Codec,
		AssetId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// The operator's bond, unbonding and commission, if it is bonded.
		fn operator_bond(operator: AccountId) -> Option<OperatorLedger<Balance, BlockNumber>>;
		/// Every delegation to `operator`.
		fn delegations_of(operator: AccountId) -> Vec<DelegationView<AccountId, AssetId, Balance, BlockNumber>>;
		/// Unapplied slashes of `operator`, vetoable until they ripen.
		fn pending_slashes(operator: AccountId) -> Vec<(SlashId, UnappliedSlash<AccountId, BlockNumber>)>;
		/// What `who` could claim from `operator` now (with its commission if `who` is `operator`).
		fn claimable_rewards(who: AccountId, operator: AccountId) -> Balance;
	}
}
