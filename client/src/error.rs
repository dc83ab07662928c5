//! Errors of the client, with chain errors shown as `Pallet.Error: docs` from the metadata.

use subxt::error::DispatchError;

/// Everything that can go wrong talking to the chain.
#[derive(Debug, thiserror::Error)]
pub enum Error {
	/// The runtime refused a call: its pallet, error name and documentation.
	#[error("{pallet}.{name}: {docs}")]
	Module {
		pallet: String,
		name: String,
		docs: String,
	},
	/// The runtime refused a call with a non-module dispatch error (BadOrigin, Token, ...).
	#[error("dispatch error: {0}")]
	Dispatch(String),
	/// The transaction pool refused the transaction or dropped it.
	#[error("transaction not included: {0}")]
	Transaction(String),
	/// The call succeeded, but the event that carries its result was missing.
	#[error("no {0} event in the transaction's events")]
	MissingEvent(&'static str),
	/// The node runs a runtime whose calls differ from the metadata this client was built with.
	#[error("{0}; refresh the metadata with client/update-metadata.sh and rebuild the client")]
	Incompatible(String),
	/// Something the chain should hold was not there.
	#[error("not found: {0}")]
	NotFound(String),
	/// Connection, RPC or decoding trouble.
	#[error("{0}")]
	Client(String),
}

pub type Result<T, E = Error> = core::result::Result<T, E>;

impl Error {
	/// The pallet error name (`Pallet.Error`) if this is a module error.
	pub fn module_name(&self) -> Option<String> {
		match self {
			Error::Module { pallet, name, .. } => Some(format!("{pallet}.{name}")),
			_ => None,
		}
	}

	/// Whether this is the module error `pallet.name`.
	pub fn is_module(&self, pallet: &str, name: &str) -> bool {
		matches!(self, Error::Module { pallet: p, name: n, .. } if p == pallet && n == name)
	}

	/// Errors a retry after reconnecting may cure (the node went away or the socket broke),
	/// as opposed to the runtime refusing the call.
	pub fn is_connection(&self) -> bool {
		matches!(self, Error::Client(_))
	}

	pub(crate) fn client(e: impl core::fmt::Display) -> Self {
		Error::Client(e.to_string())
	}
}

/// `Pallet.Error: docs` for a dispatch error, resolved through the metadata it carries.
pub fn describe_dispatch_error(error: &DispatchError) -> Error {
	match error {
		DispatchError::Module(module) => match module.details() {
			Ok(details) => Error::Module {
				pallet: details.pallet.name().to_string(),
				name: details.variant.name.clone(),
				docs: details.variant.docs.join(" ").trim().to_string(),
			},
			Err(_) => Error::Dispatch(module.to_string()),
		},
		other => Error::Dispatch(other.to_string()),
	}
}

/// Finds a dispatch error anywhere in a subxt error's chain of causes.
fn find_dispatch_error<'a>(
	error: &'a (dyn std::error::Error + 'static),
) -> Option<&'a DispatchError> {
	let mut current: Option<&(dyn std::error::Error + 'static)> = Some(error);
	while let Some(e) = current {
		if let Some(dispatch) = e.downcast_ref::<DispatchError>() {
			return Some(dispatch);
		}
		current = e.source();
	}
	None
}

/// Converts any subxt error, naming the pallet error if the runtime refused the call.
pub fn from_subxt<E: std::error::Error + 'static>(error: E) -> Error {
	match find_dispatch_error(&error) {
		Some(dispatch) => describe_dispatch_error(dispatch),
		None if error
			.to_string()
			.contains("not compatible with the live chain") =>
		{
			Error::Incompatible(error.to_string())
		}
		None => Error::Client(error.to_string()),
	}
}
