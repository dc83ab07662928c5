//! Blueprints and the operators registered for them.

use crate::*;
use frame_support::{ensure, pallet_prelude::*};
use sp_core::H256;
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_create_blueprint(
		owner: T::AccountId,
		name: NameOf<T>,
		metadata_hash: H256,
		jobs: JobsOf<T>,
		resource_class: ResourceClass,
		min_operators: u32,
		heartbeat_interval: BlockNumberOf<T>,
	) -> DispatchResult {
		ensure!(!jobs.is_empty(), Error::<T>::NoJobs);
		ensure!(
			min_operators >= 1 && min_operators <= T::MaxOperatorsPerService::get(),
			Error::<T>::InvalidMinOperators
		);
		ensure!(
			!heartbeat_interval.is_zero() && heartbeat_interval >= T::MinHeartbeatInterval::get(),
			Error::<T>::HeartbeatIntervalTooShort
		);
		let blueprint_id = NextBlueprintId::<T>::get();
		let next = blueprint_id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::BlueprintDeposit::get();
		Self::hold_deposit(&owner, HoldReason::BlueprintDeposit, deposit)?;
		Blueprints::<T>::insert(
			blueprint_id,
			Blueprint {
				owner: owner.clone(),
				name,
				metadata_hash,
				jobs,
				resource_class,
				min_operators,
				heartbeat_interval,
				deposit,
			},
		);
		NextBlueprintId::<T>::put(next);
		Self::deposit_event(Event::BlueprintCreated {
			blueprint_id,
			owner,
			deposit,
		});
		Ok(())
	}

	pub(crate) fn do_remove_blueprint(
		who: T::AccountId,
		blueprint_id: BlueprintId,
	) -> DispatchResult {
		let blueprint = Blueprints::<T>::get(blueprint_id).ok_or(Error::<T>::BlueprintNotFound)?;
		ensure!(blueprint.owner == who, Error::<T>::NotBlueprintOwner);
		// Operators keep their registration while they serve, so none registered means no
		// service of this blueprint runs.
		ensure!(
			Operators::<T>::iter_key_prefix(blueprint_id)
				.next()
				.is_none(),
			Error::<T>::BlueprintInUse
		);
		Blueprints::<T>::remove(blueprint_id);
		let refunded = Self::release_deposit(&who, HoldReason::BlueprintDeposit, blueprint.deposit);
		Self::deposit_event(Event::BlueprintRemoved {
			blueprint_id,
			refunded,
		});
		Ok(())
	}

	pub(crate) fn do_register_operator(
		who: T::AccountId,
		blueprint_id: BlueprintId,
		preferences: PreferencesOf<T>,
		max_instances: u32,
	) -> DispatchResult {
		let blueprint = Blueprints::<T>::get(blueprint_id).ok_or(Error::<T>::BlueprintNotFound)?;
		ensure!(
			T::Stake::is_active_operator(&who),
			Error::<T>::NotBondedOperator
		);
		ensure!(
			!Operators::<T>::contains_key(blueprint_id, &who),
			Error::<T>::AlreadyRegistered
		);
		ensure!(max_instances >= 1, Error::<T>::ZeroInstanceLimit);
		Self::ensure_capacity(preferences.capacity)?;
		OperatorBlueprints::<T>::try_mutate(&who, |blueprints| {
			blueprints
				.try_push(blueprint_id)
				.map_err(|_| Error::<T>::TooManyBlueprints)
		})?;
		let capacity = preferences.capacity;
		Operators::<T>::insert(
			blueprint_id,
			&who,
			OperatorRegistration {
				preferences,
				max_instances,
				active_instances: 0,
				state: OperatorState::Active,
			},
		);
		T::Pricing::add_supply(blueprint.resource_class, capacity);
		Self::deposit_event(Event::OperatorRegistered {
			blueprint_id,
			operator: who,
			max_instances,
		});
		Ok(())
	}

	/// Some capacity, and no more than `MaxCapacity`.
	fn ensure_capacity(capacity: u64) -> DispatchResult {
		ensure!(capacity > 0, Error::<T>::ZeroCapacity);
		ensure!(
			capacity <= T::MaxCapacity::get(),
			Error::<T>::CapacityTooHigh
		);
		Ok(())
	}

	fn registration(
		blueprint_id: BlueprintId,
		who: &T::AccountId,
	) -> Result<(BlueprintOf<T>, RegistrationOf<T>), DispatchError> {
		let blueprint = Blueprints::<T>::get(blueprint_id).ok_or(Error::<T>::BlueprintNotFound)?;
		let registration =
			Operators::<T>::get(blueprint_id, who).ok_or(Error::<T>::NotRegistered)?;
		Ok((blueprint, registration))
	}

	fn set_state(
		blueprint_id: BlueprintId,
		who: T::AccountId,
		mut registration: RegistrationOf<T>,
		state: OperatorState,
	) {
		registration.state = state;
		Operators::<T>::insert(blueprint_id, &who, registration);
		Self::deposit_event(Event::OperatorStateChanged {
			blueprint_id,
			operator: who,
			state,
		});
	}

	/// New preferences (endpoint, session key, capacity) and a new limit on active instances.
	/// The limit may not fall below the services the operator serves now; capacity offered
	/// to pricing changes only while the operator is active.
	pub(crate) fn do_update_registration(
		who: T::AccountId,
		blueprint_id: BlueprintId,
		preferences: PreferencesOf<T>,
		max_instances: u32,
	) -> DispatchResult {
		let (blueprint, mut registration) = Self::registration(blueprint_id, &who)?;
		ensure!(
			registration.state != OperatorState::Leaving,
			Error::<T>::AlreadyLeaving
		);
		ensure!(max_instances >= 1, Error::<T>::ZeroInstanceLimit);
		Self::ensure_capacity(preferences.capacity)?;
		ensure!(
			max_instances >= registration.active_instances,
			Error::<T>::InstanceLimitBelowActive
		);
		let rented = RentedCapacity::<T>::get(blueprint_id, &who);
		ensure!(
			preferences.capacity >= rented,
			Error::<T>::CapacityBelowRented
		);
		if registration.state == OperatorState::Active {
			let class = blueprint.resource_class;
			T::Pricing::remove_supply(
				class,
				registration.preferences.capacity.saturating_sub(rented),
			);
			T::Pricing::add_supply(class, preferences.capacity.saturating_sub(rented));
		}
		let capacity = preferences.capacity;
		registration.preferences = preferences;
		registration.max_instances = max_instances;
		Operators::<T>::insert(blueprint_id, &who, registration);
		Self::deposit_event(Event::OperatorUpdated {
			blueprint_id,
			operator: who,
			max_instances,
			capacity,
		});
		Ok(())
	}

	pub(crate) fn do_go_inactive(who: T::AccountId, blueprint_id: BlueprintId) -> DispatchResult {
		let (blueprint, registration) = Self::registration(blueprint_id, &who)?;
		ensure!(
			registration.state == OperatorState::Active,
			Error::<T>::OperatorNotActive
		);
		T::Pricing::remove_supply(
			blueprint.resource_class,
			Self::offered_capacity(blueprint_id, &who, &registration),
		);
		Self::set_state(blueprint_id, who, registration, OperatorState::Inactive);
		Ok(())
	}

	pub(crate) fn do_go_active(who: T::AccountId, blueprint_id: BlueprintId) -> DispatchResult {
		let (blueprint, registration) = Self::registration(blueprint_id, &who)?;
		ensure!(
			registration.state == OperatorState::Inactive,
			Error::<T>::OperatorNotInactive
		);
		ensure!(
			T::Stake::is_active_operator(&who),
			Error::<T>::NotBondedOperator
		);
		T::Pricing::add_supply(
			blueprint.resource_class,
			Self::offered_capacity(blueprint_id, &who, &registration),
		);
		Self::set_state(blueprint_id, who, registration, OperatorState::Active);
		Ok(())
	}

	pub(crate) fn do_schedule_leave(
		who: T::AccountId,
		blueprint_id: BlueprintId,
	) -> DispatchResult {
		let (blueprint, registration) = Self::registration(blueprint_id, &who)?;
		ensure!(
			registration.state != OperatorState::Leaving,
			Error::<T>::AlreadyLeaving
		);
		if registration.state == OperatorState::Active {
			T::Pricing::remove_supply(
				blueprint.resource_class,
				Self::offered_capacity(blueprint_id, &who, &registration),
			);
		}
		if registration.active_instances == 0 {
			Self::remove_registration(blueprint_id, who);
		} else {
			Self::set_state(blueprint_id, who, registration, OperatorState::Leaving);
		}
		Ok(())
	}

	pub(crate) fn do_deregister(who: T::AccountId, blueprint_id: BlueprintId) -> DispatchResult {
		let (_, registration) = Self::registration(blueprint_id, &who)?;
		ensure!(
			registration.state != OperatorState::Active,
			Error::<T>::StillActive
		);
		ensure!(
			registration.active_instances == 0,
			Error::<T>::HasActiveServices
		);
		Self::remove_registration(blueprint_id, who);
		Ok(())
	}

	/// What a registration offers pricing while active: its capacity less what is rented out
	/// (rented capacity left the supply when the rental was accepted).
	pub fn offered_capacity(
		blueprint_id: BlueprintId,
		who: &T::AccountId,
		registration: &RegistrationOf<T>,
	) -> u64 {
		registration
			.preferences
			.capacity
			.saturating_sub(RentedCapacity::<T>::get(blueprint_id, who))
	}

	/// Drop the registration and its index entry; supply must already be withdrawn.
	pub(crate) fn remove_registration(blueprint_id: BlueprintId, who: T::AccountId) {
		Operators::<T>::remove(blueprint_id, &who);
		remove_from_list::<OperatorBlueprints<T>, _, _, _, _>(&who, &blueprint_id);
		Self::deposit_event(Event::OperatorDeregistered {
			blueprint_id,
			operator: who,
		});
	}
}
