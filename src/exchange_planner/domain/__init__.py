"""Plain types, enumerations and rules of the exchange domain. No Qt, no database."""
