//! Chain specifications: `dev` (one validator), `dev-peer` (a second dev chain, settlement
//! chain id 2, to settle with `dev`) and `local` (Alice, Bob and Charlie).

use aitbc_runtime::WASM_BINARY;
use sc_service::{ChainType, Properties};

/// A chain spec for the AITBC runtime.
pub type ChainSpec = sc_service::GenericChainSpec;

/// The names `--chain` accepts besides a path to a chain-spec file.
pub const KNOWN_CHAINS: &[&str] = &["dev", "dev-peer", "local"];

/// What wallets show: the token's symbol and decimals, and the address format.
pub fn properties() -> Properties {
	let mut properties = Properties::new();
	properties.insert("tokenSymbol".into(), aitbc_primitives::TOKEN_SYMBOL.into());
	properties.insert(
		"tokenDecimals".into(),
		aitbc_primitives::TOKEN_DECIMALS.into(),
	);
	properties.insert("ss58Format".into(), aitbc_primitives::SS58_PREFIX.into());
	properties
}

fn wasm() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| {
		"The runtime's wasm binary is missing: the node was built with SKIP_WASM_BUILD".to_string()
	})
}

fn spec(name: &str, id: &str, chain_type: ChainType, preset: &str) -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name(name)
		.with_id(id)
		.with_chain_type(chain_type)
		.with_genesis_config_preset_name(preset)
		.with_properties(properties())
		.build())
}

/// One validator (Alice), sudo, temporary storage when run with `--dev`.
pub fn development_chain_spec() -> Result<ChainSpec, String> {
	spec(
		"AITBC Development",
		"aitbc_dev",
		ChainType::Development,
		sp_genesis_builder::DEV_RUNTIME_PRESET,
	)
}

/// A second dev chain (settlement chain id 2, another genesis): `dev` and `dev-peer` follow
/// each other's GRANDPA finality, so a relayer can carry settlement messages between them.
pub fn development_peer_chain_spec() -> Result<ChainSpec, String> {
	spec(
		"AITBC Development Peer",
		"aitbc_dev_peer",
		ChainType::Development,
		aitbc_runtime::genesis_config_presets::DEV_PEER_RUNTIME_PRESET,
	)
}

/// Three validators (Alice, Bob, Charlie) on one machine.
pub fn local_chain_spec() -> Result<ChainSpec, String> {
	spec(
		"AITBC Local Testnet",
		"aitbc_local",
		ChainType::Local,
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET,
	)
}

/// The chain spec `--chain <id>` names: a known name, or a path to a chain-spec JSON file.
pub fn load(id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
	match id {
		"dev" => Ok(Box::new(development_chain_spec()?)),
		"dev-peer" => Ok(Box::new(development_peer_chain_spec()?)),
		"" | "local" => Ok(Box::new(local_chain_spec()?)),
		path => {
			let file = std::path::PathBuf::from(path);
			if !file.is_file() {
				return Err(format!(
					"Unknown chain '{path}': expected one of {} or the path to a chain-spec JSON file",
					KNOWN_CHAINS.join(", ")
				));
			}
			let spec = ChainSpec::from_json_file(file)
				.map_err(|e| format!("Cannot read chain spec '{path}': {e}"))?;
			Ok(Box::new(spec))
		}
	}
}
