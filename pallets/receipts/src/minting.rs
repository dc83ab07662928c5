//! Mint parameters, mint caps and the mint ledger.

use crate::{pallet::*, types::*};
use aitbc_primitives::SessionIndex;
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{CheckedAdd, Zero};

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

	/// The block's and the session's minted totals after minting `mint`, if both stay within
	/// their caps.
	pub(crate) fn check_mint_caps(
		mint: &PerShare<BalanceOf<T>>,
		now: BlockNumberFor<T>,
		session: SessionIndex,
	) -> Result<(BalanceOf<T>, BalanceOf<T>), DispatchError> {
		let total = mint.total().ok_or(Error::<T>::Overflow)?;

		let in_block = match MintedInBlock::<T>::get() {
			Some((block, amount)) if block == now => amount,
			_ => Zero::zero(),
		};
		let in_block = in_block.checked_add(&total).ok_or(Error::<T>::Overflow)?;
		ensure!(
			in_block <= T::MaxMintPerBlock::get(),
			Error::<T>::BlockMintCapExceeded
		);

		let in_session = match MintedInSession::<T>::get() {
			Some((minted_session, amount)) if minted_session == session => amount,
			_ => Zero::zero(),
		};
		let in_session = in_session.checked_add(&total).ok_or(Error::<T>::Overflow)?;
		ensure!(
			in_session <= T::MaxMintPerSession::get(),
			Error::<T>::SessionMintCapExceeded
		);

		Ok((in_block, in_session))
	}

	/// Count a mint of `mint` for `units` in the ledger and against the caps.
	pub(crate) fn note_minted(
		units: u64,
		mint: &PerShare<BalanceOf<T>>,
		now: BlockNumberFor<T>,
		session: SessionIndex,
		in_block: BalanceOf<T>,
		in_session: BalanceOf<T>,
	) -> DispatchResult {
		Ledger::<T>::try_mutate(|ledger| -> Result<(), Error<T>> {
			let units = u128::from(units);
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
				.checked_add(mint)
				.ok_or(Error::<T>::Overflow)?;
			Ok(())
		})?;
		MintedInBlock::<T>::put((now, in_block));
		MintedInSession::<T>::put((session, in_session));
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
