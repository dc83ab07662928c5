//! The verifier of pallet-zk-verifier, unchanged (included by path), exported to JavaScript.
#![no_std]
extern crate alloc;

#[path = "../../../pallets/zk-verifier/src/verifier.rs"]
pub mod verifier;
#[path = "../../../pallets/zk-verifier/src/testing.rs"]
pub mod testing;

use alloc::vec::Vec;

#[global_allocator]
static ALLOCATOR: Bump = Bump;

/// A bump allocator over wasm memory growth: the benchmark is short-lived and frees nothing.
struct Bump;
static mut NEXT: usize = 0;
static mut END: usize = 0;
unsafe impl core::alloc::GlobalAlloc for Bump {
	unsafe fn alloc(&self, layout: core::alloc::Layout) -> *mut u8 {
		let align = layout.align();
		let start = (NEXT + align - 1) & !(align - 1);
		let end = start + layout.size();
		if end > END {
			let pages = (end - END + 65535) / 65536 + 16;
			let old = core::arch::wasm32::memory_grow(0, pages);
			if old == usize::MAX {
				return core::ptr::null_mut();
			}
			if END == 0 {
				NEXT = old * 65536;
				END = NEXT;
				return self.alloc(layout);
			}
			END += pages * 65536;
		}
		NEXT = end;
		start as *mut u8
	}
	unsafe fn dealloc(&self, _: *mut u8, _: core::alloc::Layout) {}
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
	core::arch::wasm32::unreachable()
}

static mut STATE: Option<(Vec<u8>, Vec<u8>, Vec<[u8; 32]>)> = None;

/// Prepares a synthetic key with `n` inputs and one valid proof; returns 1 on success.
#[no_mangle]
pub extern "C" fn setup(n: u32) -> u32 {
	let (key, mut statements) = testing::synthetic_statements(n, 1);
	let Some((proof, inputs)) = statements.pop() else { return 0 };
	let Ok(prepared) = verifier::prepare_key(&key, n) else { return 0 };
	unsafe { STATE = Some((prepared, proof, inputs)) };
	1
}

/// Verifies the prepared statement `rounds` times; returns how many verified.
#[no_mangle]
pub extern "C" fn run(rounds: u32) -> u32 {
	let Some((prepared, proof, inputs)) = (unsafe { (*core::ptr::addr_of!(STATE)).as_ref() }) else { return 0 };
	(0..rounds)
		.filter(|_| verifier::verify(prepared, proof, inputs.as_flattened()).is_ok())
		.count().try_into().unwrap_or(u32::MAX)
}
