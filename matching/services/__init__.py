"""Every write in matching: one function per transition, each atomic and audited.

One module per entity: `requests`, `profiles`, `proposals`, `mentorships`, `records`
(meetings, goals, feedback) and `match_runs` (scoring runs); `proposal_writer` stores a run's
proposals in bulk and `retraining` fits the scoring model. Import from the module you need.
"""
