"""Every write in matching: one function per transition, each atomic and audited.

`lifecycle` holds the human transitions (approve, accept, confirm, ...), `scoring` the engine's
runs, and `audit` the one way to record an event. Import from the submodule you need.
"""
