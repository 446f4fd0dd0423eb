"""The People & Venues tab: partnerships, people and venues."""
