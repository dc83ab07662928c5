//! Moving escrowed money.
//!
//! AIT stays in the depositor's account on hold under [`HoldReason::Escrow`]. An asset moves
//! into that asset's own pot, [`Pallet::pot_of`], a sub-account of [`Config::PalletId`]; only
//! assets governance listed in [`EscrowAssets`] may be escrowed at all.
//!
//! - **One pot per asset.** Every non-sufficient asset an account holds takes one of its
//!   consumer references (at most `MaxConsumers`, 16 in the runtime). With one shared pot,
//!   about 15 junk assets filled it and blocked escrows in every other non-sufficient asset;
//!   now a pot holds one asset only, so no asset can crowd out another. A pot gets one provider
//!   reference when first used (a non-sufficient asset can only be held by an account that
//!   exists) and keeps it: an empty pot is just an account entry, and there are at most as
//!   many pots as assets ever listed, each created at a deposit and listed by governance.
//! - **A drain stays in its asset.** An asset's admin may `force_transfer` or `burn` from
//!   any account of its asset, the pot included, and its freezer may freeze the pot. The
//!   allow-list keeps assets whose admin is not trusted out of escrow altogether, and the
//!   per-asset pot bounds what a listed admin that turns bad can touch to escrows in its own
//!   asset.
//! - **No dust.** `pallet-assets` silently sweeps ("dusts") an account left below the asset's
//!   minimum balance, which would lose escrowed funds; so every open asset escrow holds at
//!   least that minimum, a payout leaves the pot either empty or at least at the minimum after
//!   every single transfer, and an asset fee below the minimum is waived.

use crate::{
	types::Payout, Config, Error, EscrowAssets, EscrowInfo, HoldReason, Pallet, PlatformFee,
};
use aitbc_primitives::{assets::transfer_credited, PaymentAsset};
use alloc::vec::Vec;
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::MutateHold as _,
		fungibles,
		tokens::{DepositConsequence, Fortitude, Precision, Preservation, Provenance, Restriction},
	},
};
use sp_runtime::traits::{AccountIdConversion, Zero};

impl<T: Config> Pallet<T> {
	/// The pot that keeps the open escrows in `asset_id`, and nothing else: a sub-account of
	/// [`Config::PalletId`] per asset, so one asset's junk or its admin cannot reach another's.
	pub fn pot_of(asset_id: T::AssetId) -> T::AccountId {
		T::PalletId::get().into_sub_account_truncating(asset_id)
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
				// An asset whose admin governance does not trust could be taken from the pot
				// by that admin (`force_transfer`, `burn`), robbing whoever is owed it.
				ensure!(
					EscrowAssets::<T>::contains_key(id),
					Error::<T>::AssetNotEscrowable
				);
				ensure!(
					amount >= <T::Assets as fungibles::Inspect<_>>::minimum_balance(*id),
					Error::<T>::BelowAssetMinimum
				);
				let pot = Self::pot_of(*id);
				// A non-sufficient asset can only be held by an account that exists; the pot
				// keeps this provider reference for good (bounded: one pot per listed asset).
				if frame_system::Pallet::<T>::providers(&pot) == 0 {
					frame_system::Pallet::<T>::inc_providers(&pot);
				}
				transfer_credited::<_, T::Assets>(*id, from, &pot, amount, Preservation::Preserve)
					.map(|_| ())
			}
		}
	}

	/// The platform fee on `amount` paid to a beneficiary. A fee in AIT is burned, so the
	/// receipts pallet can mint for a job at most what its fee took out of circulation and
	/// self-dealing cannot print AIT. A fee in an asset goes to the treasury; one the treasury
	/// cannot receive (for example below the asset's minimum balance) is waived rather than
	/// blocking the payment.
	pub(crate) fn fee_on(asset: &PaymentAsset<T::AssetId>, amount: T::Balance) -> T::Balance {
		let fee = PlatformFee::<T>::get().mul_floor(amount);
		if fee.is_zero() {
			return fee;
		}
		let treasury = T::TreasuryAccount::get();
		let receivable = match asset {
			PaymentAsset::Native => true,
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

	/// Pay out of `info` as `payout` says: an AIT fee is burned from the hold. The smaller of the
	/// payee's and the depositor's parts goes first and an asset fee (zero or at least the asset
	/// minimum) last, so that the pallet
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
		let burn_fee = info.asset == PaymentAsset::Native;
		if !burn_fee {
			legs.push((&treasury, payout.fee));
		}
		for (to, amount) in legs {
			if !amount.is_zero() {
				Self::pay_leg(&info.asset, &info.depositor, to, amount)?;
			}
		}
		if burn_fee && !payout.fee.is_zero() {
			T::Currency::burn_held(
				&Self::hold_reason(),
				&info.depositor,
				payout.fee,
				Precision::Exact,
				Fortitude::Force,
			)?;
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
				let pot = Self::pot_of(*id);
				// Only a transfer that empties the pot may let its asset account go.
				let preservation =
					if <T::Assets as fungibles::Inspect<_>>::balance(*id, &pot) == amount {
						Preservation::Expendable
					} else {
						Preservation::Preserve
					};
				transfer_credited::<_, T::Assets>(*id, &pot, to, amount, preservation)?;
			}
		}
		Ok(())
	}
}
