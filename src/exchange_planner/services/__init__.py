"""Use cases per area. Services take ids and plain values and return detached records.

Each call opens one short session (one unit of work); nothing here imports Qt.
"""
