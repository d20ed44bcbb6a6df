"""reinstate: get suspended Amazon sellers back to selling."""

from reinstate.errors import ConfigError, FormatError, InputError, ReinstateError

__all__ = ["ConfigError", "FormatError", "InputError", "ReinstateError", "__version__"]

__version__ = "0.1.0"
