//! Operator bonds and delegations: holding, scheduling and releasing stake.

use crate::{pallet::*, types::*};
use aitbc_primitives::{
	assets::transfer_credited,
	traits::{OperatorRegistry, StakeInfo},
	PaymentAsset, SessionIndex,
};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		fungibles,
		tokens::{Fortitude, Precision, Preservation},
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{CheckedAdd, CheckedSub, Saturating, Zero},
	Perbill,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_bond(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(
			!Operators::<T>::contains_key(&who),
			Error::<T>::AlreadyOperator
		);
		ensure!(amount >= T::MinOperatorBond::get(), Error::<T>::BondTooLow);
		T::Currency::hold(&HoldReason::OperatorBond.into(), &who, amount)?;
		Operators::<T>::insert(
			&who,
			OperatorLedger {
				bond: amount,
				unbonding: None,
				commission: Perbill::zero(),
			},
		);
		Self::deposit_event(Event::Bonded {
			operator: who,
			amount,
		});
		Ok(())
	}

	pub(crate) fn do_bond_extra(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::InvalidAmount);
		let mut ledger = Operators::<T>::get(&who).ok_or(Error::<T>::NotOperator)?;
		// Adding to a bond that is all unbonding would let a leaving operator look active.
		ensure!(!ledger.is_leaving(), Error::<T>::OperatorNotActive);
		ledger.bond = ledger
			.bond
			.checked_add(&amount)
			.ok_or(Error::<T>::Overflow)?;
		T::Currency::hold(&HoldReason::OperatorBond.into(), &who, amount)?;
		Operators::<T>::insert(&who, ledger);
		Self::deposit_event(Event::Bonded {
			operator: who,
			amount,
		});
		Ok(())
	}

	pub(crate) fn do_schedule_unbond(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		let mut ledger = Operators::<T>::get(&who).ok_or(Error::<T>::NotOperator)?;
		ensure!(ledger.unbonding.is_none(), Error::<T>::UnbondingInProgress);
		Self::check_unbond_amount(
			ledger.bond,
			amount,
			T::MinOperatorBond::get(),
			Error::<T>::BondTooLow,
		)?;
		ensure!(
			T::Services::active_services(&who) == 0,
			Error::<T>::HasActiveServices
		);
		let unlock_at = Self::now().saturating_add(T::UnbondingDelay::get());
		ledger.unbonding = Some(Unbonding { amount, unlock_at });
		Operators::<T>::insert(&who, ledger);
		Self::deposit_event(Event::UnbondScheduled {
			operator: who,
			amount,
			unlock_at,
		});
		Ok(())
	}

	pub(crate) fn do_withdraw_unbonded(who: T::AccountId) -> DispatchResult {
		let mut ledger = Operators::<T>::get(&who).ok_or(Error::<T>::NotOperator)?;
		let unbonding = ledger.unbonding.ok_or(Error::<T>::NothingUnbonding)?;
		ensure!(
			Self::now() >= unbonding.unlock_at,
			Error::<T>::UnbondingNotReady
		);
		ensure!(
			T::Services::active_services(&who) == 0,
			Error::<T>::HasActiveServices
		);
		// A slash during the delay may have left less than was scheduled.
		let amount = unbonding.amount.min(ledger.bond);
		// Bond added after the last accusation or offence may leave; the rest is what open
		// disputes and unapplied slashes will take their fraction of.
		ensure!(
			ledger.bond.saturating_sub(amount) >= Self::exposed_bond(&who),
			Error::<T>::SlashPending
		);
		T::Currency::release(
			&HoldReason::OperatorBond.into(),
			&who,
			amount,
			Precision::Exact,
		)?;
		ledger.bond = ledger.bond.saturating_sub(amount);
		ledger.unbonding = None;
		Self::deposit_event(Event::Unbonded {
			operator: who.clone(),
			amount,
		});
		if ledger.bond.is_zero() {
			Operators::<T>::remove(&who);
			PendingCommissions::<T>::remove(&who);
			Self::deposit_event(Event::OperatorLeft { operator: who });
		} else {
			Operators::<T>::insert(&who, ledger);
		}
		Ok(())
	}

	/// Schedule `commission` for the next reward session. The session running now is paid out
	/// at its end with the commission it started with: an operator that raised it just before
	/// a payout would take what its delegators had earned under the old rate.
	pub(crate) fn do_set_commission(who: T::AccountId, commission: Perbill) -> DispatchResult {
		ensure!(
			commission <= T::MaxCommission::get(),
			Error::<T>::CommissionTooHigh
		);
		let mut ledger = Operators::<T>::get(&who).ok_or(Error::<T>::NotOperator)?;
		let current = CurrentSession::<T>::get();
		if let Some(pending) = PendingCommissions::<T>::get(&who) {
			if pending.from_session < current {
				// In force since an earlier session, whose predecessor's payout is over: it
				// becomes the ledger's commission.
				ledger.commission = pending.commission;
			} else if pending.from_session == current {
				// In force for the running session while the previous one may still be paying
				// out with the ledger's rate; neither can be overwritten yet.
				return Err(Error::<T>::CommissionChangePending.into());
			}
			// Otherwise it applies to no session yet and is simply replaced.
		}
		let from_session = current.checked_add(1).ok_or(Error::<T>::Overflow)?;
		Operators::<T>::insert(&who, ledger);
		PendingCommissions::<T>::insert(
			&who,
			PendingCommission {
				commission,
				from_session,
			},
		);
		Self::deposit_event(Event::CommissionSet {
			operator: who,
			commission,
			from_session,
		});
		Ok(())
	}

	/// The commission `operator` takes from the rewards of `session` (`None` if not bonded).
	pub fn commission_for(operator: &T::AccountId, session: SessionIndex) -> Option<Perbill> {
		Operators::<T>::get(operator).map(|ledger| Self::commission_in(operator, &ledger, session))
	}

	fn commission_in(
		operator: &T::AccountId,
		ledger: &LedgerOf<T>,
		session: SessionIndex,
	) -> Perbill {
		match PendingCommissions::<T>::get(operator) {
			Some(pending) if pending.from_session <= session => pending.commission,
			_ => ledger.commission,
		}
	}

	/// The smallest delegation of `asset`, if it may be delegated.
	fn min_delegation(asset: &AssetOf<T>) -> Option<BalanceOf<T>> {
		match asset {
			PaymentAsset::Native => Some(T::MinDelegation::get()),
			PaymentAsset::Asset(id) => DelegationAssets::<T>::get(id),
		}
	}

	pub(crate) fn do_set_delegation_asset(
		asset: T::AssetId,
		minimum: Option<BalanceOf<T>>,
	) -> DispatchResult {
		let listed = DelegationAssets::<T>::contains_key(asset);
		let count = DelegationAssetCount::<T>::get();
		match minimum {
			Some(min) => {
				// A zero minimum would let dust fill an operator's delegation slots.
				ensure!(!min.is_zero(), Error::<T>::ZeroMinimum);
				if !listed {
					ensure!(
						count < T::MaxDelegationAssets::get(),
						Error::<T>::TooManyDelegationAssets
					);
					DelegationAssetCount::<T>::put(count.saturating_add(1));
				}
				DelegationAssets::<T>::insert(asset, min);
			}
			None => {
				if listed {
					DelegationAssets::<T>::remove(asset);
					DelegationAssetCount::<T>::put(count.saturating_sub(1));
				}
			}
		}
		Self::deposit_event(Event::DelegationAssetSet { asset, minimum });
		Ok(())
	}

	pub(crate) fn do_delegate(
		who: T::AccountId,
		operator: T::AccountId,
		asset: AssetOf<T>,
		amount: BalanceOf<T>,
		blueprints: SelectionOf<T>,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::InvalidAmount);
		ensure!(
			!matches!(&blueprints, BlueprintSelection::Only(list) if list.is_empty()),
			Error::<T>::EmptyBlueprintSelection
		);
		ensure!(
			Self::is_active_operator(&operator),
			Error::<T>::OperatorNotActive
		);
		let minimum = Self::min_delegation(&asset).ok_or(Error::<T>::AssetNotDelegatable)?;
		let key = (who.clone(), asset);
		let mut pool = Pools::<T>::get(&operator);
		let existing = Delegations::<T>::get(&operator, &key);
		let mut delegation = match existing {
			Some(mut delegation) => {
				// Narrowing the selection could dodge a slash under review.
				ensure!(
					delegation.blueprints == blueprints,
					Error::<T>::BlueprintSelectionMismatch
				);
				// Exposed stake is the delegation's amount; growing it would make the
				// newcomer stake pay for an older accusation or offence.
				ensure!(
					!Self::is_exposed(&operator, &delegation),
					Error::<T>::SlashPending
				);
				Self::settle_rewards(&pool, &asset, &mut delegation);
				delegation.amount = delegation
					.amount
					.checked_add(&amount)
					.ok_or(Error::<T>::Overflow)?;
				delegation
			}
			None => {
				ensure!(
					pool.delegations < T::MaxDelegationsPerOperator::get(),
					Error::<T>::TooManyDelegations
				);
				pool.delegations = pool.delegations.saturating_add(1);
				DelegatorLinks::<T>::mutate(&who, &operator, |links| {
					*links = links.saturating_add(1)
				});
				Delegation {
					amount,
					unbonding: None,
					blueprints,
					reward_snapshot: pool.reward_per_share,
					pending_rewards: Zero::zero(),
					since: Self::now(),
				}
			}
		};
		ensure!(delegation.amount >= minimum, Error::<T>::DelegationTooLow);
		match asset {
			PaymentAsset::Native => {
				pool.native_stake = pool
					.native_stake
					.checked_add(&amount)
					.ok_or(Error::<T>::Overflow)?;
				T::Currency::hold(&HoldReason::Delegation.into(), &who, amount)?;
			}
			PaymentAsset::Asset(id) => {
				let total = AssetTotals::<T>::get(id)
					.checked_add(&amount)
					.ok_or(Error::<T>::Overflow)?;
				transfer_credited::<_, T::Assets>(
					id,
					&who,
					&Self::account_id(),
					amount,
					Preservation::Preserve,
				)?;
				AssetTotals::<T>::insert(id, total);
			}
		}
		delegation.reward_snapshot = pool.reward_per_share;
		Delegations::<T>::insert(&operator, &key, delegation);
		Pools::<T>::insert(&operator, pool);
		Self::deposit_event(Event::Delegated {
			delegator: who,
			operator,
			asset,
			amount,
		});
		Ok(())
	}

	pub(crate) fn do_schedule_undelegation(
		who: T::AccountId,
		operator: T::AccountId,
		asset: AssetOf<T>,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		let key = (who.clone(), asset);
		let mut delegation =
			Delegations::<T>::get(&operator, &key).ok_or(Error::<T>::NoDelegation)?;
		ensure!(
			delegation.unbonding.is_none(),
			Error::<T>::UnbondingInProgress
		);
		// A delisted asset has no minimum left: its delegations may leave in any parts.
		Self::check_unbond_amount(
			delegation.amount,
			amount,
			Self::min_delegation(&asset).unwrap_or_else(Zero::zero),
			Error::<T>::DelegationTooLow,
		)?;
		let unlock_at = Self::now().saturating_add(T::UndelegationDelay::get());
		delegation.unbonding = Some(Unbonding { amount, unlock_at });
		Delegations::<T>::insert(&operator, &key, delegation);
		Self::deposit_event(Event::UndelegationScheduled {
			delegator: who,
			operator,
			asset,
			amount,
			unlock_at,
		});
		Ok(())
	}

	pub(crate) fn do_withdraw_undelegated(
		who: T::AccountId,
		operator: T::AccountId,
		asset: AssetOf<T>,
	) -> DispatchResult {
		let key = (who.clone(), asset);
		let mut delegation =
			Delegations::<T>::get(&operator, &key).ok_or(Error::<T>::NoDelegation)?;
		let unbonding = delegation.unbonding.ok_or(Error::<T>::NothingUnbonding)?;
		ensure!(
			Self::now() >= unbonding.unlock_at,
			Error::<T>::UnbondingNotReady
		);
		ensure!(
			!Self::is_exposed(&operator, &delegation),
			Error::<T>::SlashPending
		);
		let mut pool = Pools::<T>::get(&operator);
		Self::settle_rewards(&pool, &asset, &mut delegation);
		// A slash during the delay may have left less than was scheduled.
		let amount = unbonding.amount.min(delegation.amount);
		match asset {
			PaymentAsset::Native => {
				T::Currency::release(
					&HoldReason::Delegation.into(),
					&who,
					amount,
					Precision::Exact,
				)?;
				pool.native_stake = pool.native_stake.saturating_sub(amount);
			}
			PaymentAsset::Asset(id) => Self::release_asset(id, Some(&who), amount)?,
		}
		delegation.amount = delegation.amount.saturating_sub(amount);
		delegation.unbonding = None;
		Self::store_delegation(&operator, &key, delegation, &mut pool);
		Pools::<T>::insert(&operator, pool);
		Self::deposit_event(Event::Undelegated {
			delegator: who,
			operator,
			asset,
			amount,
		});
		Ok(())
	}

	/// Move `amount` of a delegated asset out of the pallet account to `to`, or burn it when
	/// `to` is `None`.
	pub(crate) fn release_asset(
		id: T::AssetId,
		to: Option<&T::AccountId>,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		let remaining = AssetTotals::<T>::get(id)
			.checked_sub(&amount)
			.ok_or(Error::<T>::Overflow)?;
		// Keep the pallet account alive while it still owes others this asset.
		let preservation = if remaining.is_zero() {
			Preservation::Expendable
		} else {
			Preservation::Preserve
		};
		let pallet = Self::account_id();
		match to {
			Some(to) => {
				transfer_credited::<_, T::Assets>(id, &pallet, to, amount, preservation)?;
			}
			None => {
				<T::Assets as fungibles::Mutate<_>>::burn_from(
					id,
					&pallet,
					amount,
					preservation,
					Precision::Exact,
					Fortitude::Polite,
				)?;
			}
		}
		AssetTotals::<T>::insert(id, remaining);
		Ok(())
	}

	/// `amount` may leave `staked` if it is not zero, not more than staked, and leaves either
	/// nothing or at least `minimum` behind (otherwise `too_low`).
	fn check_unbond_amount(
		staked: BalanceOf<T>,
		amount: BalanceOf<T>,
		minimum: BalanceOf<T>,
		too_low: Error<T>,
	) -> DispatchResult {
		ensure!(
			!amount.is_zero() && amount <= staked,
			Error::<T>::InvalidAmount
		);
		let remaining = staked.saturating_sub(amount);
		ensure!(remaining.is_zero() || remaining >= minimum, too_low);
		Ok(())
	}

	/// Keep a delegation while it has stake or unclaimed rewards; otherwise forget it.
	pub(crate) fn store_delegation(
		operator: &T::AccountId,
		key: &(T::AccountId, AssetOf<T>),
		delegation: DelegationOf<T>,
		pool: &mut DelegatorPool<BalanceOf<T>>,
	) {
		if delegation.amount.is_zero() && delegation.pending_rewards.is_zero() {
			Delegations::<T>::remove(operator, key);
			pool.delegations = pool.delegations.saturating_sub(1);
			DelegatorLinks::<T>::mutate_exists(&key.0, operator, |links| {
				*links = links
					.map(|count| count.saturating_sub(1))
					.filter(|count| *count > 0);
			});
		} else {
			Delegations::<T>::insert(operator, key, delegation);
		}
	}

	pub(crate) fn now() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
	}
}

impl<T: Config> StakeInfo<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn operator_bond(who: &T::AccountId) -> Option<BalanceOf<T>> {
		Operators::<T>::get(who).map(|ledger| ledger.bond)
	}

	fn is_active_operator(who: &T::AccountId) -> bool {
		Operators::<T>::get(who).is_some_and(|ledger| !ledger.is_leaving())
	}

	fn delegates_to(delegator: &T::AccountId, operator: &T::AccountId) -> bool {
		DelegatorLinks::<T>::contains_key(delegator, operator)
	}
}

/// Queries behind the runtime API.
impl<T: Config> Pallet<T> {
	/// The operator's ledger, with the commission in force in the running session.
	pub fn operator_ledger(operator: &T::AccountId) -> Option<LedgerOf<T>> {
		Operators::<T>::get(operator).map(|mut ledger| {
			ledger.commission = Self::commission_in(operator, &ledger, CurrentSession::<T>::get());
			ledger
		})
	}

	pub fn delegations_of(
		operator: &T::AccountId,
	) -> alloc::vec::Vec<DelegationView<T::AccountId, T::AssetId, BalanceOf<T>, BlockNumberFor<T>>>
	{
		Delegations::<T>::iter_prefix(operator)
			.map(|((delegator, asset), delegation)| DelegationView {
				delegator,
				asset,
				amount: delegation.amount,
				unbonding: delegation.unbonding,
				blueprints: match delegation.blueprints {
					BlueprintSelection::All => None,
					BlueprintSelection::Only(list) => Some(list.into_inner()),
				},
			})
			.collect()
	}

	pub fn pending_slashes(operator: &T::AccountId) -> alloc::vec::Vec<(SlashId, SlashOf<T>)> {
		UnappliedSlashes::<T>::iter()
			.filter(|(_, slash)| slash.operator == *operator)
			.collect()
	}
}
