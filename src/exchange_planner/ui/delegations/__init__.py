"""The Delegations tab: visits and everything planned for them."""
