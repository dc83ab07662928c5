//! `pallet-offences`' handler: a validator's offence becomes a slash and its removal from the
//! set.

use crate::{pallet::*, WeightInfo};
use aitbc_primitives::{
	traits::{Offence, OffenceKind, OffenceReporter},
	VALIDATOR_DUTY,
};
use frame_support::weights::Weight;
use sp_runtime::{traits::Get, Perbill};
use sp_staking::{
	offence::{OffenceDetails, OnOffenceHandler},
	SessionIndex,
};

impl<T: Config> OnOffenceHandler<T::AccountId, (T::AccountId, T::FullIdentification), Weight>
	for Pallet<T>
{
	/// `offenders` lists every validator reported for the offence's kind and time so far, not
	/// only the new ones: each is handled once per session (the first report's fraction
	/// stands).
	fn on_offence(
		offenders: &[OffenceDetails<T::AccountId, (T::AccountId, T::FullIdentification)>],
		slash_fraction: &[Perbill],
		session: SessionIndex,
	) -> Weight {
		let mut handled: u32 = 0;
		for (details, fraction) in offenders.iter().zip(slash_fraction) {
			let validator = &details.offender.0;
			if Offenders::<T>::contains_key(session, validator) {
				continue;
			}
			let count = OffenderCount::<T>::get(session);
			if count >= T::MaxValidators::get() {
				break;
			}
			Offenders::<T>::insert(session, validator, ());
			OffenderCount::<T>::insert(session, count.saturating_add(1));
			handled = handled.saturating_add(1);

			let offence = Offence {
				offender: validator.clone(),
				blueprint_id: VALIDATOR_DUTY,
				service_id: None,
				fraction: *fraction,
				kind: OffenceKind::Equivocation,
			};
			if T::OffenceReporter::report(offence).is_err() {
				Self::deposit_event(Event::SlashNotReported {
					validator: validator.clone(),
					session,
				});
			}
			match Self::do_remove(validator) {
				Ok(()) => Self::deposit_event(Event::OffenderRemoved {
					validator: validator.clone(),
					session,
				}),
				Err(_) if Self::is_validator(validator) => {
					Self::deposit_event(Event::OffenderKept {
						validator: validator.clone(),
						session,
					})
				}
				// Governance removed it already.
				Err(_) => {}
			}
		}
		<T as Config>::WeightInfo::on_offence(handled)
	}
}
