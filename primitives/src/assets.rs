//! Moving a `fungibles` asset so that the receiver really gets it.
//!
//! `pallet-assets` (54) credits the receiver of a `fungibles::Mutate::transfer` through
//! `Unbalanced::increase_balance`, which refuses a credit that would overflow the asset's supply,
//! as a mint would; frame-support's default `transfer` ignores that refusal after it has debited
//! the sender. For an asset whose issuer minted more than half of `u128::MAX`, a transfer could
//! thus take the sender's asset and credit nobody (the runtime fuzzer found it through a
//! delegation). [`transfer_credited`] checks what the receiver got and otherwise fails, with the
//! debit undone, also where no extrinsic would roll it back (a hook paying out an escrow).

use frame_support::{
	storage::with_storage_layer,
	traits::tokens::{fungibles, Preservation},
};
use sp_runtime::{traits::CheckedSub, ArithmeticError, DispatchError};

/// `fungibles::Mutate::transfer`, refused with `Arithmetic(Overflow)` unless `to` was credited
/// exactly what `from` was debited. Returns the amount moved.
pub fn transfer_credited<AccountId, F>(
	asset: F::AssetId,
	from: &AccountId,
	to: &AccountId,
	amount: F::Balance,
	preservation: Preservation,
) -> Result<F::Balance, DispatchError>
where
	AccountId: Eq,
	F: fungibles::Mutate<AccountId>,
{
	with_storage_layer(|| {
		let before = F::balance(asset.clone(), to);
		let moved = F::transfer(asset.clone(), from, to, amount, preservation)?;
		if from != to && F::balance(asset, to).checked_sub(&before) != Some(moved) {
			return Err(ArithmeticError::Overflow.into());
		}
		Ok(moved)
	})
}
