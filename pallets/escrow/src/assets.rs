//! The governance allow-list of assets that may be escrowed ([`EscrowAssets`]).
//!
//! An asset's admin can `force_transfer` or `burn` from any account holding it, and its freezer
//! can freeze one, the asset's pot included. Escrowed in an asset its creator controls, a
//! payment could be taken from the pot between `lock` and settlement, so the operator who did
//! the work is never paid. Only governance decides which assets are trustworthy enough.

use crate::{Config, Error, EscrowAssets, Event, Pallet};
use frame_support::{pallet_prelude::*, traits::fungibles};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_set_escrow_asset(asset: T::AssetId, allowed: bool) -> DispatchResult {
		if allowed {
			ensure!(
				!EscrowAssets::<T>::contains_key(asset),
				Error::<T>::AlreadyEscrowAsset
			);
			// An id listed before its asset exists would go to whoever creates it first, as
			// its admin.
			ensure!(
				<T::Assets as fungibles::Inspect<_>>::asset_exists(asset),
				Error::<T>::UnknownAsset
			);
			ensure!(
				EscrowAssets::<T>::count() < T::MaxEscrowAssets::get(),
				Error::<T>::TooManyEscrowAssets
			);
			EscrowAssets::<T>::insert(asset, ());
		} else {
			ensure!(
				EscrowAssets::<T>::contains_key(asset),
				Error::<T>::NotEscrowAsset
			);
			EscrowAssets::<T>::remove(asset);
		}
		Self::deposit_event(Event::EscrowAssetSet { asset, allowed });
		Ok(())
	}
}
