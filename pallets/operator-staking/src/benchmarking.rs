//! Benchmarks, each call at its worst case.

use super::*;
use aitbc_primitives::{
	traits::{Offence, OffenceKind, OffenceReporter, OnVerifiedWork},
	PaymentAsset,
};
use codec::{Decode, Encode};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, Get, Hooks},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::{
	traits::{Saturating, TrailingZeroInput, Zero},
	Perbill,
};

const SEED: u32 = 0;
const BLUEPRINT: u64 = 1;

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, SEED);
	let amount = T::MinOperatorBond::get()
		.saturating_add(T::MinDelegation::get())
		.saturating_mul(1_000u32.into());
	T::Currency::set_balance(&who, amount);
	who
}

fn bonded_operator<T: Config>() -> T::AccountId {
	let operator = funded::<T>("operator", 0);
	assert!(Pallet::<T>::do_bond(
		operator.clone(),
		T::MinOperatorBond::get().saturating_mul(10u32.into())
	)
	.is_ok());
	operator
}

fn native_delegations<T: Config>(operator: &T::AccountId, count: u32) {
	for i in 0..count {
		let delegator = funded::<T>("delegator", i);
		assert!(Pallet::<T>::do_delegate(
			delegator,
			operator.clone(),
			PaymentAsset::Native,
			T::MinDelegation::get().saturating_mul(2u32.into()),
			BlueprintSelection::All,
		)
		.is_ok());
	}
}

fn report_slash<T: Config>(operator: &T::AccountId) {
	assert!(
		<Pallet<T> as OffenceReporter<T::AccountId>>::report(Offence {
			offender: operator.clone(),
			blueprint_id: BLUEPRINT,
			service_id: None,
			fraction: Perbill::from_percent(10),
			kind: OffenceKind::SlaBreach,
		})
		.is_ok()
	);
}

fn ripe_block<T: Config>() -> BlockNumberFor<T> {
	frame_system::Pallet::<T>::block_number().saturating_add(T::SlashDeferDuration::get())
}

/// A reward source able to pay, one fully incentivized blueprint, and the pallet account with
/// its existential deposit (the runtime endows it at genesis).
fn fund_rewards<T: Config>() {
	let ed = <T::Currency as frame_support::traits::fungible::Inspect<_>>::minimum_balance();
	T::Currency::set_balance(&Pallet::<T>::account_id(), ed);
	let source = T::RewardSource::get();
	T::Currency::set_balance(
		&source,
		T::MinOperatorBond::get().saturating_mul(1_000_000u32.into()),
	);
	RewardPoolPerSession::<T>::put(T::MinOperatorBond::get());
	assert!(Pallet::<T>::do_set_blueprint_incentive(BLUEPRINT, Some(Perbill::one())).is_ok());
}

/// The first block that closes a session.
fn session_boundary<T: Config>() -> BlockNumberFor<T> {
	let length = T::SessionLength::get();
	if length.is_zero() {
		1u32.into()
	} else {
		length
	}
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn bond() {
		let who = funded::<T>("operator", 0);
		let amount = T::MinOperatorBond::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), amount);
		assert_eq!(Operators::<T>::get(&who).map(|l| l.bond), Some(amount));
	}

	#[benchmark]
	fn bond_extra() {
		let operator = bonded_operator::<T>();
		let extra = T::MinOperatorBond::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(operator.clone()), extra);
		assert!(Operators::<T>::get(&operator).is_some());
	}

	#[benchmark]
	fn schedule_unbond() {
		let operator = bonded_operator::<T>();
		let bonded = Operators::<T>::get(&operator)
			.map(|l| l.bond)
			.unwrap_or_default();
		#[extrinsic_call]
		_(RawOrigin::Signed(operator.clone()), bonded);
		assert!(Operators::<T>::get(&operator).is_some_and(|l| l.is_leaving()));
	}

	#[benchmark]
	fn withdraw_unbonded() {
		let operator = bonded_operator::<T>();
		let bonded = Operators::<T>::get(&operator)
			.map(|l| l.bond)
			.unwrap_or_default();
		assert!(Pallet::<T>::do_schedule_unbond(operator.clone(), bonded).is_ok());
		frame_system::Pallet::<T>::set_block_number(
			frame_system::Pallet::<T>::block_number().saturating_add(T::UnbondingDelay::get()),
		);
		#[extrinsic_call]
		_(RawOrigin::Signed(operator.clone()));
		assert!(Operators::<T>::get(&operator).is_none());
	}

	#[benchmark]
	fn set_commission() {
		let operator = bonded_operator::<T>();
		let commission = T::MaxCommission::get();
		// Worst case: an earlier change already in force is folded into the ledger.
		assert!(Pallet::<T>::do_set_commission(operator.clone(), Perbill::zero()).is_ok());
		CurrentSession::<T>::mutate(|s| *s = s.saturating_add(2));
		#[extrinsic_call]
		_(RawOrigin::Signed(operator.clone()), commission);
		assert_eq!(
			PendingCommissions::<T>::get(&operator).map(|p| p.commission),
			Some(commission)
		);
	}

	#[benchmark]
	fn delegate() {
		let operator = bonded_operator::<T>();
		native_delegations::<T>(
			&operator,
			T::MaxDelegationsPerOperator::get().saturating_sub(1),
		);
		let delegator = funded::<T>("new delegator", 0);
		let selection = BlueprintSelection::Only(BoundedVec::truncate_from(
			(0..T::MaxBlueprintsPerDelegation::get().into()).collect(),
		));
		#[extrinsic_call]
		_(
			RawOrigin::Signed(delegator.clone()),
			operator.clone(),
			PaymentAsset::Native,
			T::MinDelegation::get(),
			selection,
		);
		assert!(Delegations::<T>::contains_key(
			&operator,
			(delegator, PaymentAsset::Native)
		));
	}

	#[benchmark]
	fn schedule_undelegation() {
		let operator = bonded_operator::<T>();
		native_delegations::<T>(&operator, 1);
		let delegator: T::AccountId = account("delegator", 0, SEED);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(delegator.clone()),
			operator.clone(),
			PaymentAsset::Native,
			T::MinDelegation::get(),
		);
		assert!(
			Delegations::<T>::get(&operator, (delegator, PaymentAsset::Native))
				.is_some_and(|d| d.unbonding.is_some())
		);
	}

	#[benchmark]
	fn withdraw_undelegated() {
		let operator = bonded_operator::<T>();
		// Worst case: the delegation names every blueprint it may, each with an open
		// accusation that it does not back (it came later), so every record is read.
		let delegator = funded::<T>("delegator", 0);
		for id in 0..T::MaxBlueprintsPerDelegation::get() {
			assert!(
				<Pallet<T> as OffenceReporter<T::AccountId>>::note_accusation(&operator, id.into())
					.is_ok()
			);
		}
		frame_system::Pallet::<T>::set_block_number(
			frame_system::Pallet::<T>::block_number().saturating_add(1u32.into()),
		);
		let selection = BlueprintSelection::Only(BoundedVec::truncate_from(
			(0..T::MaxBlueprintsPerDelegation::get().into()).collect(),
		));
		let all = T::MinDelegation::get().saturating_mul(2u32.into());
		assert!(Pallet::<T>::do_delegate(
			delegator.clone(),
			operator.clone(),
			PaymentAsset::Native,
			all,
			selection
		)
		.is_ok());
		assert!(Pallet::<T>::do_schedule_undelegation(
			delegator.clone(),
			operator.clone(),
			PaymentAsset::Native,
			all
		)
		.is_ok());
		frame_system::Pallet::<T>::set_block_number(
			frame_system::Pallet::<T>::block_number().saturating_add(T::UndelegationDelay::get()),
		);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(delegator.clone()),
			operator.clone(),
			PaymentAsset::Native,
		);
		assert!(!Delegations::<T>::contains_key(
			&operator,
			(delegator, PaymentAsset::Native)
		));
	}

	#[benchmark]
	fn cancel_slash() -> Result<(), BenchmarkError> {
		let operator = bonded_operator::<T>();
		for _ in 0..T::MaxSlashesProcessedPerBlock::get() {
			report_slash::<T>(&operator);
		}
		let origin =
			T::VetoOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 0);
		assert!(!UnappliedSlashes::<T>::contains_key(0));
		Ok(())
	}

	#[benchmark]
	fn apply_slash(d: Linear<0, { T::MaxDelegationsPerOperator::get() }>) {
		let operator = bonded_operator::<T>();
		native_delegations::<T>(&operator, d);
		for _ in 0..T::MaxSlashesProcessedPerBlock::get() {
			report_slash::<T>(&operator);
		}
		frame_system::Pallet::<T>::set_block_number(ripe_block::<T>());
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), 0);
		assert!(!UnappliedSlashes::<T>::contains_key(0));
	}

	/// `s` ripe slashes in one bucket at the cursor; further buckets and skipped slashes are
	/// charged by the queue's weight model.
	#[benchmark]
	fn on_initialize_slashes(
		s: Linear<0, { T::MaxSlashesProcessedPerBlock::get().min(T::MaxSlashesPerBlock::get()) }>,
	) {
		let operator = bonded_operator::<T>();
		native_delegations::<T>(&operator, T::MaxDelegationsPerOperator::get());
		let ripe = ripe_block::<T>();
		for _ in 0..s {
			report_slash::<T>(&operator);
		}
		frame_system::Pallet::<T>::set_block_number(ripe);
		#[block]
		{
			Pallet::<T>::apply_queued_slashes(ripe);
		}
		assert!(UnappliedSlashes::<T>::iter().next().is_none());
	}

	/// A boundary block at its worst: it funds the closed session (a tally holding as many
	/// blueprints as may be incentivized, so one transfer for all of them), pays `p` entries of
	/// `p` operators with AIT delegators, and finishes the session's payout.
	#[benchmark]
	fn close_session(p: Linear<0, { T::MaxPayoutsPerBlock::get() }>) {
		fund_rewards::<T>();
		let blueprints = T::MaxIncentivizedBlueprints::get().max(1);
		let share = Perbill::from_rational(1u32, blueprints);
		assert!(Pallet::<T>::do_set_blueprint_incentive(BLUEPRINT, None).is_ok());
		for id in 0..blueprints {
			assert!(Pallet::<T>::do_set_blueprint_incentive(id.into(), Some(share)).is_ok());
		}
		for i in 0..p {
			let operator = funded::<T>("operator", i);
			assert!(Pallet::<T>::do_bond(operator.clone(), T::MinOperatorBond::get()).is_ok());
			native_delegations::<T>(&operator, 1);
			let blueprint = u64::from(i % blueprints);
			<Pallet<T> as OnVerifiedWork<T::AccountId>>::on_verified_work(
				&operator,
				blueprint,
				10,
				1_000_000_000_000,
			);
		}
		let boundary = session_boundary::<T>();
		#[block]
		{
			Pallet::<T>::on_initialize(boundary);
		}
		assert!(SessionPoints::<T>::iter().next().is_none());
		assert!(CurrentPayout::<T>::get().is_none());
	}

	#[benchmark]
	fn set_slash_destination() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, SlashDestination::Burn);
		assert_eq!(SlashDestinationSetting::<T>::get(), SlashDestination::Burn);
		Ok(())
	}

	#[benchmark]
	fn set_reward_pool() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let amount = T::MinOperatorBond::get();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, amount);
		assert_eq!(RewardPoolPerSession::<T>::get(), amount);
		Ok(())
	}

	#[benchmark]
	fn set_blueprint_incentive() -> Result<(), BenchmarkError> {
		let max = T::MaxIncentivizedBlueprints::get();
		let share = Perbill::from_rational(1u32, max.max(1));
		for id in 1..max {
			assert!(Pallet::<T>::do_set_blueprint_incentive(id.into(), Some(share)).is_ok());
		}
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 0, Some(share));
		assert!(BlueprintIncentives::<T>::get().contains_key(&0));
		Ok(())
	}

	#[benchmark]
	fn claim_rewards() {
		fund_rewards::<T>();
		let operator = bonded_operator::<T>();
		native_delegations::<T>(&operator, 1);
		let delegator: T::AccountId = account("delegator", 0, SEED);
		<Pallet<T> as OnVerifiedWork<T::AccountId>>::on_verified_work(
			&operator,
			BLUEPRINT,
			10,
			1_000_000_000_000,
		);
		Pallet::<T>::on_initialize(session_boundary::<T>());
		#[extrinsic_call]
		_(RawOrigin::Signed(delegator.clone()), operator.clone());
		assert!(!TotalRewardsPaid::<T>::get().is_zero());
	}

	#[benchmark]
	fn set_delegation_asset() -> Result<(), BenchmarkError> {
		// Worst case: listing a new asset next to `MaxDelegationAssets - 1` others.
		let asset_id = |i: u32| {
			T::AssetId::decode(&mut TrailingZeroInput::new(&i.encode()))
				.map_err(|_| BenchmarkError::Weightless)
		};
		let max = T::MaxDelegationAssets::get();
		for i in 1..max {
			assert!(Pallet::<T>::do_set_delegation_asset(
				asset_id(i)?,
				Some(T::MinDelegation::get())
			)
			.is_ok());
		}
		let asset = asset_id(max.saturating_add(1))?;
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			asset,
			Some(T::MinDelegation::get()),
		);
		assert!(DelegationAssets::<T>::contains_key(asset));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
