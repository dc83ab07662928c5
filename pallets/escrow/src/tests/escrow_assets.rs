//! Escrow assets: the governance allow-list and one pot per asset. Each attack of issue 15 on
//! asset escrows gets its own test: junk assets exhausting a shared pot's consumer references,
//! and an asset's admin taking escrowed funds out of the pot.

use super::*;
use frame_support::traits::{
	fungible::Mutate as _,
	fungibles::Mutate as _,
	tokens::{Fortitude, Precision, Preservation},
};
use sp_runtime::traits::BadOrigin;

/// A second asset clients may pay in, created by root-trusted governance (owned by the
/// treasury), with a minimum balance of 5.
const EUR: AssetId = 2;
/// An asset made by an attacker, who is its owner, admin, issuer and freezer.
const JUNK: AssetId = 77;
const ATTACKER: AccountId = 66;

fn governance() -> RuntimeOrigin {
	RuntimeOrigin::root()
}

/// `owner` creates `asset` (non-sufficient, minimum 1) and mints `amount` to each of `to`.
fn new_asset(asset: AssetId, owner: AccountId, to: &[AccountId], amount: Balance) {
	if Balances::balance(&owner) == 0 {
		Balances::set_balance(&owner, INITIAL);
	}
	assert_ok!(Assets::create(
		RuntimeOrigin::signed(owner),
		asset,
		owner,
		1
	));
	for who in to {
		assert_ok!(Assets::mint(
			RuntimeOrigin::signed(owner),
			asset,
			*who,
			amount
		));
	}
}

fn eur() {
	assert_ok!(Assets::force_create(governance(), EUR, TREASURY, false, 5));
	assert_ok!(Assets::mint(
		RuntimeOrigin::signed(TREASURY),
		EUR,
		CHARLIE,
		1_000
	));
	assert_ok!(Escrow::set_escrow_asset(governance(), EUR, true));
}

fn create_in(who: AccountId, asset: AssetId, amount: Balance) -> sp_runtime::DispatchResult {
	Escrow::create(
		RuntimeOrigin::signed(who),
		BOB,
		PaymentAsset::Asset(asset),
		amount,
		None,
		None,
		ReleaseCondition::Unconditional,
	)
}

#[test]
fn governance_lists_and_delists_escrow_assets() {
	test(|| {
		assert_ok!(Assets::force_create(governance(), EUR, TREASURY, false, 5));
		assert_noop!(
			Escrow::set_escrow_asset(RuntimeOrigin::signed(ALICE), EUR, true),
			BadOrigin
		);
		assert_noop!(Escrow::set_escrow_asset(arbiter(), EUR, true), BadOrigin);

		assert_ok!(Escrow::set_escrow_asset(governance(), EUR, true));
		assert!(EscrowAssets::<Test>::contains_key(EUR));
		assert_eq!(EscrowAssets::<Test>::count(), 2);
		assert_eq!(
			last_event(),
			Event::EscrowAssetSet {
				asset: EUR,
				allowed: true
			}
		);
		check_invariants();

		assert_ok!(Escrow::set_escrow_asset(governance(), EUR, false));
		assert!(!EscrowAssets::<Test>::contains_key(EUR));
		assert_eq!(EscrowAssets::<Test>::count(), 1);
		assert_eq!(
			last_event(),
			Event::EscrowAssetSet {
				asset: EUR,
				allowed: false
			}
		);
	});
}

#[test]
fn set_escrow_asset_refusals() {
	test(|| {
		assert_noop!(
			Escrow::set_escrow_asset(governance(), USD, true),
			Error::<Test>::AlreadyEscrowAsset
		);
		assert_noop!(
			Escrow::set_escrow_asset(governance(), EUR, false),
			Error::<Test>::NotEscrowAsset
		);
		// Listing an id nobody created yet would hand a listed asset to whoever creates it.
		assert_noop!(
			Escrow::set_escrow_asset(governance(), EUR, true),
			Error::<Test>::UnknownAsset
		);
		assert_ok!(Assets::force_create(governance(), EUR, TREASURY, false, 5));
		MaxEscrowAssets::set(1);
		assert_noop!(
			Escrow::set_escrow_asset(governance(), EUR, true),
			Error::<Test>::TooManyEscrowAssets
		);
		check_invariants();
		// Room again once another asset is delisted.
		assert_ok!(Escrow::set_escrow_asset(governance(), USD, false));
		assert_ok!(Escrow::set_escrow_asset(governance(), EUR, true));
	});
}

/// The drain attack: an attacker creates an asset (it is the asset's admin), gets paid in it
/// through an escrow, and takes the escrowed payment back out of the pot with
/// `force_transfer` before the beneficiary is paid. An unlisted asset is refused at the door,
/// by `create` and by `lock` alike, and nothing moves.
#[test]
fn an_asset_governance_did_not_list_cannot_be_escrowed() {
	test(|| {
		new_asset(JUNK, ATTACKER, &[ALICE], 1_000);
		assert_noop!(
			create_in(ALICE, JUNK, 500),
			Error::<Test>::AssetNotEscrowable
		);
		assert_noop!(
			<Ledger as EscrowLedger<_, _, _>>::lock(7, &ALICE, PaymentAsset::Asset(JUNK), 500),
			Error::<Test>::AssetNotEscrowable
		);
		assert_eq!(Assets::balance(JUNK, ALICE), 1_000);
		assert_eq!(Assets::balance(JUNK, Escrow::pot_of(JUNK)), 0);
		assert_eq!(<Ledger as EscrowLedger<_, _, _>>::escrow_of(7), None);
		// AIT and listed assets are unaffected.
		assert_ok!(<Ledger as EscrowLedger<_, _, _>>::lock(
			7,
			&ALICE,
			PaymentAsset::Asset(USD),
			500
		));
		assert_ok!(<Ledger as EscrowLedger<_, _, _>>::lock(
			8,
			&ALICE,
			PaymentAsset::Native,
			500
		));
	});
}

/// Delisting stops new escrows only: what is escrowed already still pays out and refunds.
#[test]
fn a_delisted_asset_still_pays_out_its_open_escrows() {
	test(|| {
		let released = create_usd(300, None);
		let refunded = create_usd(200, None);
		assert_ok!(Escrow::set_escrow_asset(governance(), USD, false));
		assert_noop!(
			create_in(ALICE, USD, 100),
			Error::<Test>::AssetNotEscrowable
		);
		assert_ok!(Escrow::release(
			RuntimeOrigin::signed(ALICE),
			released,
			None
		));
		assert_ok!(Escrow::refund(RuntimeOrigin::signed(BOB), refunded));
		assert_eq!(usd(BOB), INITIAL + 300);
		assert_eq!(usd(ALICE), INITIAL - 300);
		assert_eq!(pot_usd(), 0);
	});
}

/// The exhaustion attack: every non-sufficient asset an account holds takes one of its
/// `MaxConsumers` (16) consumer references. With one shared pot, 15 junk assets escrowed
/// for pennies filled it, and every escrow in another non-sufficient asset failed. Even with
/// 20 junk assets listed and escrowed, an escrow in USD still goes through: each asset has its
/// own pot.
#[test]
fn junk_assets_do_not_block_escrows_in_another_asset() {
	test(|| {
		let junk: Vec<AssetId> = (100..120).collect();
		for (index, asset) in junk.iter().enumerate() {
			// One owner per asset: a single account could not hold them all either.
			let owner = 1_000 + AccountId::try_from(index).expect("small");
			new_asset(*asset, owner, &[owner], 10);
			assert_ok!(Escrow::set_escrow_asset(governance(), *asset, true));
			assert_ok!(create_in(owner, *asset, 1));
			let pot = Escrow::pot_of(*asset);
			assert_eq!(Assets::balance(*asset, &pot), 1);
			assert_eq!(System::consumers(&pot), 1);
		}
		check_invariants();

		// What a shared pot would have hit: `pallet-assets` wants room for two more consumer
		// references before it opens an account in a non-sufficient asset, so one account
		// holds at most 15 of them and refuses the 16th.
		let collector: AccountId = 2_000;
		Balances::set_balance(&collector, INITIAL);
		for (index, asset) in junk.iter().enumerate() {
			let owner = 1_000 + AccountId::try_from(index).expect("small");
			let moved = Assets::transfer(RuntimeOrigin::signed(owner), *asset, collector, 1);
			if index < 15 {
				assert_ok!(moved);
			} else {
				assert!(moved.is_err(), "consumer references are exhausted");
			}
		}

		let escrow_id = create_usd(500, None);
		assert_eq!(pot_usd(), 500);
		assert_ok!(Escrow::release(
			RuntimeOrigin::signed(ALICE),
			escrow_id,
			None
		));
		assert_eq!(usd(BOB), INITIAL + 500);
		// Twenty-one pots, twenty-one accounts.
		let mut pots: Vec<AccountId> = junk.iter().map(|asset| Escrow::pot_of(*asset)).collect();
		pots.push(Escrow::pot_of(USD));
		pots.sort();
		pots.dedup();
		assert_eq!(pots.len(), 21);
	});
}

/// An asset's admin can `force_transfer` and `burn` from any account of its asset. Should a
/// listed asset's admin turn bad, it reaches only its own asset's pot: escrows in every other
/// asset are untouched and still pay out, and `try_state` reports the drained pot.
#[test]
fn an_asset_admin_reaches_only_its_own_assets_pot() {
	new_test_ext().execute_with(|| {
		eur();
		let usd_escrow = create_usd(400, None);
		assert_ok!(create_in(CHARLIE, EUR, 300));
		check_invariants();
		assert_ne!(Escrow::pot_of(EUR), Escrow::pot_of(USD));

		// The EUR admin (the treasury here) takes what is escrowed in EUR.
		assert_ok!(Assets::force_transfer(
			RuntimeOrigin::signed(TREASURY),
			EUR,
			Escrow::pot_of(EUR),
			TREASURY,
			300
		));
		// It has no power over USD, and the USD pot holds nothing of EUR to take.
		assert!(Assets::force_transfer(
			RuntimeOrigin::signed(TREASURY),
			USD,
			Escrow::pot_of(USD),
			TREASURY,
			400
		)
		.is_err());
		assert_eq!(Assets::balance(EUR, Escrow::pot_of(USD)), 0);
		assert_eq!(pot_usd(), 400);
		assert_ok!(Escrow::release(
			RuntimeOrigin::signed(ALICE),
			usd_escrow,
			None
		));
		assert_eq!(usd(BOB), INITIAL + 400);

		// The drain is exactly what the invariant exists to catch.
		assert_eq!(
			Escrow::do_try_state(),
			Err("an asset's pot holds less than its open escrows".into())
		);
	});
}

/// `try_state` weighs each pot against the open escrows of its own asset: a shortfall in one
/// pot is not hidden by another pot, a gift to a pot is not an error, and the allow-list's
/// counter must be right.
#[test]
fn try_state_checks_each_pot_against_its_own_escrows() {
	new_test_ext().execute_with(|| {
		eur();
		create_usd(100, None);
		assert_ok!(create_in(CHARLIE, EUR, 100));
		assert_ok!(Escrow::do_try_state());

		// Anyone may send a pot assets; that is a gift, not a broken invariant.
		assert_ok!(Assets::transfer(
			RuntimeOrigin::signed(BOB),
			USD,
			Escrow::pot_of(USD),
			50
		));
		assert_ok!(Escrow::do_try_state());

		// A shortfall in the EUR pot is an error, whatever the USD pot holds.
		assert_ok!(Assets::burn_from(
			EUR,
			&Escrow::pot_of(EUR),
			1,
			Preservation::Expendable,
			Precision::Exact,
			Fortitude::Force
		));
		assert_eq!(
			Escrow::do_try_state(),
			Err("an asset's pot holds less than its open escrows".into())
		);
		assert_ok!(Assets::mint_into(EUR, &Escrow::pot_of(EUR), 1));
		assert_ok!(Escrow::do_try_state());

		// A wrong counter of listed assets is caught.
		frame_support::storage::unhashed::put(
			&EscrowAssets::<Test>::counter_storage_final_key(),
			&7u32,
		);
		assert_eq!(
			Escrow::do_try_state(),
			Err("the escrow asset counter is wrong".into())
		);
	});
}
