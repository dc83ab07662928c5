//! Moving escrowed money.
//!
//! AIT stays in the depositor's account on hold under [`HoldReason::Escrow`]. Assets move into
//! the pallet's account. `pallet-assets` silently sweeps ("dusts") an account left below the
//! asset's minimum balance, which would lose escrowed funds; so every open asset escrow holds
//! at least that minimum, a payout leaves the pallet account either empty or at least at the
//! minimum after every single transfer, and an asset fee below the minimum is waived.

use crate::{types::Payout, Config, Error, EscrowInfo, HoldReason, Pallet, PlatformFee};
use aitbc_primitives::PaymentAsset;
use alloc::vec::Vec;
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{self, MutateHold as _},
		fungibles,
		tokens::{DepositConsequence, Fortitude, Precision, Preservation, Provenance, Restriction},
	},
};
use sp_runtime::traits::{AccountIdConversion, Zero};

impl<T: Config> Pallet<T> {
	/// The account that keeps escrowed assets.
	pub fn account_id() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	pub(crate) fn hold_reason() -> T::RuntimeHoldReason {
		HoldReason::Escrow.into()
	}

	/// Move `amount` from `from` into escrow.
	pub(crate) fn take_in(
		asset: &PaymentAsset<T::AssetId>,
		from: &T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		match asset {
			PaymentAsset::Native => T::Currency::hold(&Self::hold_reason(), from, amount),
			PaymentAsset::Asset(id) => {
				ensure!(
					amount >= <T::Assets as fungibles::Inspect<_>>::minimum_balance(*id),
					Error::<T>::BelowAssetMinimum
				);
				let pot = Self::account_id();
				// A non-sufficient asset can only be held by an account that exists; the pot
				// keeps this provider reference for good.
				if frame_system::Pallet::<T>::providers(&pot) == 0 {
					frame_system::Pallet::<T>::inc_providers(&pot);
				}
				<T::Assets as fungibles::Mutate<_>>::transfer(
					*id,
					from,
					&pot,
					amount,
					Preservation::Preserve,
				)
				.map(|_| ())
			}
		}
	}

	/// The platform fee on `amount` paid to a beneficiary. A fee the treasury cannot receive
	/// (for example below the minimum balance of a new account) is waived rather than blocking
	/// the payment.
	pub(crate) fn fee_on(asset: &PaymentAsset<T::AssetId>, amount: T::Balance) -> T::Balance {
		let fee = PlatformFee::<T>::get().mul_floor(amount);
		if fee.is_zero() {
			return fee;
		}
		let treasury = T::TreasuryAccount::get();
		let receivable = match asset {
			PaymentAsset::Native => {
				<T::Currency as fungible::Inspect<_>>::can_deposit(
					&treasury,
					fee,
					Provenance::Extant,
				) == DepositConsequence::Success
			}
			PaymentAsset::Asset(id) => {
				fee >= <T::Assets as fungibles::Inspect<_>>::minimum_balance(*id)
					&& <T::Assets as fungibles::Inspect<_>>::can_deposit(
						*id,
						&treasury,
						fee,
						Provenance::Extant,
					) == DepositConsequence::Success
			}
		};
		if receivable {
			fee
		} else {
			Zero::zero()
		}
	}

	/// Pay out of `info` as `payout` says. The smaller of the payee's and the depositor's parts
	/// goes first and the fee (zero or at least the asset minimum) last, so that the pallet
	/// account is never left holding less than an asset's minimum balance while it still
	/// holds something.
	pub(crate) fn pay_out(
		info: &EscrowInfo<T>,
		payee: &T::AccountId,
		payout: &Payout<T::Balance>,
	) -> DispatchResult {
		let treasury = T::TreasuryAccount::get();
		let mut legs: Vec<(&T::AccountId, T::Balance)> = Vec::from([
			(payee, payout.to_payee),
			(&info.depositor, payout.to_depositor),
		]);
		legs.sort_by_key(|(_, amount)| *amount);
		legs.push((&treasury, payout.fee));
		for (to, amount) in legs {
			if !amount.is_zero() {
				Self::pay_leg(&info.asset, &info.depositor, to, amount)?;
			}
		}
		Ok(())
	}

	fn pay_leg(
		asset: &PaymentAsset<T::AssetId>,
		depositor: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> DispatchResult {
		match asset {
			PaymentAsset::Native if to == depositor => {
				T::Currency::release(&Self::hold_reason(), depositor, amount, Precision::Exact)?;
			}
			PaymentAsset::Native => {
				T::Currency::transfer_on_hold(
					&Self::hold_reason(),
					depositor,
					to,
					amount,
					Precision::Exact,
					Restriction::Free,
					Fortitude::Polite,
				)?;
			}
			PaymentAsset::Asset(id) => {
				let pot = Self::account_id();
				// Only a transfer that empties the pot may let its asset account go.
				let preservation =
					if <T::Assets as fungibles::Inspect<_>>::balance(*id, &pot) == amount {
						Preservation::Expendable
					} else {
						Preservation::Preserve
					};
				<T::Assets as fungibles::Mutate<_>>::transfer(*id, &pot, to, amount, preservation)?;
			}
		}
		Ok(())
	}
}
