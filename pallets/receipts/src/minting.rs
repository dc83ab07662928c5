//! Mint parameters, mint caps and the mint ledger.
//!
//! A settlement of a job paid in AIT mints `units × rate` per share, but never more than the
//! platform fee the settlement burned: an operator that pays itself through a client of its own
//! burns at least what it mints, so self-dealing loses AIT (`docs/economics.md`). That bound
//! and the per-block and per-session caps never stop the settlement: what does not fit is
//! dropped, both shares scaled by the same ratio, and the ledger records what was minted and
//! what was dropped, so `minted + dropped` always equals the accepted units times the rate in
//! force, and `minted` never exceeds the fees burned.

use crate::{pallet::*, types::*};
use aitbc_primitives::SessionIndex;
use frame_support::{pallet_prelude::*, traits::fungible::Mutate};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{CheckedAdd, Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// What `units` compute units mint under the parameters in force, per share.
	pub(crate) fn mint_for(units: u64) -> Result<PerShare<BalanceOf<T>>, DispatchError> {
		Ok(Self::owed_for(u128::from(units), &MintParams::<T>::get())?)
	}

	/// What `units` compute units owe under `params`, per share.
	pub(crate) fn owed_for(
		units: u128,
		params: &MintParameters<BalanceOf<T>>,
	) -> Result<PerShare<BalanceOf<T>>, Error<T>> {
		let units = BalanceOf::<T>::try_from(units).map_err(|_| Error::<T>::Overflow)?;
		params
			.per_unit()
			.checked_scale(units)
			.ok_or(Error::<T>::Overflow)
	}

	/// What the caps still let this block and session mint, and the amounts already minted in
	/// each.
	fn mint_room(
		now: BlockNumberFor<T>,
		session: SessionIndex,
	) -> (BalanceOf<T>, BalanceOf<T>, BalanceOf<T>) {
		let in_block = match MintedInBlock::<T>::get() {
			Some((block, amount)) if block == now => amount,
			_ => Zero::zero(),
		};
		let in_session = match MintedInSession::<T>::get() {
			Some((minted_session, amount)) if minted_session == session => amount,
			_ => Zero::zero(),
		};
		let room = T::MaxMintPerBlock::get()
			.saturating_sub(in_block)
			.min(T::MaxMintPerSession::get().saturating_sub(in_session));
		(room, in_block, in_session)
	}

	/// Mint for `work`, settled for `operator` on jobs paid in AIT, to it and the treasury:
	/// at most `work.mintable` (the part of the fees burned its jobs may mint) and within the
	/// caps; what does not fit is dropped, both shares by the same ratio.
	pub(crate) fn mint_for_work(
		operator: &T::AccountId,
		work: &MintableWork<BalanceOf<T>>,
		now: BlockNumberFor<T>,
		session: SessionIndex,
	) -> DispatchResult {
		let units = work.units;
		let owed = Self::owed_for(units, &MintParams::<T>::get())?;
		let total = owed.total().ok_or(Error::<T>::Overflow)?;
		let (room, in_block, in_session) = Self::mint_room(now, session);
		let room = room.min(work.mintable);
		let minted = if total <= room {
			owed
		} else {
			// A ratio that cannot be computed (amounts beyond 128 bits) drops the whole mint.
			owed.scaled_down(room, total).unwrap_or_default()
		};
		let dropped = owed.checked_sub(&minted).ok_or(Error::<T>::Overflow)?;
		let minted_total = minted.total().ok_or(Error::<T>::Overflow)?;

		Self::mint_shares(operator, &minted)?;
		Ledger::<T>::try_mutate(|ledger| -> Result<(), Error<T>> {
			ledger.epoch_units = ledger
				.epoch_units
				.checked_add(units)
				.ok_or(Error::<T>::Overflow)?;
			ledger.total_units = ledger
				.total_units
				.checked_add(units)
				.ok_or(Error::<T>::Overflow)?;
			ledger.minted = ledger
				.minted
				.checked_add(&minted)
				.ok_or(Error::<T>::Overflow)?;
			ledger.dropped = ledger
				.dropped
				.checked_add(&dropped)
				.ok_or(Error::<T>::Overflow)?;
			ledger.burned = ledger
				.burned
				.checked_add(&work.burned)
				.ok_or(Error::<T>::Overflow)?;
			Ok(())
		})?;
		let in_block = in_block
			.checked_add(&minted_total)
			.ok_or(Error::<T>::Overflow)?;
		let in_session = in_session
			.checked_add(&minted_total)
			.ok_or(Error::<T>::Overflow)?;
		MintedInBlock::<T>::put((now, in_block));
		MintedInSession::<T>::put((session, in_session));
		if !dropped.is_zero() {
			Self::deposit_event(Event::MintCapped {
				operator: operator.clone(),
				dropped,
			});
		}
		Ok(())
	}

	/// Count `units` settled for jobs paid in an asset, which mint nothing.
	pub(crate) fn note_unminted(units: u128) -> DispatchResult {
		Ledger::<T>::try_mutate(|ledger| -> Result<(), Error<T>> {
			ledger.unminted_units = ledger
				.unminted_units
				.checked_add(units)
				.ok_or(Error::<T>::Overflow)?;
			Ok(())
		})?;
		Ok(())
	}

	/// Mint each non-zero share to its recipient.
	fn mint_shares(operator: &T::AccountId, mint: &PerShare<BalanceOf<T>>) -> DispatchResult {
		let treasury = T::TreasuryAccount::get();
		for (to, amount, share) in [
			(operator, mint.coordinator, MintShare::Coordinator),
			(&treasury, mint.treasury, MintShare::Treasury),
		] {
			if amount.is_zero() {
				continue;
			}
			T::Currency::mint_into(to, amount)?;
			Self::deposit_event(Event::Minted {
				to: to.clone(),
				amount,
				share,
			});
		}
		Ok(())
	}

	/// Close the epoch of the parameters in force and open one with `params`.
	pub(crate) fn change_mint_parameters(params: MintParameters<BalanceOf<T>>) -> DispatchResult {
		let old = MintParams::<T>::get();
		Ledger::<T>::try_mutate(|ledger| -> Result<(), Error<T>> {
			let owed = Self::owed_for(ledger.epoch_units, &old)?;
			ledger.closed_epochs = ledger
				.closed_epochs
				.checked_add(&owed)
				.ok_or(Error::<T>::Overflow)?;
			ledger.epoch_units = 0;
			Ok(())
		})?;
		MintParams::<T>::put(params);
		Ok(())
	}
}
